"""The table view every record list uses: whole-row selection, compact rows, titles wide.

Columns share the width the list has (a title more than a date, a date more than a
number) instead of running off behind a horizontal scroll bar, until the user drags one;
text too long for its column is shortened in the middle, so a plan's years stay in view
("IALI Action Plan…2021 – 2024 and beyond"). Sorting (when enabled) is delegated to the
model, which re-queries in SQL.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from iali_desktop.domain.fields import FieldKind
from iali_desktop.gui.labels import type_label
from iali_desktop.gui.records.table_model import RecordTableModel

TITLE_WIDTH = 280
MIN_WIDTH = 64
WEIGHTS = {FieldKind.INTEGER: 0.6, FieldKind.BOOLEAN: 0.6, FieldKind.DATE: 1.0,
           FieldKind.CHOICE: 1.1, FieldKind.DECIMAL: 0.8}


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
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self._weights = [3.0 if spec.name in titles else WEIGHTS.get(spec.kind, 1.6)
                         for spec in model.columns]
        self._fitting = False
        self._user_sized = False
        header.sectionResized.connect(self._resized_by_user)

    def _resized_by_user(self, _index: int, _old: int, _new: int) -> None:
        if not self._fitting:
            self._user_sized = True

    def fit_columns(self) -> None:
        """Share the visible width among the shown columns by their weight."""
        header = self.horizontalHeader()
        shown = [c for c in range(len(self._weights)) if not self.isColumnHidden(c)]
        room = self.viewport().width()
        if not shown or room <= 0:
            return
        total = sum(self._weights[c] for c in shown)
        self._fitting = True
        try:
            for column in shown:
                header.resizeSection(column, max(MIN_WIDTH,
                                                 int(room * self._weights[column] / total)))
        finally:
            self._fitting = False

    def setColumnHidden(self, column: int, hide: bool) -> None:
        super().setColumnHidden(column, hide)
        if not self._user_sized:
            self.fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._user_sized:
            self.fit_columns()
