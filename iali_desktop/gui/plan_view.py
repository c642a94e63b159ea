"""The plan tree's view: it reads more of a group's tasks as they come into sight.

`PlanTreeModel` reads each group's tasks a chunk at a time. Qt's own fetching
(`canFetchMore`) would read a chunk more into every expanded group at each layout, and a
group in the middle of the tree only when the view reaches its very bottom; here a group
reads on when its last read task comes within a screen below the view's bottom edge, so
scrolling down never shows a group cut short, and End reads the last groups to their end.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from .plan_model import PlanTreeModel

CursorAction = QAbstractItemView.CursorAction


class PlanTreeView(QTreeView):
    """A tree view over a `PlanTreeModel` that reads the tasks it is about to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Once the view has laid out what changed (after the events that changed it).
        self._soon = QTimer(self, singleShot=True, interval=0)
        self._soon.timeout.connect(self.read_what_comes_into_sight)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._soon.start())
        self.expanded.connect(lambda _i: self._soon.start())
        self.collapsed.connect(lambda _i: self._soon.start())

    def plan_model(self) -> PlanTreeModel:
        model = self.model()
        assert isinstance(model, PlanTreeModel)
        return model

    def setModel(self, model: PlanTreeModel) -> None:  # type: ignore[override]
        super().setModel(model)
        model.modelReset.connect(self._soon.start)
        model.rowsInserted.connect(lambda *_a: self._soon.start())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._soon.start()

    def read_what_comes_into_sight(self) -> None:
        """Read more of each group whose last read task is on screen or within a screen
        below it."""
        model = self.plan_model()
        index = self.indexAt(QPoint(1, 1))
        rows = 2 * self.viewport().height() // max(self.rowHeight(index), 1) + 1 \
            if index.isValid() else 0
        groups: list[QPersistentModelIndex] = []
        for _ in range(rows):
            if not index.isValid():
                break
            parent = index.parent()
            if model.more(parent) and index.row() == model.rowCount(parent) - 1:
                groups.append(QPersistentModelIndex(parent))
            index = self.indexBelow(index)
        for group in groups:
            model.fetch(group)

    def moveCursor(self, action: CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        if action == CursorAction.MoveEnd:
            self._read_the_end()
        return super().moveCursor(action, modifiers)

    def _read_the_end(self) -> None:
        """Read every task of the groups shown last, so End goes to the real last row."""
        model = self.plan_model()
        index = model.index(model.rowCount() - 1, 0)
        while index.isValid() and self.isExpanded(index):
            more = model.more(index)
            if more:
                model.fetch(index, model.rowCount(index) + more)
            index = model.index(model.rowCount(index) - 1, 0, index)
