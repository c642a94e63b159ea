"""Adding a dated progress update to a task, with its author and new progress.

The update and the task's new progress are written in one undo step, so undoing the update
also puts the task's progress back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from iali_desktop.domain.errors import ValidationError
from iali_desktop.domain.ids import new_id
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.labels import field_label
from iali_desktop.gui.records.display import date_format
from iali_desktop.gui.records.ref_picker import RefPicker
from iali_desktop.gui.records.undo import Change, ChangeSetCommand, push

translate = QCoreApplication.translate


class TaskUpdateDialog(QDialog):
    """Date (today by default), author, text and progress of one update."""

    def __init__(self, ctx: AppContext, task_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task_id = task_id
        task = ctx.records.get("task", task_id)
        self._old_progress = task.get("progress")
        self.setWindowTitle(translate("TaskUpdateDialog", "Add progress update"))
        heading = QLabel(ctx.records.title("task", task_id), self)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_format(self.date.locale()))
        self.author = RefPicker(ctx, "person", parent=self)
        if task.get("owner"):
            self.author.set_id(task["owner"])
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.progress = QSpinBox(self)
        self.progress.setRange(0, 100)
        self.progress.setSuffix(" %")
        self.progress.setValue(int(self._old_progress or 0))
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
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        """Write the update (and the task's progress); stay open on a refusal."""
        text = self.text.toPlainText().strip()
        if not text:
            return self._show(
                translate("TaskUpdateDialog", "Write what happened: the update text is required.")
            )
        try:
            author = self.author.current_id()
        except ValidationError as exc:
            return self._show(str(exc))
        values = {
            "task": self.task_id,
            "date": self.date.date().toString(Qt.DateFormat.ISODate),
            "text": text,
            "progress": self.progress.value(),
        }
        if author:
            values["author"] = author
        changes = [Change("create", "task_update", new_id(), values)]
        if self.progress.value() != self._old_progress:
            changes.append(
                Change("update", "task", self.task_id, {"progress": self.progress.value()})
            )
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
