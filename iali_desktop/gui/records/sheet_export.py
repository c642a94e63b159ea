"""Exporting a record list to a spreadsheet: the save dialog and the background write of
the table as shown (visible columns, filters and order)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableView, QWidget

from iali_desktop.gui.background import BackgroundOp
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.labels import type_label
from iali_desktop.gui.records.sheet_dialog import (
    FILE_FILTER,
    gui_labels,
    remember_folder,
    start_folder,
)
from iali_desktop.gui.records.table_model import RecordTableModel
from iali_desktop.services.record_export import export_records


def export_shown(parent: QWidget, ctx: AppContext, type_name: str, model: RecordTableModel,
                 table: QTableView, path: Path) -> BackgroundOp:
    """Write the table as shown (its visible columns, filters and order) to a file."""
    fields = [spec.name for column, spec in enumerate(model.columns)
              if not table.isColumnHidden(column)]
    query = dataclasses.replace(model.query, limit=None, offset=0)
    records, labels = ctx.records, gui_labels(type_name)
    op = BackgroundOp(parent, lambda progress: export_records(
        records, type_name, path, query=query, fields=fields, labels=labels,
        progress=lambda done, total, _message: progress(done, total, "")))
    op.on_failure(lambda message: show_export_error(parent, message))
    op.with_progress(QCoreApplication.translate("RecordPage", "Exporting…")).run()
    return op


def ask_export_path(parent: QWidget, ctx: AppContext, type_name: str) -> Path | None:
    """The file to export to, chosen in a save dialog (CSV or XLSX by the filter)."""
    name = type_label(type_name, plural=True).lower().replace(" ", "-")
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("RecordPage", "Export"),
        str(start_folder(ctx) / f"{name}.xlsx"), FILE_FILTER)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (".csv", ".xlsx"):
        path = path.with_suffix(".csv" if "csv" in chosen_filter.lower()
                                and "xlsx" not in chosen_filter.lower() else ".xlsx")
    remember_folder(path)
    return path


def show_export_error(parent: QWidget, message: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("RecordPage", "Not exported"), message)
