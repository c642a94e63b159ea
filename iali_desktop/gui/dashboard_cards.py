"""The building blocks of the dashboard: a titled card with a list of records, and the
plan-progress card with one bar per action area.

Every row of a record list carries its (type, id); activating it (double-click, Enter)
asks the window to open that record, so each dashboard item leads to its page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .header_lines import WholeLabels

REF_ROLE = Qt.ItemDataRole.UserRole
MAX_ROWS = 8


@dataclass(frozen=True)
class Row:
    """One line of a card: what it shows and which record it opens (if any)."""

    cells: tuple[str, ...]
    type_name: str = ""
    row_id: str = ""
    tooltip: str = ""
    alert: bool = False  # shown in the palette's warning colour (overdue ...)


@dataclass(frozen=True)
class AreaBar:
    """One action area's bar: its label, mean task progress and a short detail."""

    area_id: str
    label: str
    progress: int
    detail: str


def alert_color(palette: QPalette) -> QColor:
    """A red readable on the palette's base colour, light or dark."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor("#ff7b72") if dark else QColor("#c62828")


class Card(QFrame):
    """A titled panel; subclasses fill its body."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        # Titles and notes wrap rather than widen the card: a long one ("Synchronisation :
        # dernier échange par collègue") pushed the dashboard past a 1024 window's width.
        self.title.setWordWrap(True)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(10, 8, 10, 10)
        self.body.addWidget(self.title)


class ListCard(Card):
    """A card listing records in columns; activating a row emits `open_record`."""

    open_record = Signal(str, str)

    def __init__(self, object_name: str, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(object_name, parent)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(columns)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, columns):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.labels = WholeLabels(header, lambda c, text: self.tree.headerItem().setText(c, text))
        self.empty = QLabel(self)
        self.empty.setEnabled(False)
        self.empty.setWordWrap(True)
        self.body.addWidget(self.tree, 1)
        self.body.addWidget(self.empty)
        self.tree.itemActivated.connect(self._activated)
        self._shown: tuple[list[Row], str] | None = None

    def set_headers(self, headers: Sequence[str]) -> None:
        self.tree.setHeaderLabels(list(headers))
        self.labels.set_labels(headers)

    def set_rows(self, rows: Sequence[Row], empty_text: str) -> None:
        self.empty.setText(empty_text)
        warn = alert_color(self.palette())
        shown = (list(rows), warn.name())
        if shown == self._shown:
            return  # the same lines: rebuilding them would only lay out and paint again
        self._shown = shown
        self.tree.clear()
        for row in rows:
            item = QTreeWidgetItem(list(row.cells))
            item.setData(0, REF_ROLE, (row.type_name, row.row_id))
            for col in range(len(row.cells)):
                item.setToolTip(col, row.tooltip or row.cells[col])
                if row.alert:
                    item.setForeground(col, warn)
            self.tree.addTopLevelItem(item)
        self.tree.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._fit(len(rows))

    def _fit(self, count: int) -> None:
        """As tall as its rows (up to MAX_ROWS, then it scrolls), so cards stay compact."""
        shown = max(1, min(count, MAX_ROWS))
        row_height = self.tree.sizeHintForRow(0) if count else self.fontMetrics().height() + 6
        header = self.tree.header().sizeHint().height()
        frame = 2 * self.tree.frameWidth()
        self.tree.setFixedHeight(header + shown * max(row_height, 1) + frame + 2)

    def rows(self) -> list[tuple[str, ...]]:
        """The shown cells, row by row (for tests and accessibility checks)."""
        items = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        return [tuple(item.text(c) for c in range(self.tree.columnCount()))
                for item in items if item is not None]

    def activate_row(self, index: int) -> None:
        item = self.tree.topLevelItem(index)
        if item is not None:
            self._activated(item, 0)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        type_name, row_id = item.data(0, REF_ROLE)
        if type_name and row_id:
            self.open_record.emit(type_name, row_id)


class ProgressCard(Card):
    """Progress per action area of one plan: a labelled bar per area."""

    open_record = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("planProgress", parent)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.grid.setHorizontalSpacing(12)
        self.body.addLayout(self.grid)
        self.bars: list[QProgressBar] = []
        self.labels: list[QLabel] = []
        self._shown: list[AreaBar] | None = None

    def set_areas(self, areas: Sequence[AreaBar]) -> None:
        if list(areas) == self._shown:
            return  # the same bars: new widgets would only be laid out and painted again
        self._shown = list(areas)
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.bars.clear()
        self.labels.clear()
        for row, area in enumerate(areas):
            label = QLabel(f'<a href="{escape(area.area_id)}">{escape(area.label)}</a>', self)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
            label.linkActivated.connect(lambda rid: self.open_record.emit("action_area", rid))
            bar = QProgressBar(self)
            bar.setRange(0, 100)
            bar.setValue(area.progress)
            bar.setFormat("%p%")
            bar.setAccessibleName(area.label)
            detail = QLabel(area.detail, self)
            detail.setEnabled(False)
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(bar, row, 1)
            self.grid.addWidget(detail, row, 2)
            self.bars.append(bar)
            self.labels.append(label)
