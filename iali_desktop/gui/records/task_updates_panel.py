"""A task's progress updates as a timeline, newest first, with a way to add one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.records.display import ValueFormatter

translate = QCoreApplication.translate


class TaskUpdatesPanel(QWidget):
    """The timeline of one task; refreshed whenever updates or people change."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task_id: str | None = None
        self._stale = True
        self.dialog: QWidget | None = None
        self._fmt = ValueFormatter()
        self.timeline = QListWidget(self)
        self.timeline.setWordWrap(True)
        self.timeline.setSpacing(3)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setAccessibleName(translate("TaskUpdatesPanel", "Progress updates"))
        self.empty = QLabel(translate("TaskUpdatesPanel", "No progress updates yet."), self)
        self.add_button = QPushButton(translate("TaskUpdatesPanel", "&Add update…"), self)
        self.add_button.clicked.connect(self.add_update)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.empty)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.timeline, 1)
        ctx.events.changed.connect(self._changed)
        self.set_record(None)

    def set_record(self, row_id: str | None) -> None:
        self.task_id = row_id
        self.add_button.setEnabled(row_id is not None)
        self._refresh_when_seen()

    def _changed(self, type_name: str) -> None:
        if type_name in ("task_update", "person", ""):
            self._refresh_when_seen()

    def _refresh_when_seen(self) -> None:
        # Read when shown: the tab is behind the form when a task page opens.
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def updates(self) -> list[dict[str, object]]:
        if self.task_id is None:
            return []
        return self.ctx.records.list("task_update", Query(
            filters=(Filter("task", Op.EQ, self.task_id),), order=("-date",)))

    def refresh(self) -> None:
        self._stale = False
        self.timeline.clear()
        rows = self.updates()
        authors = self.ctx.records.titles(
            "person", [str(r["author"]) for r in rows if r.get("author")])
        for row in rows:
            head = [self._fmt.date(str(row["date"]))]
            if row.get("author"):
                head.append(authors.get(str(row["author"]), ""))
            if row.get("progress") is not None:
                head.append(f"{row['progress']} %")
            item = QListWidgetItem(" · ".join(head) + "\n" + str(row.get("text") or ""))
            self.timeline.addItem(item)
        self.empty.setVisible(not rows and self.task_id is not None)

    def entries(self) -> list[str]:
        if self._stale:
            self.refresh()
        return [self.timeline.item(i).text() for i in range(self.timeline.count())]

    def add_update(self) -> None:
        if self.task_id is None:
            return
        from iali_desktop.gui.records.task_update_dialog import TaskUpdateDialog
        self.dialog = TaskUpdateDialog(self.ctx, self.task_id, self)
        self.dialog.open()
