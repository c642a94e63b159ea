""""Task in the plan…" for an action item: a new task under an action area of the
meeting's plan, or a link to a task that exists already.

Either way it is one undoable step: the task and the action item's link are written in
one change set (the values come from `services/minutes.py`), so one undo takes both back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from iali_desktop.domain.errors import IaliError
from iali_desktop.domain.query import Filter, Op
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.records.ref_picker import RefPicker
from iali_desktop.gui.records.undo import Change, ChangeSetCommand, push
from iali_desktop.services import minutes

translate = QCoreApplication.translate
ERROR_STYLE = "color: #b3261e;"


class ActionTaskDialog(QDialog):
    """Make one action item a task of the plan (new or existing)."""

    def __init__(self, ctx: AppContext, decision_id: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.decision_id = decision_id
        self.task_id: str | None = None  # the task the action item points at once done
        self.setWindowTitle(translate("ActionTaskDialog", "Action item in the plan"))
        records = ctx.records
        item = records.get("decision", decision_id)
        plan = minutes.meeting_plan(records, item["meeting"])
        text = (item["text"] or "").strip().splitlines()
        about = QLabel(text[0] if text else "", self)
        about.setWordWrap(True)
        self.new_radio = QRadioButton(
            translate("ActionTaskDialog", "&New task under the action area:"), self)
        self.area_combo = QComboBox(self)
        self.area_combo.setAccessibleName(translate("ActionTaskDialog", "Action area"))
        if plan is not None:
            for area in minutes.plan_areas(records, plan["id"]):
                self.area_combo.addItem(f"{area['number']}. {area['role_name'] or ''}",
                                        area["id"])
        self.link_radio = QRadioButton(translate("ActionTaskDialog", "&Existing task:"), self)
        self.task_picker = RefPicker(ctx, "task", parent=self)
        self.task_picker.setAccessibleName(translate("ActionTaskDialog", "Existing task"))
        if plan is not None:
            self.task_picker.set_scope((Filter("plan", Op.EQ, plan["id"]),))
        self.task_picker.picked.connect(lambda: self.link_radio.setChecked(True))
        group = QButtonGroup(self)
        group.addButton(self.new_radio)
        group.addButton(self.link_radio)
        can_create = self.area_combo.count() > 0
        self.new_radio.setEnabled(can_create)
        self.area_combo.setEnabled(can_create)
        (self.new_radio if can_create else self.link_radio).setChecked(True)
        plan_line = QLabel(
            translate("ActionTaskDialog", "Plan: %1").replace("%1", plan["title"] or "")
            if plan is not None else
            translate("ActionTaskDialog", "No action plan covers this meeting's year: link "
                      "the action item to an existing task."), self)
        plan_line.setWordWrap(True)
        choices = QGridLayout()  # each choice's control under its label, indented
        choices.setColumnMinimumWidth(0, 24)
        choices.addWidget(self.new_radio, 0, 0, 1, 2)
        choices.addWidget(self.area_combo, 1, 1)
        choices.addWidget(self.link_radio, 2, 0, 1, 2)
        choices.addWidget(self.task_picker, 3, 1)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(plan_line)
        layout.addLayout(choices)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def changes(self) -> tuple[str, list[Change]]:
        """The undo step's text and writes (raises IaliError with what to change)."""
        records = self.ctx.records
        if self.new_radio.isChecked():
            new = minutes.new_task_for_action(records, self.decision_id,
                                              str(self.area_combo.currentData()))
            self.task_id = new.task_id
            return (translate("ActionTaskDialog", "Make an action item a task"),
                    [Change("create", "task", new.task_id, new.task),
                     Change("update", "decision", new.decision_id, new.decision)])
        task_id = self.task_picker.current_id()
        if task_id is None:
            raise IaliError(translate("ActionTaskDialog", "Choose the task to link to."))
        self.task_id = task_id
        return (translate("ActionTaskDialog", "Link an action item to a task"),
                [Change("update", "decision", self.decision_id,
                        minutes.link_values(records, self.decision_id, task_id))])

    def accept(self) -> None:
        try:
            text, changes = self.changes()
        except IaliError as exc:
            self._show(str(exc))
            return
        outcome = push(self.ctx, ChangeSetCommand(self.ctx, text, changes))
        if not outcome.ok:
            self._show(outcome.error)
            return
        super().accept()

    def _show(self, message: str) -> None:
        self.error.setText(message[:1].upper() + message[1:])
        self.error.show()
