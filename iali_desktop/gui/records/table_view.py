"""The table view every record list uses: whole-row selection, compact rows, titles wide.

Columns share the width the list has (a title more than a date, a date more than a
number) instead of running off behind a horizontal scroll bar, until the user drags one;
columns that cannot get a readable width are left out (the form beside shows them);
a reference too long for its column is shortened in the middle, so a plan's years stay
in view ("IALI Action Plan…2021 – 2024 and beyond"). Sorting (when enabled) is delegated to the
model, which re-queries in SQL.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from iali_desktop.domain.fields import FieldKind
from iali_desktop.gui.labels import type_label
from iali_desktop.gui.records.table_model import RecordTableModel

TITLE_WIDTH = 280
TITLE_MIN = 180
MIN_WIDTHS = {FieldKind.INTEGER: 56, FieldKind.BOOLEAN: 56, FieldKind.DATE: 84,
              FieldKind.CHOICE: 96, FieldKind.DECIMAL: 72}
PRIORITY = {FieldKind.CHOICE: 1, FieldKind.DATE: 1, FieldKind.INTEGER: 1, FieldKind.DECIMAL: 1}
WEIGHTS = {FieldKind.INTEGER: 0.6, FieldKind.BOOLEAN: 0.6, FieldKind.DATE: 1.0,
           FieldKind.CHOICE: 1.1, FieldKind.DECIMAL: 0.8}


class MiddleElide(QStyledItemDelegate):
    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


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
        # A title made of words is given room; a date or number in a title (an engagement's
        # date before its summary) is as narrow as any other date or number.
        titles = {spec.name for spec in model.columns
                  if spec.name in model.rt.title_fields
                  and spec.kind in (FieldKind.TEXT, FieldKind.LONGTEXT, FieldKind.REF)}
        for column, spec in enumerate(model.columns):
            if spec.name in titles:
                header.resizeSection(column, TITLE_WIDTH)
            elif spec.kind in (FieldKind.INTEGER, FieldKind.BOOLEAN):
                header.resizeSection(column, 80)
        if sortable:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            self.setSortingEnabled(True)
        # Long references (plan names) are cut in the middle, so their years stay in view;
        # other text keeps its beginning.
        middle = MiddleElide(self)
        for column, spec in enumerate(model.columns):
            if spec.kind in (FieldKind.REF, FieldKind.REFS):
                self.setItemDelegateForColumn(column, middle)
        self._weights = [3.0 if spec.name in titles else WEIGHTS.get(spec.kind, 1.6)
                         for spec in model.columns]
        self._min_widths = [TITLE_MIN if spec.name in titles else MIN_WIDTHS.get(spec.kind, 110)
                            for spec in model.columns]
        self._priority = [0 if spec.name in titles else PRIORITY.get(spec.kind, 2)
                          for spec in model.columns]
        self._filtered: set[int] = set()
        self._fitting = False
        self._user_sized = False
        header.setStretchLastSection(False)  # fit_columns gives the last one the rest
        # A translated header longer than its column ends in "…", never cut at both ends.
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.sectionResized.connect(self._resized_by_user)

    def _resized_by_user(self, _index: int, _old: int, _new: int) -> None:
        if not self._fitting:
            self._user_sized = True

    def fit_columns(self) -> None:
        """Show the columns that fit at a readable width (the title first, then status,
        dates and numbers, then the rest, in the model's order), share the width among
        them by weight, and leave the others to the form beside the list."""
        header = self.horizontalHeader()
        room = self.viewport().width()
        wanted = [c for c in range(len(self._weights)) if c not in self._filtered]
        if not wanted or room <= 0:
            return
        shown: list[int] = []
        used = 0
        for column in sorted(wanted, key=lambda c: (self._priority[c], c)):
            need = self._min_widths[column]
            if shown and used + need > room:
                continue
            shown.append(column)
            used += need
        shown.sort()
        total = sum(self._weights[c] for c in shown)
        spare = max(room - used, 0)
        widths = {c: self._min_widths[c] + int(spare * self._weights[c] / total)
                  for c in shown}
        widths[shown[-1]] += max(0, room - sum(widths.values()))  # the last fills the rest
        self._fitting = True
        try:
            for column in range(len(self._weights)):
                super().setColumnHidden(column, column not in widths)
            for column, width in widths.items():
                header.resizeSection(column, width)
        finally:
            self._fitting = False

    def hidden_by_filter(self, column: int) -> bool:
        """Hidden because the filters make it say one value on every row."""
        return column in self._filtered

    def setColumnHidden(self, column: int, hide: bool) -> None:
        """Hide a column the filters make uniform (the page's call); fitting decides the
        rest."""
        if hide:
            self._filtered.add(column)
        else:
            self._filtered.discard(column)
        self._fitting = True  # hiding resizes the section: not the user's doing
        try:
            super().setColumnHidden(column, hide)
        finally:
            self._fitting = False
        if not self._user_sized:
            self.fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._user_sized:
            self.fit_columns()

    def viewportEvent(self, event: QEvent) -> bool:
        # The viewport narrows without a resize of the view when the vertical scroll bar
        # appears (rows loaded): share the width again then.
        if event.type() == QEvent.Type.Resize and not self._user_sized:
            self.fit_columns()
        return super().viewportEvent(event)
