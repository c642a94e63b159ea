"""The damage check of the database the window opens (`quick_check`, a pass over the
whole file), run on a thread of its own beside the window's start.

A file up to `CHECK_FIRST_BYTES` is checked while the window is built, and the window
shows only once it has been found intact: the check ends before the build does, so it
costs the start nothing, and a damaged file gets the restore offer and no window. A larger
file's check takes longer than the window's build (about a second of processor time per
250 MB, more on a loaded machine), and running it beside the build slows the build on a
machine short of processors: that window is painted first and the check starts after its
first paint. No write reaches the file before the verdict
(`Workspace.hold_writes_for_check`: a write waits for the check, or runs it if it has not
started), and damage found then closes the window and brings the same offer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, SignalInstance

from iali_desktop.domain.errors import DatabaseDamaged
from iali_desktop.services.workspace import Workspace

CHECK_FIRST_BYTES = 64 * 1024 * 1024
START_ANYWAY_MS = 3000  # a window that is never painted (hidden): start the check anyway


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
        self.started = False
        self.done = False
        self._then: Callable[[DatabaseDamaged | None], None] | None = None
        self.ended.connect(self._ended, Qt.ConnectionType.QueuedConnection)
        if self.before_window:
            self.start()
        else:
            ws.hold_writes_for_check()

    def start(self) -> None:
        if not self.started:
            self.started = True
            self.ws.check_in_background(self.ended.emit)

    def start_on(self, first_painted: SignalInstance) -> None:
        """Start when `first_painted` is emitted (the window's status bar does, after the
        first paint), or after `START_ANYWAY_MS` (a window never painted, as a hidden one)."""
        first_painted.connect(self.start)
        QTimer.singleShot(START_ANYWAY_MS, self, self.start)

    def wait(self) -> DatabaseDamaged | None:
        """The verdict (running the check here if it has not started yet)."""
        return self.ws.check_verdict()

    def then(self, callback: Callable[[DatabaseDamaged | None], None]) -> None:
        """Call `callback` with the verdict from the GUI thread's event loop once the
        background check has ended (as soon as the loop runs if it already has)."""
        self._then = callback
        if self.done:
            QTimer.singleShot(0, self, self._ended)

    def _ended(self) -> None:
        self.done = True
        if self._then is not None:
            self._then(self.wait())
