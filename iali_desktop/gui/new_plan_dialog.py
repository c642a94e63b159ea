"""The "Start a new plan…" dialog: title and years of the next triennium, and its source.

It only gathers the choices; the page turns them into a `StartPlanCommand`, so starting a
plan is one step on the undo stack like any other edit.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from iali_desktop.services.records import Record

PLAN_YEARS = 3


@dataclass(frozen=True)
class NewPlanChoice:
    source_plan_id: str
    title: str
    period_start: int
    period_end: int


class NewPlanDialog(QDialog):
    """Asks for the new plan's title and period, prefilled from the source plan."""

    def __init__(self, plans: list[Record], source_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a new plan"))
        self.source = QComboBox(self)
        for plan in plans:
            self.source.addItem(plan["title"] or "", plan["id"])
        if source_id is not None:
            self.source.setCurrentIndex(max(self.source.findData(source_id), 0))
        self.title = QLineEdit(self)
        self.start = QSpinBox(self)
        self.end = QSpinBox(self)
        for spin in (self.start, self.end):
            spin.setRange(1990, 2100)
            spin.setGroupSeparatorShown(False)
        explain = QLabel(self.tr(
            "The new plan gets the source plan's six action areas, its ongoing activities "
            "and every specific task not yet done or cancelled."), self)
        explain.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start plan"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(explain)
        form.addRow(self.tr("Carry forward from:"), self.source)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("From year:"), self.start)
        form.addRow(self.tr("To year:"), self.end)
        form.addRow(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._plans = {p["id"]: p for p in plans}
        self.source.currentIndexChanged.connect(lambda _i: self._prefill())
        self.start.valueChanged.connect(self._on_start)
        self.title.textChanged.connect(lambda _t: self._validate())
        self._prefill()
        self.resize(520, self.sizeHint().height())

    def _prefill(self) -> None:
        plan = self._plans.get(self.source.currentData())
        end = int(plan["period_end"]) if plan and plan["period_end"] else 2024
        self.start.setValue(end + 1)
        self._on_start(end + 1)

    def _on_start(self, start: int) -> None:
        self.end.setValue(start + PLAN_YEARS)
        self.title.setText(self.tr("IALI Action Plan %1 – %2").replace("%1", str(start))
                           .replace("%2", str(start + PLAN_YEARS)))

    def _validate(self) -> None:
        self.ok_button.setEnabled(bool(self.title.text().strip())
                                  and self.source.currentData() is not None)

    def choice(self) -> NewPlanChoice:
        return NewPlanChoice(str(self.source.currentData()), self.title.text().strip(),
                             self.start.value(), self.end.value())
