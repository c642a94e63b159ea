"""A record page's spreadsheet actions: Export… writes the table as shown (its visible
columns, filters and order), Import… opens the preview-then-import dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTableView, QToolBar, QWidget

from iali_desktop.gui.background import BackgroundOp
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.records.sheet_dialog import SheetImportDialog
from iali_desktop.gui.records.sheet_export import ask_export_path, export_shown
from iali_desktop.gui.records.table_model import RecordTableModel
from iali_desktop.gui.shortcuts import with_shortcut_tip

translate = QCoreApplication.translate


class SheetActions:
    """Export… and Import… on a record page's toolbar, for its type and table."""

    def __init__(self, ctx: AppContext, type_name: str, page: QWidget, toolbar: QToolBar,
                 model: RecordTableModel, table: QTableView) -> None:
        self.ctx = ctx
        self.type_name = type_name
        self.page = page
        self.model = model
        self.table = table
        self.import_dialog: SheetImportDialog | None = None
        self.export_action = self._action(page, toolbar, translate("RecordPage", "E&xport…"))
        self.export_action.triggered.connect(lambda _checked=False: self.export_table())
        self.import_action = self._action(page, toolbar, translate("RecordPage", "&Import…"))
        self.import_action.triggered.connect(lambda _checked=False: self.open_import())

    @staticmethod
    def _action(page: QWidget, toolbar: QToolBar, text: str) -> QAction:
        action = QAction(text, page)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        with_shortcut_tip(action)
        page.addAction(action)
        toolbar.addAction(action)
        return action

    def export_table(self) -> None:
        path = ask_export_path(self.page, self.ctx, self.type_name)
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> BackgroundOp:
        return export_shown(self.page, self.ctx, self.type_name, self.model, self.table, path)

    def open_import(self) -> SheetImportDialog:
        dialog = SheetImportDialog(self.ctx, self.type_name, self.page)
        dialog.imported.connect(lambda _plan: self.model.refresh())
        self.import_dialog = dialog
        dialog.open()
        return dialog
