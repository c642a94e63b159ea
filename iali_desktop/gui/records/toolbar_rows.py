"""A record page's two toolbars, in one row when both fit the page's width, else the
second under the first: one row of every action overflowed a 1024 px window in French
and Spanish into Qt's "»" button, which hides them; two rows always cost a line of height
even where one would do (the events' single "Add to calendar…")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QToolBar, QWidget


class ToolbarRows(QWidget):
    """`first` at the top left; `second` beside it, or under it when too wide."""

    def __init__(self, first: QToolBar, second: QToolBar, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.first = first
        self.second = second
        self.stacked: bool | None = None
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(0)
        self.grid.addWidget(first, 0, 0)
        self._place(stacked=False)

    def _place(self, *, stacked: bool) -> None:
        if stacked == self.stacked:
            return
        self.stacked = stacked
        self.grid.removeWidget(self.second)
        if stacked:
            self.grid.addWidget(self.second, 1, 0, 1, 2)
            self.grid.setColumnStretch(0, 1)
            self.grid.setColumnStretch(1, 0)
        else:
            self.grid.addWidget(self.second, 0, 1)
            self.grid.setColumnStretch(0, 0)
            self.grid.setColumnStretch(1, 1)

    def refit(self) -> None:
        """Side by side when both toolbars' buttons fit the width, else stacked."""
        wanted = self.first.sizeHint().width()
        if not self.second.isHidden():
            wanted += self.second.sizeHint().width()
        self._place(stacked=wanted > self.width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refit()


def type_toolbar(parent: QWidget) -> QToolBar:
    """The second toolbar of a record page: the actions only its record type offers."""
    bar = QToolBar(parent)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    bar.setAccessibleName(QCoreApplication.translate("RecordPage", "Actions on this record"))
    return bar
