"""Dropping a bundle on the window opens its import preview, which reads the bundle;
other files are refused."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from iali_desktop.gui.context import AppContext
from iali_desktop.gui.i18n import Translators
from iali_desktop.gui.main_window import MainWindow
from iali_desktop.gui.preferences import Preferences
from iali_desktop.gui.sync.bundle_drop import BundleDropFilter, bundle_paths
from iali_desktop.gui.sync.import_dialog import ImportDialog
from iali_desktop.services.info import dump_text
from iali_desktop.services.records import RecordService
from iali_desktop.services.setup import initialise
from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace


def mime(*paths: Path) -> QMimeData:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return data


def test_only_existing_bundles_are_taken(tmp_path: Path) -> None:
    bundle = tmp_path / "from-ana.ialibundle"
    bundle.write_bytes(b"x")
    other = tmp_path / "notes.txt"
    other.write_text("x")
    assert bundle_paths(mime(bundle, other, tmp_path / "gone.ialibundle")) == [str(bundle)]
    assert bundle_paths(QMimeData()) == []


def test_drop_hands_bundles_over(qtbot: QtBot, app: QApplication, tmp_path: Path) -> None:
    bundle = tmp_path / "from-ana.ialibundle"
    bundle.write_bytes(b"x")
    received: list[list[str]] = []
    window = QWidget()
    qtbot.addWidget(window)
    window.setAcceptDrops(True)
    window.installEventFilter(BundleDropFilter(received.append, window))

    data = mime(bundle)
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(window.rect().center()), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    assert received == [[str(bundle)]]

    text = mime(tmp_path)
    refused = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, text,
                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, refused)
    assert not refused.isAccepted()


def drop_on(window: QWidget, data: QMimeData) -> bool:
    """Drag `data` over the window and drop it; whether the window took the drag."""
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    return True


def previews_seen_during(action: Callable[[], object], limit_s: float = 60
                         ) -> list[tuple[str, str, str]]:
    """Run `action`; each import preview it opens is noted once it has read its bundle
    (title, sender, status line) and then cancelled, as a person would."""
    seen: list[tuple[str, str, str]] = []
    deadline = time.monotonic() + limit_s

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, ImportDialog):
            return
        if modal.status.text().endswith("…") and time.monotonic() < deadline:
            return  # still reading or checking the bundle
        seen.append((modal.windowTitle(), modal.sender_name.text(), modal.status.text()))
        modal.reject()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(50)
    try:
        action()
    finally:
        timer.stop()
    return seen


@pytest.fixture
def colleague_bundle(tmp_path: Path) -> Path:
    """A real bundle from a colleague, with one new person in it."""
    awa, _ = initialise(tmp_path / "awa" / "awa.db", "Awa, Africa")
    out = tmp_path / "from-awa.ialibundle"
    with awa:
        RecordService(awa).create("person", {"name": "Awa Diallo"})
        SyncService(awa).export_bundle(out)
    return out


def test_dropping_a_bundle_on_the_main_window_opens_its_import_preview(
        qtbot: QtBot, app: QApplication, seeded_db: Path, prefs: Preferences,
        translators: Translators, colleague_bundle: Path) -> None:
    with Workspace.open(seeded_db) as ws:
        window = MainWindow(AppContext.create(ws), prefs, translators)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        before = dump_text(ws)
        data = mime(colleague_bundle)  # the events do not own it: keep it alive
        taken: list[bool] = []
        seen = previews_seen_during(lambda: taken.append(drop_on(window, data)))
        assert taken == [True] and window.acceptDrops()
        assert len(seen) == 1
        title, sender, status = seen[0]
        assert title == "Import from-awa.ialibundle" and sender == "Awa, Africa"
        assert status.startswith("1 new changes of 1 in the bundle")
        assert dump_text(ws) == before, "the preview changes nothing"
        window.close()


def test_a_bundle_dropped_on_the_sample_data_is_refused_in_its_preview(
        qtbot: QtBot, window: MainWindow, colleague_bundle: Path) -> None:
    assert window.demo  # the window fixture shows the sample data
    data = mime(colleague_bundle)
    seen = previews_seen_during(lambda: drop_on(window, data))
    assert len(seen) == 1 and "sample-data database" in seen[0][2]
