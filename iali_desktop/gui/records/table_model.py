"""The table of one record type: rows fetched lazily in pages, filtered and sorted in SQL.

Holds only the rows a view has scrolled to (pages of PAGE_SIZE through `canFetchMore` /
`fetchMore`), so a type with 100,000 records opens as fast as one with ten. Filtering and
sorting re-run the query instead of going through a QSortFilterProxyModel, which would call
back into Python for every row. Reference columns show the referenced record's title,
resolved once per page.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from iali_desktop.domain.fields import FieldKind, FieldSpec
from iali_desktop.domain.query import Filter, Query
from iali_desktop.domain.translation import shipped_name
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.labels import field_label
from iali_desktop.gui.records.display import ValueFormatter
from iali_desktop.services.browse import BrowseService
from iali_desktop.services.records import record_type

PAGE_SIZE = 200
MAX_SEEK = 5_000  # how deep `load_until` goes to select a record in the table

# Role constants looked up once: enum attribute access is slow in data().
DISPLAY_ROLE = Qt.ItemDataRole.DisplayRole
TOOLTIP_ROLE = Qt.ItemDataRole.ToolTipRole
ALIGN_ROLE = Qt.ItemDataRole.TextAlignmentRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the stored value (ISO dates, ints, ids)
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's record id
HORIZONTAL = Qt.Orientation.Horizontal
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_NUMERIC = (FieldKind.INTEGER, FieldKind.DECIMAL)
_ANSWERED = frozenset({DISPLAY_ROLE, TOOLTIP_ROLE, ID_ROLE, SORT_ROLE, ALIGN_ROLE})

Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """Rows of one record type for a QTableView; read-only (editing is in the form)."""

    def __init__(self, ctx: AppContext, type_name: str, parent: QObject | None = None, *,
                 fixed_filters: Sequence[Filter] = (), hidden: Sequence[str] = (),
                 page_size: int = PAGE_SIZE, fetch: bool = True) -> None:
        """`fetch=False`: read nothing yet (the caller sets filters or reloads first)."""
        super().__init__(parent)
        self.ctx = ctx
        self.type_name = type_name
        self.rt = record_type(type_name)
        self._browse = BrowseService(ctx.ws)
        self._fixed = tuple(fixed_filters)
        self.columns: list[FieldSpec] = [f for f in self.rt.fields
                                         if f.in_table and f.name not in hidden]
        self._headers = [field_label(type_name, f.name) for f in self.columns]
        self._shown_headers = list(self._headers)  # on two lines where the list says so
        self._page = page_size
        self._query = Query(filters=self._fixed, order=self.rt.default_order)
        self._rows: list[dict[str, Any]] = []
        self._cells: list[list[str] | None] = []  # a row's texts once it was shown
        self._positions: dict[str, int] = {}
        self._titles: dict[str, dict[str, str]] = {}
        self._more = True
        self._fmt = ValueFormatter()
        # The name column of regions and list entries reads like their titles elsewhere.
        self._names = set(self.rt.title_fields) if type_name in ("region", "term") else set()
        if fetch:
            self._fetch(self._page)

    # -- Qt model interface -------------------------------------------------------------
    # (No flags(): QAbstractTableModel's own (enabled, selectable, no children) is what a
    # read-only row needs, and answered without a call into Python for every cell painted.)
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        # A painted cell is asked for a dozen roles (font, colours, check state…): those
        # this model does not answer return before any call on the index.
        if role not in _ANSWERED or not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role in (DISPLAY_ROLE, TOOLTIP_ROLE):
            return (self._cells[row] or self._format(row))[col]
        if role == ID_ROLE:
            return self._rows[row]["id"]
        if role == SORT_ROLE:
            return self._rows[row][self.columns[col].name]
        if self.columns[col].kind in _NUMERIC:  # ALIGN_ROLE
            return RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY_ROLE) -> Any:
        if orientation != HORIZONTAL or not 0 <= section < len(self._headers):
            return None
        if role == DISPLAY_ROLE:
            return self._shown_headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._headers[section]
        return None

    def header_label(self, section: int) -> str:
        """A column's label on one line (the header may show it on two)."""
        return self._headers[section]

    def set_header_text(self, section: int, text: str) -> None:
        """Show the column's label as `text` (the label itself, or on two lines)."""
        if self._shown_headers[section] != text:
            self._shown_headers[section] = text
            self.headerDataChanged.emit(HORIZONTAL, section, section)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or not self._more:
            return
        start = len(self._rows)
        rows = self._load(start, self._page)
        if not rows:
            self._more = False
            return
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._append(rows)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            self.set_order(self.rt.default_order)
            return
        name = self.columns[column].name
        desc = order == Qt.SortOrder.DescendingOrder
        self.set_order((("-" if desc else "") + name,))

    # -- what pages call ----------------------------------------------------------------
    @property
    def query(self) -> Query:
        return self._query

    def set_order(self, order: Sequence[str]) -> None:
        if tuple(order) == self._query.order:
            return  # the view re-announces its sort indicator; no need to query again
        self._query = dataclasses.replace(self._query, order=tuple(order))
        self.reload()

    def set_fixed(self, filters: Sequence[Filter]) -> None:
        """Change the filters the user cannot clear (a child list's parent)."""
        user = self._query.filters[len(self._fixed):]
        self._fixed = tuple(filters)
        self._query = dataclasses.replace(self._query, filters=self._fixed + user)
        self.reload()

    def set_filters(self, filters: Sequence[Filter], text: str = "") -> None:
        """Show only rows matching the filters (plus the fixed ones) and the text search."""
        self._query = dataclasses.replace(self._query, filters=self._fixed + tuple(filters),
                                          text=text)
        self.reload()

    def reload(self, keep: int = 0) -> None:
        """Re-run the query; `keep` asks for at least that many rows (to stay in place)."""
        self.beginResetModel()
        self._rows, self._cells, self._positions = [], [], {}
        self._titles.clear()
        self._more = True
        self._fetch(max(self._page, keep))
        self.endResetModel()

    def refresh(self) -> None:
        """Reload after a write elsewhere, keeping as many rows as were loaded."""
        self.reload(keep=len(self._rows))

    def row_id(self, row: int) -> str:
        return str(self._rows[row]["id"])

    def row_values(self, row: int) -> dict[str, Any]:
        return dict(self._rows[row])

    def row_of(self, row_id: str) -> int:
        """The row showing a record, or -1 if it is not loaded (or not in this view)."""
        return self._positions.get(row_id, -1)

    def matches(self, row_id: str) -> bool:
        """Whether a record passes the current filters (loaded or not)."""
        probe = dataclasses.replace(self._query, ids=(row_id,), order=(), limit=1, offset=0)
        return bool(self._browse.ids(self.type_name, probe))

    def load_until(self, row_id: str, max_rows: int = MAX_SEEK) -> int:
        """Fetch rows until the record is loaded; its row, or -1 when it is filtered out
        or sits deeper than `max_rows` (the page then shows it in the form only, rather
        than formatting tens of thousands of rows on the GUI thread)."""
        found = self.row_of(row_id)
        if found >= 0 or not self.matches(row_id):
            return found
        ids = self._browse.ids(self.type_name, dataclasses.replace(
            self._query, limit=max_rows, offset=0))
        if row_id not in ids:
            return -1
        missing = ids.index(row_id) + 1 - len(self._rows)
        if missing > 0 and self._more:
            start = len(self._rows)
            rows = self._load(start, missing + self._page - missing % self._page)
            if rows:
                self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
                self._append(rows)
                self.endInsertRows()
        return self.row_of(row_id)

    # -- loading ------------------------------------------------------------------------
    def _fetch(self, count: int) -> None:
        rows = self._load(0, count)
        self._append(rows)
        self._more = len(rows) == count

    def _load(self, offset: int, limit: int) -> list[dict[str, Any]]:
        query = dataclasses.replace(self._query, offset=offset, limit=limit)
        rows = self._browse.page(self.type_name, query)
        if len(rows) < limit:
            self._more = False
        self._resolve_titles(rows)
        return rows

    def _resolve_titles(self, rows: list[dict[str, Any]]) -> None:
        wanted: dict[str, set[str]] = {}
        for spec in self.columns:
            if not spec.is_ref or not spec.target:
                continue
            cache = self._titles.setdefault(spec.target, {})
            bucket = wanted.setdefault(spec.target, set())
            for row in rows:
                value = row[spec.name]
                for ref in (value if isinstance(value, list) else [value] if value else []):
                    if ref not in cache:
                        bucket.add(ref)
        for target, ids in wanted.items():
            if ids:
                self._titles[target].update(self.ctx.records.titles(target, sorted(ids)))

    def _append(self, rows: list[dict[str, Any]]) -> None:
        # A row's texts are made when a view first asks for them: a page of 200 rows
        # shows some 30, and formatting every cell of the rest took longer than the query.
        for row in rows:
            self._positions[row["id"]] = len(self._rows)
            self._rows.append(row)
        self._cells.extend([None] * len(rows))

    def _format(self, position: int) -> list[str]:
        fmt = self._fmt
        empty: dict[str, str] = {}
        row = self._rows[position]
        cells = [
            shipped_name(self.type_name, row[spec.name])
            if spec.name in self._names and row[spec.name] else
            fmt.text(spec, row[spec.name], self._titles.get(spec.target or "", empty))
            for spec in self.columns]
        self._cells[position] = cells
        return cells
