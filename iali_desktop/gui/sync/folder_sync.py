"""Keeps the sync folder in step without being asked: watches it, and runs a pass.

A pass (`services.sync_folder`) runs off the GUI thread, on the shared writer thread, so
it never races another write. It starts on launch, a short while after the folder changes
(`QFileSystemWatcher`; debounced, since an engine touches a folder many times for one
file) or after a local edit, and every `RESCAN_MS` anyway: cloud clients rename and
replace files in orders a watcher can miss, and a folder that was unreachable is watched
again once it is back. Each pass's status goes out on `ctx.events.folder_status`.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from iali_desktop.services.folder_status import FolderStatus, folder_of, folder_status

if TYPE_CHECKING:
    from iali_desktop.services.sync_folder import FolderPass

from ..background import BackgroundOp, Progress, writer_pool
from ..context import AppContext

log = logging.getLogger(__name__)

DEBOUNCE_MS = 1500
RESCAN_MS = 30_000
STOP_WAIT_MS = 60_000


class FolderSyncController(QObject):
    def __init__(self, ctx: AppContext, parent: QObject | None = None, *,
                 debounce_ms: int = DEBOUNCE_MS, rescan_ms: int = RESCAN_MS) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self.schedule())
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(debounce_ms)
        self.debounce.timeout.connect(self.run_now)
        self.rescan = QTimer(self)
        self.rescan.setInterval(rescan_ms)
        self.rescan.timeout.connect(self.schedule)
        self.op: BackgroundOp | None = None
        self.again = False
        self._announcing = False
        self.last: FolderPass | None = None
        ctx.events.changed.connect(self._data_changed)
        self.apply_setting()

    def apply_setting(self) -> None:
        """Follow the folder named in the settings (call after it changed)."""
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        folder = folder_of(self.ctx.ws)
        if folder is None:
            self.rescan.stop()
            self.debounce.stop()
            return
        self._watch()
        self.rescan.start()
        self.schedule()  # the rescan on start

    def _watch(self) -> None:
        folder = folder_of(self.ctx.ws)
        if folder is not None and str(folder) not in self.watcher.directories() \
                and folder.is_dir():
            self.watcher.addPath(str(folder))

    def schedule(self) -> None:
        if folder_of(self.ctx.ws) is not None:
            self.debounce.start()

    def _data_changed(self, _type_name: str) -> None:
        if not self._announcing:  # our own imports are announced, not a reason to run
            self.schedule()

    def run_now(self) -> BackgroundOp | None:
        """Start a pass now, or once the running one ends."""
        if self.op is not None:
            self.again = True
            return None
        ws = self.ctx.ws

        def work(_progress: Progress) -> FolderPass:
            # The sync code loads with the first pass, not with the window.
            from iali_desktop.services.sync_folder import SyncFolderService

            return SyncFolderService(ws).run()

        self.op = BackgroundOp(None, work).on_success(self._done).on_failure(self._failed)
        return self.op.run()

    def _done(self, result: FolderPass) -> None:
        self.op = None
        self.last = result
        self._watch()  # the folder may have come back
        if result.imported:
            self.ctx.undo.clear()  # earlier steps would overwrite what the bundles brought
            self._announcing = True
            try:
                self.ctx.events.changed.emit("")
            finally:
                self._announcing = False
        self.ctx.events.folder_status.emit(result.status)
        self._next()

    def _failed(self, message: str) -> None:
        self.op = None
        log.warning("sync folder pass failed: %s", message)
        status = folder_status(self.ctx.ws)
        self.ctx.events.folder_status.emit(
            replace(status, errors={**status.errors, "": message}))
        self._next()

    def _next(self) -> None:
        if self.again:
            self.again = False
            self.schedule()

    def status(self) -> FolderStatus:
        return folder_status(self.ctx.ws)

    def stop(self) -> None:
        """No more passes; a running one is let finish, since the database closes next."""
        self.rescan.stop()
        self.debounce.stop()
        if self.op is not None:
            writer_pool().waitForDone(STOP_WAIT_MS)
