"""The table view every record list uses: whole-row selection, compact rows, titles wide.

Columns share the width the list has (a title more than a date, a date more than a
number) instead of running off behind a horizontal scroll bar, until the user drags one;
columns that cannot get a readable width are left out (the form beside shows them);
a right-click on the header lists every column with a check mark, to hide one or bring
back one left out, and the list remembers that choice (`Preferences.column_choice`);
a reference too long for its column is shortened in the middle, so a plan's years stay
in view ("IALI Action Plan…2021 – 2024 and beyond"). Sorting (when enabled) is delegated to the
model, which re-queries in SQL.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, QPoint, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from iali_desktop.domain.fields import FieldKind
from iali_desktop.gui.header_lines import header_margin, header_text, two_line_width
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
                 sortable: bool = True, list_key: str | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.record_model = model
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
        # No narrower than the label on two lines: a header is never cut.
        metrics, margin = header.fontMetrics(), self._header_margin()
        self._min_widths = [
            max(TITLE_MIN if spec.name in titles else MIN_WIDTHS.get(spec.kind, 110),
                two_line_width(model.header_label(c), metrics, margin))
            for c, spec in enumerate(model.columns)]
        self._priority = [0 if spec.name in titles else PRIORITY.get(spec.kind, 2)
                          for spec in model.columns]
        self._filtered: set[int] = set()
        self._fitting = False
        self._user_sized = False
        header.setStretchLastSection(False)  # fit_columns gives the last one the rest
        # Never "…" in a header: a label is given its width, on two lines if need be
        # (header_lines.py); Qt would shorten the two lines as one long line.
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.sectionResized.connect(self._resized_by_user)
        # The columns the user chose to hide or to see, remembered per list.
        self.list_key = list_key or model.type_name
        self._prefs = model.ctx.prefs
        names = [spec.name for spec in model.columns]
        hidden, shown = self._prefs.column_choice(self.list_key) if self._prefs else ([], [])
        self._chosen_hidden = {names.index(n) for n in hidden if n in names}
        self._chosen_shown = {names.index(n) for n in shown if n in names} - self._chosen_hidden
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.show_column_menu)
        self.column_menu: QMenu | None = None
        header.sectionResized.connect(lambda c, _old, new: self._set_header_lines(c, new))

    def _header_margin(self) -> int:
        return header_margin(self.horizontalHeader(), sort_arrow=True)

    def _set_header_lines(self, column: int, width: int) -> None:
        self.record_model.set_header_text(column, header_text(
            self.record_model.header_label(column), width,
            self.horizontalHeader().fontMetrics(), self._header_margin()))

    # -- the columns the user chooses ------------------------------------------------

    def show_column_menu(self, pos: QPoint) -> QMenu:
        """Every column with a check mark for those shown, and a way back to the columns
        that fit; opened at `pos` on the header."""
        if self.column_menu is not None:
            self.column_menu.deleteLater()
        menu = QMenu(self)
        shown = [c for c in range(self.record_model.columnCount()) if not self.isColumnHidden(c)]
        for column in range(self.record_model.columnCount()):
            action = menu.addAction(self.record_model.header_label(column))
            action.setCheckable(True)
            action.setChecked(column in shown)
            action.setEnabled(shown != [column])  # the last column shown stays
            action.toggled.connect(lambda on, c=column: self.choose_column(c, on))
        menu.addSeparator()
        reset = menu.addAction(QCoreApplication.translate(
            "RecordTableView", "Show the columns that fit"))
        reset.triggered.connect(lambda _checked=False: self.reset_columns())
        self.column_menu = menu
        menu.popup(self.horizontalHeader().viewport().mapToGlobal(pos))
        return menu

    def choose_column(self, column: int, shown: bool) -> None:
        """Show or hide a column because the user said so; the list remembers it."""
        if shown:
            self._chosen_shown.add(column)
            self._chosen_hidden.discard(column)
        else:
            self._chosen_hidden.add(column)
            self._chosen_shown.discard(column)
        self._remember()
        self._apply_choice(column, shown)

    def reset_columns(self) -> None:
        """Forget the user's choice: the columns that fit are shown again."""
        self._chosen_hidden.clear()
        self._chosen_shown.clear()
        self._remember()
        self._user_sized = False
        self.fit_columns()

    def _remember(self) -> None:
        if self._prefs is None:
            return
        names = [spec.name for spec in self.record_model.columns]
        self._prefs.set_column_choice(self.list_key,
                                      [names[c] for c in sorted(self._chosen_hidden)],
                                      [names[c] for c in sorted(self._chosen_shown)])

    def _apply_choice(self, column: int, shown: bool) -> None:
        if self._user_sized:  # the user sized the columns: only this one changes
            self._fitting = True
            try:
                super().setColumnHidden(column, not shown)
            finally:
                self._fitting = False
        else:
            self.fit_columns()

    def _resized_by_user(self, _index: int, _old: int, _new: int) -> None:
        if not self._fitting:
            self._user_sized = True

    def fit_columns(self) -> None:
        """Show the columns that fit at a readable width (the title first, then status,
        dates and numbers, then the rest, in the model's order), share the width among
        them by weight, and leave the others to the form beside the list."""
        header = self.horizontalHeader()
        room = self.viewport().width()
        chosen = self._chosen_shown
        wanted = [c for c in range(len(self._weights)) if c not in self._chosen_hidden
                  and (c not in self._filtered or c in chosen)]
        if not wanted or room <= 0:
            return
        shown: list[int] = []
        used = 0
        # The title and the columns the user asked for come first and always stay.
        first = {c for c in wanted if c in chosen or self._priority[c] == 0}
        for column in sorted(wanted, key=lambda c: (c not in first, self._priority[c], c)):
            need = self._min_widths[column]
            if shown and used + need > room and column not in first:
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
