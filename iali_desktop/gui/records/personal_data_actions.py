""""Export personal data…" on the page of a record type that is a person: everything the
database holds about them (subject access), through the services."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QToolBar, QWidget

from iali_desktop.domain.errors import IaliError
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.errors import show_error
from iali_desktop.gui.file_dialogs import start_folder
from iali_desktop.gui.preferences import Preferences
from iali_desktop.reports.person_data import build_person_data
from iali_desktop.services import person_data

translate = QCoreApplication.translate


class PersonalDataActions:
    """The export action, added to a record page's toolbar; `row_id` says which record."""

    def __init__(self, ctx: AppContext, type_name: str, page: QWidget, toolbar: QToolBar
                 ) -> None:
        self.ctx = ctx
        self.type_name = type_name
        self.page = page
        self.row_id: str | None = None
        self.export_action = QAction(translate("PersonalData", "Export personal data…"), page)
        self.export_action.triggered.connect(lambda _c=False: self.choose_export())
        toolbar.addSeparator()
        toolbar.addAction(self.export_action)
        self.set_record(None)

    @staticmethod
    def wanted(type_name: str) -> bool:
        return person_data.exportable(type_name)

    def set_record(self, row_id: str | None) -> None:
        self.row_id = row_id
        self.export_action.setEnabled(row_id is not None)

    def choose_export(self) -> None:
        if self.row_id is None:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self.page, translate("PersonalData", "Export personal data as"),
            str(start_folder(Preferences().report_folder, db_path=self.ctx.ws.path)
                / "personal-data.pdf"),
            translate("PersonalData", "PDF document (*.pdf);;JSON file (*.json)"))
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, path: Path) -> Path | None:
        """Write the export (PDF, or JSON for a .json name); None if it failed."""
        if self.row_id is None:
            return None
        try:
            if path.suffix.lower() == ".json":
                return person_data.export_json(self.ctx.ws, self.row_id, path)
            pdf = path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")
            return build_person_data(self.ctx.ws, self.row_id, pdf)
        except (IaliError, OSError) as exc:
            show_error(self.page, exc)
            return None
