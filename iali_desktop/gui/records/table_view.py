"""The table view every record list uses: whole-row selection, compact rows, titles wide.

Sorting (when enabled) is delegated to the model, which re-queries in SQL.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from iali_desktop.domain.fields import FieldKind
from iali_desktop.gui.labels import type_label
from iali_desktop.gui.records.table_model import RecordTableModel

TITLE_WIDTH = 280


class RecordTableView(QTableView):
    """A read-only list of records; the row is the unit of selection."""

    def __init__(self, model: RecordTableModel, parent: QWidget | None = None, *,
                 sortable: bool = True) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(type_label(model.type_name, plural=True))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table for the next control
        rows = self.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(130)
        titles = set(model.rt.title_fields)
        for column, spec in enumerate(model.columns):
            if spec.name in titles and spec.kind in (FieldKind.TEXT, FieldKind.LONGTEXT,
                                                     FieldKind.REF):
                header.resizeSection(column, TITLE_WIDTH)
            elif spec.kind in (FieldKind.INTEGER, FieldKind.BOOLEAN):
                header.resizeSection(column, 80)
        if sortable:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            self.setSortingEnabled(True)
