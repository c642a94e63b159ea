"""One editor widget per field kind, all with the same small interface for the form.

`value()` returns the field's value in canonical form or raises `ValidationError` with a
sentence for the user (parsing goes through `domain.values`, the same rules as the CLI and
the services); `state()` returns what is on screen, for the unsaved-edit marker, without
ever raising; `edited` fires on every user change.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from iali_desktop.domain.errors import ValidationError
from iali_desktop.domain.fields import FieldKind, FieldSpec
from iali_desktop.domain.values import Value, check, parse_text
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.date_line import DateLine
from iali_desktop.gui.labels import choice_label
from iali_desktop.gui.records.multi_ref_picker import MultiRefPicker
from iali_desktop.gui.records.ref_picker import RefPicker

_CHECKED = Qt.CheckState.Checked
_DATA = Qt.ItemDataRole.UserRole


translate = QCoreApplication.translate


class FieldEditor(QWidget):
    """The common shape: a single inner control, a value, a screen state."""

    edited = Signal()
    problem = Signal(str)  # what is wrong with the text as typed so far ("" when nothing)

    def __init__(self, spec: FieldSpec, control: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.control = control
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(control, 1)
        self._layout = layout
        self.setFocusProxy(control)

    def set_accessible_name(self, name: str) -> None:
        self.control.setAccessibleName(name)

    # Every editor kind below overrides these three (Qt's metaclass rules out ABCMeta, so
    # the base says so by raising if a new kind forgets one).
    def value(self) -> Value:
        raise NotImplementedError

    def set_value(self, value: Value) -> None:
        raise NotImplementedError

    def state(self) -> Any:
        raise NotImplementedError


class LineEditor(FieldEditor):
    """Text, e-mail, web address, decimal amount and comma lists of short strings."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        self.line = QLineEdit()
        super().__init__(spec, self.line, parent)
        hints = {
            FieldKind.URL: "https://…",
            FieldKind.EMAIL: translate("FieldEditor", "name@example.org"),
            FieldKind.STRINGS: translate("FieldEditor", "several values, separated by commas"),
            FieldKind.DECIMAL: "0.00",
        }
        # A meeting without a start time starts at 09:00 (services/reporting/meeting.py).
        named = {"start_time": "09:00"}
        self.line.setPlaceholderText(named.get(spec.name, hints.get(spec.kind, "")))
        self.line.textEdited.connect(lambda _t: self.edited.emit())

    def value(self) -> Value:
        return parse_text(self.spec, self.line.text())

    def set_value(self, value: Value) -> None:
        self.line.setText(
            ", ".join(value) if isinstance(value, list) else "" if value is None else str(value)
        )
        self.line.setCursorPosition(0)  # show the start of long text, not its end

    def state(self) -> Any:
        return self.line.text().strip()


class LongTextEditor(FieldEditor):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        self.edit = QPlainTextEdit()
        super().__init__(spec, self.edit, parent)
        self.edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.edit.setFixedHeight(72)
        self.edit.textChanged.connect(self.edited.emit)

    def value(self) -> Value:
        return parse_text(self.spec, self.edit.toPlainText())

    def set_value(self, value: Value) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def state(self) -> Any:
        return self.edit.toPlainText().strip()


class IntegerEditor(FieldEditor):
    """A spin box whose lowest position means "not set"."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        self.spin = QSpinBox()
        super().__init__(spec, self.spin, parent)
        low = spec.minimum if spec.minimum is not None else -1_000_000_000
        high = spec.maximum if spec.maximum is not None else 1_000_000_000
        self._unset = low - 1
        self.spin.setRange(self._unset, high)
        self.spin.setSpecialValueText("—")
        self.spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.spin.setMinimumWidth(110)
        self._layout.setStretch(0, 0)
        self._layout.addStretch(1)
        self.spin.valueChanged.connect(lambda _v: self.edited.emit())

    def value(self) -> Value:
        number = self.spin.value()
        return None if number == self._unset else check(self.spec, number)

    def set_value(self, value: Value) -> None:
        self.spin.setValue(self._unset if value is None else int(value))  # type: ignore[arg-type]

    def state(self) -> Any:
        return self.spin.value()


class DateEditor(FieldEditor):
    """A typed date (locale order or ISO) with a calendar; empty means no date. Text that
    is not a date is flagged as typed and refused by `value()`, never replaced by a guess."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        self.date = DateLine()
        super().__init__(spec, self.date, parent)
        self.date.edited.connect(self.edited.emit)
        self.date.problem.connect(self.problem.emit)

    def set_accessible_name(self, name: str) -> None:
        self.date.line.setAccessibleName(name)
        self.date.calendar_button.setAccessibleName(
            translate("FieldEditor", "%1: calendar").replace("%1", name))

    def value(self) -> Value:
        try:
            day = self.date.date()
        except ValidationError as exc:
            raise ValidationError(f"{self.spec.name}: {exc}") from None
        return None if day is None else check(self.spec, day.isoformat())

    def set_value(self, value: Value) -> None:
        try:
            day = dt.date.fromisoformat(str(value)) if value else None
        except ValueError:
            day = None
        before = self.state()
        self.date.set_date(day)
        if self.state() != before:
            self.edited.emit()

    def state(self) -> Any:
        try:
            day = self.date.date()
        except ValidationError:
            return self.date.text()
        return None if day is None else day.isoformat()


