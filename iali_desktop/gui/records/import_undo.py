"""A spreadsheet import as one step on the undo stack.

The import itself is written by a background operation (it may be thousands of rows), so
this command is pushed after it committed: its first redo does nothing. Undo and redo
then go through `services.record_import`, each in one transaction, and are refused whole
(the step is dropped, the user told why) when a record the import wrote has changed since.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from iali_desktop.domain.errors import IaliError
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.type_phrases import import_records
from iali_desktop.services.record_import import AppliedImport, redo_import, undo_import
from iali_desktop.services.records import RecordService

Step = Callable[[RecordService, AppliedImport], None]

log = logging.getLogger(__name__)


class ImportRecordsCommand(QUndoCommand):
    """Takes back (and writes again) every create and update of one import."""

    def __init__(self, ctx: AppContext, applied: AppliedImport) -> None:
        count = len(applied.created) + len(applied.updated)
        super().__init__(
            f"{import_records(applied.type_name)} ({count})")
        self.ctx = ctx
        self.applied = applied
        self._done = True  # written by the import before the push

    def redo(self) -> None:
        if self._done:
            return
        self._run(redo_import)

    def undo(self) -> None:
        self._run(undo_import)

    def _run(self, step: Step) -> None:
        try:
            step(self.ctx.records, self.applied)
        except IaliError as exc:
            log.info("import undo step dropped: %s", exc)
            self.setObsolete(True)
            self.ctx.events.notice.emit(str(exc))
            return
        self._done = step is redo_import
        self.ctx.events.changed.emit(self.applied.type_name)
