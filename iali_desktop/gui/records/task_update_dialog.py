"""Adding a dated progress update to a task, with its author, new progress and status.

The update and the task's new progress and status are written in one undo step, so undoing
the update also puts the task back. The rule of the record ("done" goes with 100 %) is
kept as the user sets either value: choosing Done moves progress to 100, and lowering
progress on a done task moves it back to In progress. The author starts as the person
this install's profile names (else the task's owner).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from iali_desktop.domain.choices import TaskStatus
from iali_desktop.domain.errors import ValidationError
from iali_desktop.domain.ids import new_id
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.date_line import DateLine
from iali_desktop.gui.elided_label import ElidedLabel
from iali_desktop.gui.labels import choice_label, field_label
from iali_desktop.gui.records.ref_picker import RefPicker
from iali_desktop.gui.records.undo import Change, ChangeSetCommand, push
from iali_desktop.services.profile import load_profile

translate = QCoreApplication.translate
DONE = TaskStatus.DONE.value


class TaskUpdateDialog(QDialog):
    """Date (today by default), author, text, progress and status of one update."""

    def __init__(self, ctx: AppContext, task_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task_id = task_id
        task = ctx.records.get("task", task_id)
        self._old_progress = task.get("progress")
        self._old_status = task.get("status")
        self.setWindowTitle(translate("TaskUpdateDialog", "Add progress update"))
        heading = ElidedLabel(ctx.records.title("task", task_id), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.date = DateLine(self)
        self.date.set_date(dt.date.today())
        self.author = RefPicker(ctx, "person", parent=self)
        profile = load_profile(ctx.ws)
        me = profile.person if profile is not None else None
        if me or task.get("owner"):
            self.author.set_id(me or task["owner"])
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.progress = QSpinBox(self)
        self.progress.setRange(0, 100)
        self.progress.setSuffix(" %")
        self.progress.setValue(int(self._old_progress or 0))
        self.status = QComboBox(self)
        if self._old_status is None:
            self.status.addItem("—", None)
        for status in TaskStatus:
            self.status.addItem(choice_label(status.value), status.value)
        self.status.setCurrentIndex(max(self.status.findData(self._old_status), 0))
        self.rule = QLabel(translate("TaskUpdateDialog", "“Done” means 100 % progress."), self)
        self.rule.setStyleSheet("color: palette(placeholder-text);")
        self.status.currentIndexChanged.connect(self._status_chosen)
        self.progress.valueChanged.connect(self._progress_set)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        for name, widget in (
            ("date", self.date),
            ("author", self.author),
            ("text", self.text),
            ("progress", self.progress),
        ):
            label = QLabel(
                field_label("task_update", name) + (" *" if name in ("date", "text") else "")
            )
            label.setBuddy(widget)
            widget.setAccessibleName(field_label("task_update", name))
            form.addRow(label, widget)
        status_label = QLabel(field_label("task", "status"), self)
        status_label.setBuddy(self.status)
        self.status.setAccessibleName(field_label("task", "status"))
        form.addRow(status_label, self.status)
        form.addRow("", self.rule)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(max(self.sizeHint().width(), 480), self.sizeHint().height())
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def _status_chosen(self, _index: int) -> None:
        if self.status.currentData() == DONE and self.progress.value() != 100:
            self.progress.setValue(100)

    def _progress_set(self, value: int) -> None:
        if value < 100 and self.status.currentData() == DONE:
            self.status.setCurrentIndex(self.status.findData(TaskStatus.IN_PROGRESS.value))

    def accept(self) -> None:
        """Write the update (and the task's progress and status); stay open on a refusal."""
        text = self.text.toPlainText().strip()
        if not text:
            return self._show(
                translate("TaskUpdateDialog", "Write what happened: the update text is required.")
            )
        try:
            author = self.author.current_id()
            day = self.date.date()
        except ValidationError as exc:
            return self._show(str(exc))
        if day is None:
            return self._show(translate("TaskUpdateDialog", "The date is required."))
        values: dict[str, Any] = {
            "task": self.task_id,
            "date": day.isoformat(),
            "text": text,
            "progress": self.progress.value(),
        }
        if author:
            values["author"] = author
        changes = [Change("create", "task_update", new_id(), values)]
        task_changes: dict[str, Any] = {}
        if self.progress.value() != self._old_progress:
            task_changes["progress"] = self.progress.value()
        if self.status.currentData() != self._old_status:
            task_changes["status"] = self.status.currentData()
        if task_changes:
            changes.append(Change("update", "task", self.task_id, task_changes))
        outcome = push(
            self.ctx,
            ChangeSetCommand(
                self.ctx, translate("TaskUpdateDialog", "Add progress update"), changes
            ),
        )
        if not outcome.ok:
            return self._show(outcome.error)
        super().accept()
        return None

    def _show(self, message: str) -> None:
        self.error.setText(message[:1].upper() + message[1:])
        self.error.show()
