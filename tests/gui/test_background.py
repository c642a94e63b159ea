"""Background operations: results, refusals and progress come back on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from iali_desktop.domain.errors import ValidationError
from iali_desktop.gui.background import BackgroundOp, Progress, writer_pool


def test_result_and_progress_arrive_on_the_gui_thread(qtbot: QtBot, app: QApplication) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    worker_threads: list[int] = []
    seen: list[tuple[int, int, str]] = []
    results: list[object] = []
    gui = QThread.currentThread()

    def work(progress: Progress) -> int:
        worker_threads.append(threading.get_ident())
        for i in range(3):
            progress(i + 1, 3, f"step {i + 1}")
        return 42

    op = BackgroundOp(parent, work).with_progress("Working…")
    op.on_progress(lambda d, t, m: seen.append((d, t, m)))
    op.on_success(lambda r: results.append((r, QThread.currentThread() is gui)))
    with qtbot.waitSignal(op.signals.finished, timeout=5000):
        op.run()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == [(42, True)]
    assert seen[-1] == (3, 3, "step 3")
    assert worker_threads and worker_threads[0] != threading.get_ident()
    assert op.dialog is None


def test_user_errors_reach_on_failure_as_their_sentence(qtbot: QtBot, app: QApplication) -> None:
    failures: list[str] = []

    def work(_progress: Progress) -> None:
        raise ValidationError("the bundle is not for this workspace")

    op = BackgroundOp(None, work).on_failure(failures.append)
    op.run()
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert failures == ["the bundle is not for this workspace"]


def test_bugs_are_reported_without_their_traceback(qtbot: QtBot, app: QApplication) -> None:
    failures: list[str] = []

    def work(_progress: Progress) -> None:
        raise KeyError("internal")

    BackgroundOp(None, work).on_failure(failures.append).run()
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert "log" in failures[0] and "KeyError" not in failures[0]


def test_operations_run_one_at_a_time() -> None:
    assert writer_pool().maxThreadCount() == 1
