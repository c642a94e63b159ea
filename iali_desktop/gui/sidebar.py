"""The list of pages down the left of the window.

A `QListWidget` gives keyboard navigation (arrows, Home/End, type-ahead) and screen
reader support for free; the window listens to `page_selected`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from .icons import icon
from .pages import PAGES

NAME_ROLE = 0x0100  # Qt.ItemDataRole.UserRole
MIN_WIDTH = 120  # narrower than its titles if the user drags it so; they elide


class Sidebar(QListWidget):
    """One row per page, in the registry's order."""

    page_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setIconSize(QSize(20, 20))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setSpacing(1)
        self._width: int | None = None  # of the size hint, measured once (`sizeHint`)
        for spec in PAGES:
            item = QListWidgetItem(icon(spec.icon), spec.title())
            item.setData(NAME_ROLE, spec.name)
            self.addItem(item)
        self.setMinimumWidth(MIN_WIDTH)
        self.currentRowChanged.connect(self._on_row)
        self._retranslate()

    def select_page(self, name: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(NAME_ROLE) == name:
                if row != self.currentRow():
                    self.setCurrentRow(row)
                return

    def current_page(self) -> str | None:
        item = self.currentItem()
        return str(item.data(NAME_ROLE)) if item is not None else None

    def _on_row(self, row: int) -> None:
        if row >= 0:
            self.page_selected.emit(str(self.item(row).data(NAME_ROLE)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._width = None
            self.updateGeometry()
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self.recolour_icons()
        super().changeEvent(event)

    def recolour_icons(self) -> None:
        """Redraw the icons in the text colour of the current (light or dark) palette."""
        colour = self.palette().color(self.palette().ColorRole.Text)
        for row, spec in enumerate(PAGES):
            self.item(row).setIcon(icon(spec.icon, colour))

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Pages"))
        for row, spec in enumerate(PAGES):
            self.item(row).setText(spec.title())
        self._width = None
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        """Wide enough for the longest page title in the current language. Measuring the
        titles is kept until they, the font or the style change: the window's layout asks
        dozens of times as it starts (6 ms of its first paint)."""
        if self._width is None:
            self._width = self.sizeHintForColumn(0) + 2 * self.frameWidth() + 16
        return QSize(self._width, super().sizeHint().height())
