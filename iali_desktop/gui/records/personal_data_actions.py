""""Export personal data…" and "Erase personal data…" on the page of a record type that
holds personal data (people): subject access and erasure, through the services."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar, QWidget

from iali_desktop.domain.errors import IaliError
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.errors import show_error
from iali_desktop.gui.file_dialogs import start_folder
from iali_desktop.gui.labels import type_label
from iali_desktop.gui.preferences import Preferences
from iali_desktop.reports.person_data import build_person_data
from iali_desktop.services import backups, erasure, person_data

translate = QCoreApplication.translate


class PersonalDataActions:
    """The two actions, added to a record page's toolbar; `row_id` says which record."""

    def __init__(self, ctx: AppContext, type_name: str, page: QWidget, toolbar: QToolBar
                 ) -> None:
        self.ctx = ctx
        self.type_name = type_name
        self.page = page
        self.row_id: str | None = None
        self.export_action = QAction(translate("PersonalData", "Export personal data…"), page)
        self.export_action.triggered.connect(lambda _c=False: self.choose_export())
        self.erase_action = QAction(translate("PersonalData", "Erase personal data…"), page)
        self.erase_action.triggered.connect(lambda _c=False: self.ask_erase())
        if toolbar.actions():
            toolbar.addSeparator()
        toolbar.addAction(self.export_action)
        toolbar.addAction(self.erase_action)
        self.set_record(None)

    @staticmethod
    def wanted(type_name: str) -> bool:
        return person_data.exportable(type_name)

    def set_record(self, row_id: str | None) -> None:
        self.row_id = row_id
        self.export_action.setEnabled(row_id is not None)
        # Erasing is final: once done there is nothing left to erase.
        self.erase_action.setEnabled(
            row_id is not None and not erasure.is_erased(self.ctx.ws, self.type_name, row_id))

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

    def ask_erase(self) -> bool:
        """Confirm (it cannot be undone), erase, then offer to delete old backups."""
        if self.row_id is None:
            return False
        label = type_label(self.type_name).lower()
        title = self.ctx.records.title(self.type_name, self.row_id)
        box = QMessageBox(QMessageBox.Icon.Warning,
                          translate("PersonalData", "Erase personal data"),
                          translate("PersonalData",
                                    "Erase the personal data of “%1”?\n\nTheir name, e-mail, "
                                    "phone and notes are removed from this %2, from its "
                                    "history and from the search, here and on every "
                                    "colleague's database when the next bundles arrive. The "
                                    "record stays, without them, so what refers to it still "
                                    "does.\n\nThis cannot be undone.")
                          .replace("%1", title).replace("%2", label),
                          QMessageBox.StandardButton.Cancel, self.page)
        erase_button = box.addButton(translate("PersonalData", "Erase for good"),
                                     QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not erase_button:
            return False
        try:
            erasure.erase(self.ctx.ws, self.type_name, self.row_id)
            old = backups.holding_erased(self.ctx.ws)
        except IaliError as exc:
            show_error(self.page, exc)
            return False
        self.ctx.undo.clear()  # earlier steps would write the erased values back
        self.erase_action.setEnabled(False)
        self.ctx.events.changed.emit(self.type_name)
        if old:
            self.offer_purge(len(old))
        return True

    def offer_purge(self, count: int) -> None:
        answer = QMessageBox.question(
            self.page, translate("PersonalData", "Backups made before the erasure"),
            translate("PersonalData", "Backups made before the erasure (%1) may still hold "
                      "personal data of erased people. Delete them now?")
            .replace("%1", str(count)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            backups.purge_holding_erased(self.ctx.ws)
