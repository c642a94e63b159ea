"""The event pages' "Add to calendar…" action: one event as an .ics file, saved where the
user chooses and handed to the calendar program, which offers to import it.

The page is built with the context only; the main window hands it the window's
`CalendarFiles` (`use_calendar`) so the remembered folder and the opener are shared.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from iali_desktop.domain.errors import IaliError
from iali_desktop.gui.calendar.calendar_files import CalendarFiles, file_name
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.errors import show_error
from iali_desktop.services.calendar_export import CalendarExport, CalendarService

translate = QCoreApplication.translate


class AddToCalendar:
    """Follows the event a page shows (a page panel, without a tab); `action` is the
    toolbar's QAction."""

    def __init__(self, ctx: AppContext, page: QWidget) -> None:
        self.ctx = ctx
        self.page = page
        self.files = CalendarFiles(ctx, parent=page)
        self.event_id: str | None = None
        self.action = QAction(translate("AddToCalendar", "Add to &calendar…"), page)
        self.action.setToolTip(translate(
            "AddToCalendar", "Save this event as a calendar file (.ics) and open it in "
                             "your calendar program"))
        self.action.triggered.connect(lambda _checked=False: self.start())
        self.set_record(None)

    def use_calendar(self, files: CalendarFiles) -> None:
        self.files = files

    def set_record(self, event_id: str | None) -> None:
        self.event_id = event_id
        self.action.setEnabled(event_id is not None)

    def start(self) -> QFileDialog | None:
        """Ask where to save the shown event; the file is written once a name is chosen."""
        if self.event_id is None:
            return None
        event_id = self.event_id
        title = self.ctx.records.title("event", event_id)
        return self.files.ask(self.page, translate("AddToCalendar", "Save the event as"),
                              file_name(title), lambda path: self.save(event_id, path))

    def save(self, event_id: str, path: Path) -> CalendarExport | None:
        try:
            result = CalendarService(self.ctx.ws).export_event(event_id, path)
        except IaliError as exc:
            show_error(self.page, exc)
            return None
        self.files.remember(path)
        self.ctx.events.notice.emit(translate(
            "AddToCalendar", "Saved the event to %1; your calendar program opens it to "
                             "import it.").replace("%1", str(path)))
        self.files.opener(path)
        return result
