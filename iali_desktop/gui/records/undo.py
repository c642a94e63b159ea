"""Undoable record writes: every edit made in the GUI is a QUndoCommand over RecordService.

All commands share one engine, `ChangeSetCommand`: a list of creates, updates and deletes
applied in one service batch (one transaction, one undo step), so a page that renumbers an
agenda or adds a progress update together with the task's new progress gets exactly one
entry on the stack. Pushing a command performs the write. A write that the service refuses
marks the command obsolete, so `QUndoStack.push` drops it instead of keeping a step that
never happened; the refusal is reported through `Outcome` and the `on_error` callback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from iali_desktop.domain.errors import IaliError
from iali_desktop.domain.ids import new_id
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.records.display import shown_title
from iali_desktop.gui.type_phrases import new_record

log = logging.getLogger(__name__)

ErrorHandler = Callable[[str], None]
Snapshot = dict[str, Any] | None  # the fields a change wrote, or {"_live": False}


@dataclass
class Change:
    """One write inside a change set; `old` is filled in before the first redo."""

    action: str  # "create", "update" or "delete"
    type_name: str
    row_id: str
    values: dict[str, Any] = field(default_factory=dict)
    old: dict[str, Any] = field(default_factory=dict)
    after: Snapshot = None  # what the record looked like after the last redo...
    before: Snapshot = None  # ...and after the last undo (None: not known yet)


@dataclass
class Outcome:
    """What happened to a pushed command, kept outside the Qt object it describes."""

    ok: bool = False
    error: str = ""


translate = QCoreApplication.translate


class ChangeSetCommand(QUndoCommand):
    """Several record writes applied together and undone together."""

    def __init__(
        self,
        ctx: AppContext,
        text: str,
        changes: Sequence[Change],
        on_error: ErrorHandler | None = None,
    ) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.changes = list(changes)
        self.outcome = Outcome()
        self._on_error = on_error
        self._created_once = False
        self._stale = ""  # why the old values could not be read, if they could not
        self._capture_old()

    def _capture_old(self) -> None:
        for change in self.changes:
            if change.action != "update" or change.old:
                continue
            try:
                current = self.ctx.records.get(change.type_name, change.row_id)
            except IaliError as exc:
                self._stale = str(exc)
                return
            change.old = {name: current.get(name) for name in change.values}

    def redo(self) -> None:
        if self._stale:
            self._fail(self._stale)  # the record vanished before the first write
            return
        if self._created_once and not self._unchanged_since("before"):
            return
        try:
            with self.ctx.records.batch() as b:
                for change in self.changes:
                    if change.action == "create":
                        if self._created_once:
                            b.restore(change.type_name, change.row_id)
                        else:
                            b.create(change.type_name, change.values, row_id=change.row_id)
                    elif change.action == "update":
                        b.update(change.type_name, change.row_id, change.values)
                    else:
                        b.delete(change.type_name, change.row_id)
        except IaliError as exc:
            self._fail(str(exc))
            return
        self._created_once = True
        self.outcome.ok = True
        self.outcome.error = ""
        self._remember("after")
        self._announce()

    def undo(self) -> None:
        if not self._unchanged_since("after"):
            return
        try:
            with self.ctx.records.batch() as b:
                for change in reversed(self.changes):
                    if change.action == "create":
                        b.delete(change.type_name, change.row_id)
                    elif change.action == "update":
                        b.update(change.type_name, change.row_id, change.old)
                    else:
                        b.restore(change.type_name, change.row_id)
        except IaliError as exc:
            self._refuse(str(exc))
            return
        self._remember("before")
        self._announce()

    # -- writes made outside this stack ----------------------------------------------------
    def _snapshot(self, change: Change) -> dict[str, Any]:
        try:
            current = self.ctx.records.get(change.type_name, change.row_id)
        except IaliError:
            return {"_live": False}
        return {"_live": True, **{name: current.get(name) for name in change.values}}

    def _remember(self, slot: str) -> None:
        for change in self.changes:
            setattr(change, slot, self._snapshot(change))

    def _unchanged_since(self, slot: str) -> bool:
        """True when every record is as this command left it; otherwise the step is
        dropped (an import or a conflict resolution wrote since, and undoing or redoing
        would silently replace that newer value)."""
        for change in self.changes:
            expected = getattr(change, slot)
            if expected is not None and self._snapshot(change) != expected:
                self._refuse(translate(
                    "RecordUndo", "“%1” was not undone or redone: the record has changed "
                    "since, by an import or a conflict resolution.").replace("%1", self.text()))
                return False
        return True

    def _refuse(self, message: str) -> None:
        """An undo or redo that cannot be done: drop the step and tell the user."""
        log.info("an undo step was dropped")  # the message names a record: not logged
        self.outcome.ok = False
        self.outcome.error = message
        self.setObsolete(True)
        self.ctx.events.notice.emit(message)

    def _fail(self, message: str) -> None:
        """Drop this step from the stack: the database did not change, so nothing to undo."""
        log.info("an undoable write was refused")  # its message may echo typed values
        self.outcome.ok = False
        self.outcome.error = message
        self.setObsolete(True)
        if self._on_error is not None:
            self._on_error(message)

    def _announce(self) -> None:
        for type_name in dict.fromkeys(c.type_name for c in self.changes):
            self.ctx.events.changed.emit(type_name)


class CreateRecordCommand(ChangeSetCommand):
    """Create one record; undo deletes it (a tombstone), redo restores the same id."""

    def __init__(
        self,
        ctx: AppContext,
        type_name: str,
        values: Mapping[str, Any],
        on_error: ErrorHandler | None = None,
    ) -> None:
        self.row_id = new_id()
        super().__init__(
            ctx,
            new_record(type_name),
            [Change("create", type_name, self.row_id, dict(values))],
            on_error,
        )


class EditFieldsCommand(ChangeSetCommand):
    """Write some fields of one record; the previous values are kept for undo."""

    def __init__(
        self,
        ctx: AppContext,
        type_name: str,
        row_id: str,
        new_values: Mapping[str, Any],
        on_error: ErrorHandler | None = None,
    ) -> None:
        title = _title(ctx, type_name, row_id)
        super().__init__(
            ctx,
            translate("RecordUndo", "Edit %1").replace("%1", title),
            [Change("update", type_name, row_id, dict(new_values))],
            on_error,
        )


class DeleteRecordCommand(ChangeSetCommand):
    """Delete one record; undo restores it through RecordService.restore."""

    def __init__(
        self, ctx: AppContext, type_name: str, row_id: str, on_error: ErrorHandler | None = None
    ) -> None:
        title = _title(ctx, type_name, row_id)
        super().__init__(
            ctx,
            translate("RecordUndo", "Delete %1").replace("%1", title),
            [Change("delete", type_name, row_id)],
            on_error,
        )


UNDO_TITLE_CHARS = 32  # the Edit menu's "Undo Edit …" stays short (whole titles ran off)


def _title(ctx: AppContext, type_name: str, row_id: str) -> str:
    try:
        title = shown_title(type_name, ctx.records.title(type_name, row_id) or type_name)
    except IaliError:
        return type_name
    if len(title) <= UNDO_TITLE_CHARS:
        return f"“{title}”"
    return "“" + title[:UNDO_TITLE_CHARS].rsplit(" ", 1)[0].rstrip(",;:.") + "…”"


def push(ctx: AppContext, command: ChangeSetCommand) -> Outcome:
    """Push (and so perform) a command; the returned outcome says whether it was written.

    The outcome object is taken before pushing because a refused command is obsolete and
    Qt deletes it inside `push`.
    """
    outcome = command.outcome
    ctx.undo.push(command)
    return outcome
