"""Assessing an assistance request: each criterion of the editable list met or not, scored
0-5 with a note, a running total, and the EC's decision with its date.

The criteria come from the `assistance_criterion` list (editable data, not code), so a
criterion added to the list appears here for every request. Saving writes the new and
changed assessments and the decision as one undo step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from iali_desktop.domain import translation
from iali_desktop.domain.errors import IaliError
from iali_desktop.domain.ids import new_id
from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.labels import field_label
from iali_desktop.gui.records.editors import ChoiceEditor, DateEditor
from iali_desktop.gui.records.undo import Change, ChangeSetCommand, push
from iali_desktop.services.records import record_type

MAX_SCORE = 5
_NO_SCORE = -1


translate = QCoreApplication.translate


@dataclass
class CriterionRow:
    """The controls of one criterion and the assessment record behind them, if any."""

    criterion_id: str
    met: QCheckBox
    score: QSpinBox
    note: QLineEdit
    assessment_id: str | None = None

    def values(self) -> dict[str, Any]:
        score = self.score.value()
        return {
            "met": self.met.isChecked(),
            "score": None if score == _NO_SCORE else score,
            "note": self.note.text().strip() or None,
        }


class CriteriaPanel(QWidget):
    """The checklist and the decision for the request on the page."""

    dirty_changed = Signal(bool)  # reaches the window's unsaved-edit marker via the page

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._was_dirty = False
        self.request_id: str | None = None
        self._saved: dict[str, dict[str, Any]] = {}
        self._saved_decision: tuple[Any, Any] = (None, None)
        self.rows: list[CriterionRow] = []
        self.grid = QGridLayout()
        self.total = QLabel(self)
        self.total.setAccessibleName(translate("CriteriaPanel", "Total score"))
        font = self.total.font()
        font.setBold(True)
        self.total.setFont(font)
        request = record_type("assistance_request")
        self.decision = ChoiceEditor(request.field("ec_decision"), self)
        self.decided_on = DateEditor(request.field("decided_on"), self)
        decision_label = field_label("assistance_request", "ec_decision")
        self.decision.set_accessible_name(decision_label)
        self.decided_on.set_accessible_name(field_label("assistance_request", "decided_on"))
        self.decision.edited.connect(self._decision_edited)
        self.decided_on.edited.connect(self._update)
        box = QGroupBox(translate("CriteriaPanel", "Decision"), self)
        form = QFormLayout(box)
        label = QLabel(decision_label, box)
        label.setBuddy(self.decision)
        form.addRow(label, self.decision)
        date_label = QLabel(field_label("assistance_request", "decided_on"), box)
        date_label.setBuddy(self.decided_on)
        form.addRow(date_label, self.decided_on)
        self.save_button = QPushButton(translate("CriteriaPanel", "&Save assessment"), self)
        self.revert_button = QPushButton(translate("CriteriaPanel", "Revert"), self)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.reload)
        self.total.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addWidget(self.total)
        layout.addWidget(box)
        layout.addLayout(buttons)
        layout.addStretch(1)
        ctx.events.changed.connect(self._changed)
        self.set_record(None)

    # -- loading -------------------------------------------------------------------------
    def set_record(self, row_id: str | None) -> None:
        self.request_id = row_id
        self.reload()

    def _changed(self, type_name: str) -> None:
        if (
            type_name in ("criterion_assessment", "assistance_request", "term", "")
            and not self.dirty
        ):
            self.reload()

    def reload(self) -> None:
        self._build_rows()
        existing: dict[str, dict[str, Any]] = {}
        request: dict[str, Any] = {}
        if self.request_id is not None:
            try:
                request = self.ctx.records.get("assistance_request", self.request_id)
            except IaliError:
                self.request_id = None
            else:
                for found in self.ctx.records.list(
                    "criterion_assessment",
                    Query(filters=(Filter("request", Op.EQ, self.request_id),)),
                ):
                    existing[str(found["criterion"])] = found
        self._saved = {}
        for line in self.rows:
            saved = existing.get(line.criterion_id, {})
            line.assessment_id = saved.get("id")
            line.met.setChecked(bool(saved.get("met")))
            score = saved.get("score")
            line.score.setValue(_NO_SCORE if score is None else int(score))
            line.note.setText(saved.get("note") or "")
            self._saved[line.criterion_id] = line.values()
        self.decision.set_value(request.get("ec_decision"))
        self.decided_on.set_value(request.get("decided_on"))
        self._saved_decision = (self.decision.state(), self.decided_on.state())
        self.setEnabled(self.request_id is not None)
        self._update()

    def _build_rows(self) -> None:
        terms = self.ctx.records.list(
            "term",
            Query(
                filters=(Filter("vocabulary", Op.EQ, "assistance_criterion"),),
                order=("sort_order", "name"),
            ),
        )
        if [r.criterion_id for r in self.rows] == [t["id"] for t in terms]:
            return
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        self.rows = []
        for col, text in enumerate(
            (
                translate("CriteriaPanel", "Criterion"),
                translate("CriteriaPanel", "Met"),
                translate("CriteriaPanel", "Score (0-5)"),
                translate("CriteriaPanel", "Note"),
            )
        ):
            header = QLabel(f"<b>{text}</b>", self)
            self.grid.addWidget(header, 0, col)
        for i, term in enumerate(terms, start=1):
            # A shipped criterion in the window's language; one a user added as typed.
            name = translation.shipped_name("term", str(term["name"]))
            label = QLabel(name, self)
            label.setWordWrap(True)
            met = QCheckBox(self)
            met.setAccessibleName(translate("CriteriaPanel", "%1: met").replace("%1", name))
            score = QSpinBox(self)
            score.setRange(_NO_SCORE, MAX_SCORE)
            score.setSpecialValueText("—")
            score.setFixedWidth(score.fontMetrics().horizontalAdvance("0000") + 40)
            score.setAccessibleName(translate("CriteriaPanel", "%1: score").replace("%1", name))
            note = QLineEdit(self)
            note.setMinimumWidth(60)
            note.setAccessibleName(translate("CriteriaPanel", "%1: note").replace("%1", name))
            met.toggled.connect(self._update)
            score.valueChanged.connect(self._update)
            note.textEdited.connect(self._update)
            label.setBuddy(met)
            for col, widget in enumerate((label, met, score, note)):
                self.grid.addWidget(widget, i, col)
            self.rows.append(CriterionRow(str(term["id"]), met, score, note))
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(3, 2)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)

    # -- state ---------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return (
            any(r.values() != self._saved.get(r.criterion_id) for r in self.rows)
            or (self.decision.state(), self.decided_on.state()) != self._saved_decision
        )

    def total_score(self) -> int:
        return sum(r.values()["score"] or 0 for r in self.rows)

    def _decision_edited(self) -> None:
        decided = self.decision.state() not in (None, "pending")
        if decided and self.decided_on.state() is None:
            self.decided_on.set_value(QDate.currentDate().toString(Qt.DateFormat.ISODate))
        self._update()

    def _update(self) -> None:
        met = sum(1 for r in self.rows if r.met.isChecked())
        self.total.setText(
            translate("CriteriaPanel", "Total score: %1 of %2 · %3 of %4 criteria met")
            .replace("%1", str(self.total_score()))
            .replace("%2", str(MAX_SCORE * len(self.rows)))
            .replace("%3", str(met))
            .replace("%4", str(len(self.rows)))
        )
        dirty = self.dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)

    # -- saving --------------------------------------------------------------------------
    def save(self) -> bool:
        if self.request_id is None:
            return False
        changes: list[Change] = []
        for row in self.rows:
            values = row.values()
            if row.assessment_id is not None:
                old = self._saved[row.criterion_id]
                diff = {k: v for k, v in values.items() if v != old.get(k)}
                if diff:
                    changes.append(
                        Change("update", "criterion_assessment", row.assessment_id, diff)
                    )
            elif values["met"] or values["score"] is not None or values["note"]:
                changes.append(
                    Change(
                        "create",
                        "criterion_assessment",
                        new_id(),
                        {
                            "request": self.request_id,
                            "criterion": row.criterion_id,
                            **{k: v for k, v in values.items() if v is not None},
                        },
                    )
                )
        try:
            decision = {"ec_decision": self.decision.value(), "decided_on": self.decided_on.value()}
        except IaliError as exc:
            QMessageBox.warning(self, translate("CriteriaPanel", "Not saved"), str(exc))
            return False
        if (self.decision.state(), self.decided_on.state()) != self._saved_decision:
            changes.append(Change("update", "assistance_request", self.request_id, decision))
        if not changes:
            return True
        outcome = push(
            self.ctx,
            ChangeSetCommand(self.ctx, translate("CriteriaPanel", "Assess request"), changes),
        )
        if not outcome.ok:
            QMessageBox.warning(self, translate("CriteriaPanel", "Not saved"), outcome.error)
            return False
        self.reload()
        return True

    def maybe_leave(self) -> bool:
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self,
            translate("CriteriaPanel", "Unsaved assessment"),
            translate("CriteriaPanel", "Save the changed assessment?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.reload()
            return True
        return False
