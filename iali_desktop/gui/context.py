"""What every window, page and dialog is given: the open workspace and its shared services.

Passed in explicitly (no global application object), so tests build one on a temporary
database and pages never reach for singletons.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from iali_desktop.domain.translation import shipped_name
from iali_desktop.services.records import RecordService
from iali_desktop.services.workspace import Workspace

if TYPE_CHECKING:
    from .preferences import Preferences


class DisplayRecords(RecordService):
    """The record service as the window uses it: titles read as a person sees them, so the
    shipped regions and list entries (skill categories, IBOR stages...) show in the
    language of the window wherever a record is named (lists, pickers, filters, headings).
    A name a user gave or changed has no translation and shows as it is; the stored
    values are never touched, so forms, exports and sync see the English names."""

    def titles(self, type_name: str, ids: list[str]) -> dict[str, str]:
        found = super().titles(type_name, ids)
        if type_name not in ("region", "term"):
            return found
        return {row_id: shipped_name(type_name, title) for row_id, title in found.items()}


class DataEvents(QObject):
    """Signals that keep every open view in step with the database.

    `changed(type_name)` is emitted after any write of records of that type ("" for a change
    that may touch every type, such as an import or an undo of several records);
    `open_record(type_name, row_id)` asks the main window to show a record on its page;
    `notice(text)` is a one-sentence message for the status bar (an undo step refused);
    `folder_status(FolderStatus)` follows each pass over the sync folder.
    """

    changed = Signal(str)
    open_record = Signal(str, str)
    notice = Signal(str)
    folder_status = Signal(object)


@dataclass
class AppContext:
    """The workspace plus the services and shared objects the GUI works through."""

    ws: Workspace
    records: RecordService
    undo: QUndoStack
    events: DataEvents = field(default_factory=DataEvents)
    # The window's preferences, set by the window; a page built on its own (tests) has
    # none and remembers nothing (the columns chosen in a list).
    prefs: Preferences | None = None

    @classmethod
    def create(cls, ws: Workspace, parent: QObject | None = None) -> AppContext:
        return cls(ws=ws, records=DisplayRecords(ws), undo=QUndoStack(parent))
