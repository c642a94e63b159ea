"""The damage check of the database the window opens (`quick_check`, a pass over the
whole file), run on a thread of its own beside the window's start.

A file up to `CHECK_FIRST_BYTES` is checked before the window shows: its check ends while
the window is built, so it costs the start nothing, and a damaged file gets the restore
offer and no window. A larger file's check takes longer than the window's build (about a
second per 250 MB on a loaded machine), so that window is painted first and the check
goes on beside it: every write waits for its verdict (`Workspace.check_in_background`),
and damage found then closes the window and brings the same offer, before anything was
written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from iali_desktop.domain.errors import DatabaseDamaged
from iali_desktop.services.workspace import Workspace

log = logging.getLogger(__name__)

CHECK_FIRST_BYTES = 64 * 1024 * 1024


class IntactCheck(QObject):
    """`wait()` gives the verdict; `before_window` says whether the window waits for it."""

    ended = Signal()  # emitted on the check's thread; delivered on the GUI thread

    def __init__(self, ws: Workspace) -> None:
        super().__init__()
        self.ws = ws
        try:
            size = ws.path.stat().st_size
        except OSError:
            size = 0
        self.before_window = size <= CHECK_FIRST_BYTES
        self.done = False
        self._then: Callable[[DatabaseDamaged | None], None] | None = None
        self.ended.connect(self._ended, Qt.ConnectionType.QueuedConnection)
        ws.check_in_background(self.ended.emit)

    def wait(self) -> DatabaseDamaged | None:
        return self.ws.check_verdict()

    def then(self, callback: Callable[[DatabaseDamaged | None], None]) -> None:
        """Call `callback` with the verdict from the GUI thread's event loop once the check
        has ended (as soon as the loop runs if it already has)."""
        self._then = callback
        if self.done:
            QTimer.singleShot(0, self, self._ended)

    def _ended(self) -> None:
        self.done = True
        if self._then is not None:
            self._then(self.wait())
