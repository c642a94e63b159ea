"""Long work off the GUI thread, in one shape for every action (after Anki's CollectionOp).

    op = BackgroundOp(parent, lambda progress: sync.import_bundle(path, progress=progress))
    op.on_success(show_report).on_failure(show_error_text)
    op.with_progress(tr("Importing bundle…")).run()

The callable runs on `QThreadPool` in a `QRunnable`; it receives a `progress(done, total,
message)` callback, the plain shape the services take (ECOSYSTEM example 2), re-emitted
here as a Qt signal so the GUI thread updates widgets. Services open their own connection
per transaction, so a worker thread never shares one with the GUI. Database writes must
not overlap: `run()` uses a pool with a single thread by default, so operations queue.
Errors a person can act on (`IaliError`) reach `on_failure` as their sentence; anything
else is logged with its traceback and reported as a generic sentence.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from iali_desktop.domain.errors import IaliError

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
Work = Callable[[Progress], Any]

_WRITER_POOL: QThreadPool | None = None
_RUNNING: set[BackgroundOp] = set()  # keeps started operations alive until they report


def writer_pool() -> QThreadPool:
    """One worker thread shared by every operation, so writes happen one at a time."""
    global _WRITER_POOL
    if _WRITER_POOL is None:
        _WRITER_POOL = QThreadPool()
        _WRITER_POOL.setMaxThreadCount(1)
    return _WRITER_POOL


class OpSignals(QObject):
    """What a running operation reports; emitted from the worker, delivered on the GUI."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)


class _Runner(QRunnable):
    def __init__(self, work: Work, signals: OpSignals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.work(lambda done, total, message: self.signals.progress.emit(
                int(done), int(total), str(message)))
        except IaliError as exc:
            self.signals.failed.emit(str(exc))
        except Exception:
            log.exception("background operation failed")
            self.signals.failed.emit(QCoreApplication.translate(
                "BackgroundOp", "The operation failed unexpectedly; see the log for details."))
        else:
            self.signals.finished.emit(result)


class BackgroundOp(QObject):
    """One long action: configure with the chained methods, then `run()` it."""

    def __init__(self, parent: QWidget | None, work: Work) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.work = work
        self.signals = OpSignals()
        self.dialog: QProgressDialog | None = None
        self._success: list[Callable[[Any], None]] = []
        self._progress: list[Callable[[int, int, str], None]] = []
        self._failure: list[Callable[[str], None]] = []
        self._progress_label = ""
        self.running = False
        queued = Qt.ConnectionType.QueuedConnection
        self.signals.finished.connect(self._finished, queued)
        self.signals.failed.connect(self._failed, queued)
        self.signals.progress.connect(self._progressed, queued)

    def on_success(self, callback: Callable[[Any], None]) -> BackgroundOp:
        self._success.append(callback)
        return self

    def on_failure(self, callback: Callable[[str], None]) -> BackgroundOp:
        self._failure.append(callback)
        return self

    def on_progress(self, callback: Callable[[int, int, str], None]) -> BackgroundOp:
        """Called on the GUI thread (from the queued progress signal), never the worker's."""
        self._progress.append(callback)
        return self

    def with_progress(self, label: str) -> BackgroundOp:
        """Show a modal progress dialog (after a short delay, so quick work shows none)."""
        self._progress_label = label
        return self

    def run(self, pool: QThreadPool | None = None) -> BackgroundOp:
        """Start the work; by default on the single-thread writer pool."""
        if self._progress_label:
            dialog = QProgressDialog(self._progress_label, "", 0, 0, self.parent_widget)
            dialog.setCancelButton(None)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(400)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            self.dialog = dialog
        self.running = True
        _RUNNING.add(self)
        (pool or writer_pool()).start(_Runner(self.work, self.signals))
        return self

    def _progressed(self, done: int, total: int, message: str) -> None:
        # A modal QProgressDialog processes events in setValue, so the operation may
        # finish (and drop the dialog) in the middle of this method: hold our own reference.
        dialog = self.dialog
        if dialog is not None:
            if message:
                dialog.setLabelText(message)
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total > 0 else 0)
        for callback in self._progress:
            callback(done, total, message)

    def _close_dialog(self) -> None:
        self.running = False
        _RUNNING.discard(self)
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _finished(self, result: object) -> None:
        self._close_dialog()
        for callback in self._success:
            callback(result)

    def _failed(self, message: str) -> None:
        self._close_dialog()
        for callback in self._failure:
            callback(message)