class BoolEditor(FieldEditor):
    """Yes or no. A value never set stays unset until the box is changed, so opening and
    saving a record does not invent a "No"."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        self.box = QCheckBox()
        super().__init__(spec, self.box, parent)
        self._unset = True
        self.box.checkStateChanged.connect(self._changed)
        self._changed(self.box.checkState())

    def _changed(self, state: Qt.CheckState) -> None:
        self.box.setText(translate("FieldEditor", "Yes") if state == _CHECKED
                         else translate("FieldEditor", "No"))
        if not self._loading:
            self._unset = False
        self.edited.emit()

    _loading = False

    def value(self) -> Value:
        return None if self._unset else self.box.isChecked()

    def set_value(self, value: Value) -> None:
        self._loading = True
        self.box.setChecked(bool(value))
        self._loading = False
        self._unset = value is None

    def state(self) -> Any:
        return self.value()


class ChoiceEditor(FieldEditor):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        self.combo = QComboBox()
        super().__init__(spec, self.combo, parent)
        # As wide as the form allows, but never wider than a short entry demands: a long
        # translated choice must not push the form past the detail side.
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(16)
        self.combo.addItem("", None)
        for value in spec.choices:
            self.combo.addItem(choice_label(value), value)
        self.combo.currentIndexChanged.connect(lambda _i: self.edited.emit())

    def value(self) -> Value:
        data = self.combo.currentData()
        return None if data is None else check(self.spec, data)

    def set_value(self, value: Value) -> None:
        index = self.combo.findData(value) if value is not None else 0
        self.combo.setCurrentIndex(max(index, 0))

    def state(self) -> Any:
        return self.combo.currentData()


class ChoicesEditor(FieldEditor):
    """Several values of a fixed list, as check boxes in a short list."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        self.list = QListWidget()
        super().__init__(spec, self.list, parent)
        for value in spec.choices:
            item = QListWidgetItem(choice_label(value))
            item.setData(_DATA, value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        rows = min(len(spec.choices), 8)
        line = max(self.list.sizeHintForRow(0), self.list.fontMetrics().height() + 4)
        self.list.setFixedHeight(rows * line + 2 * self.list.frameWidth() + 4)
        self.list.itemChanged.connect(lambda _i: self.edited.emit())

    def value(self) -> Value:
        return check(self.spec, self.state()) or None

    def set_value(self, value: Value) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(_CHECKED if item.data(_DATA) in chosen else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)

    def state(self) -> Any:
        return [
            str(self.list.item(i).data(_DATA))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == _CHECKED
        ]


class RefEditor(FieldEditor):
    def __init__(self, ctx: AppContext, spec: FieldSpec, parent: QWidget | None = None) -> None:
        self.picker = RefPicker(ctx, spec.target or "", spec.vocabulary)
        super().__init__(spec, self.picker, parent)
        self.picker.picked.connect(self.edited.emit)

    def value(self) -> Value:
        return self.picker.current_id()

    def set_value(self, value: Value) -> None:
        self.picker.set_id(str(value) if value else None)

    def state(self) -> Any:
        return self.picker.state()


class RefsEditor(FieldEditor):
    def __init__(self, ctx: AppContext, spec: FieldSpec, parent: QWidget | None = None) -> None:
        self.picker = MultiRefPicker(ctx, spec.target or "", spec.vocabulary)
        super().__init__(spec, self.picker, parent)
        self.picker.changed.connect(self.edited.emit)

    def set_accessible_name(self, name: str) -> None:
        self.picker.set_accessible_name(name)

    def value(self) -> Value:
        return self.picker.ids() or None

    def set_value(self, value: Value) -> None:
        self.picker.set_ids(list(value) if isinstance(value, list) else [])

    def state(self) -> Any:
        return self.picker.ids()


def make_editor(ctx: AppContext, spec: FieldSpec, parent: QWidget | None = None) -> FieldEditor:
    """The editor for a field, chosen by its kind."""
    kind = spec.kind
    if kind is FieldKind.LONGTEXT:
        return LongTextEditor(spec, parent)
    if kind is FieldKind.INTEGER:
        return IntegerEditor(spec, parent)
    if kind is FieldKind.DATE:
        return DateEditor(spec, parent)
    if kind is FieldKind.BOOLEAN:
        return BoolEditor(spec, parent)
    if kind is FieldKind.CHOICE:
        return ChoiceEditor(spec, parent)
    if kind is FieldKind.CHOICES:
        return ChoicesEditor(spec, parent)
    if kind is FieldKind.REF:
        return RefEditor(ctx, spec, parent)
    if kind is FieldKind.REFS:
        return RefsEditor(ctx, spec, parent)
    return LineEditor(spec, parent)
