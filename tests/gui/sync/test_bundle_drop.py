"""Dropping a bundle on the window opens its preview; other files are refused."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from iali_desktop.gui.sync.bundle_drop import BundleDropFilter, bundle_paths


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


def test_dropping_on_the_main_window_opens_the_preview(qtbot: QtBot, window: QWidget,
                                                       tmp_path: Path,
                                                       ) -> None:
    bundle = tmp_path / "from-jean.ialibundle"
    bundle.write_bytes(b"x")
    opened: list[list[str]] = []
    window.sync_menu.import_bundles = opened.append  # type: ignore[attr-defined]
    data = mime(bundle)  # the events do not own it: keep it alive while they are sent
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    assert opened == [[str(bundle)]]
    assert window.acceptDrops()
