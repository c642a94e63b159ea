"""Dropping `.ialibundle` files on the window opens their import preview.

An event filter rather than overridden drag methods, so the main window needs only to
accept drops and install it; other files dropped on the window are refused visibly (the
cursor shows the drop is not accepted).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

SUFFIX = ".ialibundle"


def bundle_paths(mime: QMimeData | None) -> list[str]:
    """The local `.ialibundle` files among what is being dragged."""
    if mime is None or not mime.hasUrls():
        return []
    paths = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.lower().endswith(SUFFIX) and Path(p).is_file()]


class BundleDropFilter(QObject):
    """Accepts drags that carry bundles and hands dropped bundles to `open_bundles`."""

    def __init__(self, open_bundles: Callable[[list[str]], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.open_bundles = open_bundles

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
                event, QDragEnterEvent | QDragMoveEvent):
            if bundle_paths(event.mimeData()):
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            files = bundle_paths(event.mimeData())
            if not files:
                event.ignore()
                return True
            event.acceptProposedAction()
            self.open_bundles(files)
            return True
        return super().eventFilter(watched, event)
