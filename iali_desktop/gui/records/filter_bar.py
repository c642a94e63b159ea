"""The filters above a record table: full-text search plus per-column conditions.

Everything here only describes a query (`domain.query.Filter`s and a text); the table
model runs it in SQL. Typing is debounced so a fast typist triggers one query, not one per
key; combo boxes and dates apply at once.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from iali_desktop.domain.errors import ValidationError
from iali_desktop.domain.fields import FieldKind, FieldSpec
from iali_desktop.domain.query import Filter, Op
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.elided_combo import ElidedComboBox
from iali_desktop.gui.labels import choice_label, field_label
from iali_desktop.gui.records.editors import DateEditor
from iali_desktop.gui.records.ref_picker import RefPicker
from iali_desktop.gui.type_phrases import search_records
from iali_desktop.services.records import record_type

DEBOUNCE_MS = 250
CHOICES_PER_ROW = 2
FIELD_NAME_CHARS = 12  # em widths, arrow and frame included


translate = QCoreApplication.translate


CHOICE_CHARS = 14  # em widths a choice filter takes at most, arrow and frame included
SHRINK_CHARS = 6  # em widths a filter may shrink to (its text elided) in a narrow window


class FilterBar(QWidget):
    """Emits `changed` whenever the described query changes."""

    changed = Signal()

    def __init__(self, ctx: AppContext, type_name: str, parent: QWidget | None = None, *,
                 hidden: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.type_name = type_name
        rt = record_type(type_name)
        shown = [f for f in rt.fields if f.in_table and f.name not in hidden]
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.changed.emit)
        self._quiet = False

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(search_records(type_name))
        self.search.setAccessibleName(translate("FilterBar", "Search"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.clear_button = QToolButton(self)
        self.clear_button.setText(translate("FilterBar", "Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.clear_button)

        self.choice_combos: dict[str, QComboBox] = {}
        choices = QGridLayout()  # a few per row, so the table side stays narrow
        choices.setContentsMargins(0, 0, 0, 0)
        for spec in (f for f in shown if f.kind is FieldKind.CHOICE):
            combo = ElidedComboBox(self)
            # As wide as a short entry: a long one (French and Spanish list entries run
            # long) would widen the list side at the detail form's expense.
            combo.setMaximumWidth(combo.fontMetrics().horizontalAdvance("M" * CHOICE_CHARS))
            _may_shrink(combo)
            label = field_label(type_name, spec.name)
            combo.addItem(translate("FilterBar", "%1: all").replace("%1", label), None)
            for value in spec.choices:
                combo.addItem(choice_label(value), value)
            combo.setAccessibleName(translate("FilterBar", "Filter by %1").replace("%1", label))
            combo.currentIndexChanged.connect(self._apply)
            count = len(self.choice_combos)
            choices.addWidget(combo, count // CHOICES_PER_ROW, count % CHOICES_PER_ROW)
            self.choice_combos[spec.name] = combo
        choices.setColumnStretch(CHOICES_PER_ROW, 1)

        dates = [f for f in shown if f.kind is FieldKind.DATE]
        refs = [f for f in shown if f.kind is FieldKind.REF]
        bottom = QHBoxLayout()  # dates on one row, references on the next
        ref_row = QHBoxLayout()
        self.date_field = self._field_combo(dates, translate("FilterBar", "Date field"))
        self.date_from = DateEditor(dates[0] if dates else _ANY_DATE, self)
        self.date_to = DateEditor(dates[0] if dates else _ANY_DATE, self)
        self.date_from.set_accessible_name(translate("FilterBar", "From date"))
        self.date_to.set_accessible_name(translate("FilterBar", "To date"))
        for editor in (self.date_from, self.date_to):
            editor.date.line.setPlaceholderText(translate("FilterBar", "any date"))
            # A filter may be narrower than a whole date (a form's date field may not):
            # in a 1024 window the list side shrinks before the sidebar does.
            editor.date.line.setMinimumWidth(0)
            editor.edited.connect(self._apply)
            editor.setVisible(bool(dates))
        self.ref_field = self._field_combo(refs, translate("FilterBar", "Reference field"))
        self.ref_picker: RefPicker | None = None
        self._ref_slot = QHBoxLayout()
        if dates:
            bottom.addWidget(self.date_field)
            bottom.addWidget(QLabel(translate("FilterBar", "from"), self))
            bottom.addWidget(self.date_from)
            bottom.addWidget(QLabel(translate("FilterBar", "to"), self))
            bottom.addWidget(self.date_to)
        if refs:
            ref_row.addWidget(self.ref_field)
            ref_row.addLayout(self._ref_slot, 1)
            self.ref_field.currentIndexChanged.connect(self._ref_field_changed)
            self._ref_field_changed()
        bottom.addStretch(1)
        for field_combo in (self.date_field,):
            field_combo.currentIndexChanged.connect(self._apply)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        if self.choice_combos:
            layout.addLayout(choices)
        if dates:
            layout.addLayout(bottom)
        if refs:
            layout.addLayout(ref_row)

    def _field_combo(self, specs: list[FieldSpec], name: str) -> QComboBox:
        combo = ElidedComboBox(self)
        # Sized for a short field name: a long one ("Code of Integrity adopted", longer
        # still in Spanish) would widen the table side at the detail form's expense.
        combo.setMaximumWidth(combo.fontMetrics().horizontalAdvance("M" * FIELD_NAME_CHARS))
        _may_shrink(combo)
        for spec in specs:
            combo.addItem(field_label(self.type_name, spec.name), spec)
        combo.setAccessibleName(name)
        combo.setVisible(bool(specs))
        return combo

    def _ref_field_changed(self) -> None:
        spec: FieldSpec | None = self.ref_field.currentData()
        if spec is None:
            return
        if self.ref_picker is not None:
            self._ref_slot.removeWidget(self.ref_picker)
            self.ref_picker.deleteLater()
        self.ref_picker = RefPicker(self.ctx, spec.target or "", spec.vocabulary, self)
        self.ref_picker.setAccessibleName(translate("FilterBar", "Filter by %1").replace(
            "%1", self.ref_field.currentText()))
        self.ref_picker.currentIndexChanged.connect(self._apply)
        self._ref_slot.addWidget(self.ref_picker, 1)
        self._apply()

    def _apply(self) -> None:
        if not self._quiet:
            self.changed.emit()

    # -- the query it describes ----------------------------------------------------------
    def text(self) -> str:
        return self.search.text().strip()

    def filters(self) -> list[Filter]:
        out: list[Filter] = []
        for name, combo in self.choice_combos.items():
            value = combo.currentData()
            if value is not None:
                out.append(Filter(name, Op.EQ, value))
        date_spec: FieldSpec | None = self.date_field.currentData()
        if date_spec is not None:
            for editor, op in ((self.date_from, Op.GTE), (self.date_to, Op.LTE)):
                try:
                    value = editor.value()
                except ValidationError:  # still being typed (flagged on the field)
                    continue
                if value is not None:
                    out.append(Filter(date_spec.name, op, value))
        ref_spec: FieldSpec | None = self.ref_field.currentData()
        if ref_spec is not None and self.ref_picker is not None:
            try:
                ref = self.ref_picker.current_id()
            except ValidationError:
                ref = None
            if ref:
                out.append(Filter(ref_spec.name, Op.EQ, ref))
        return out

    def settle(self) -> None:
        """The query was just read with what is typed: a pending pause would only run it
        again."""
        self._timer.stop()

    def is_clear(self) -> bool:
        return not self.text() and not self.filters()

    def set_choice(self, field: str, value: str | None) -> None:
        combo = self.choice_combos[field]
        combo.setCurrentIndex(max(combo.findData(value), 0) if value else 0)

    def set_filter(self, field: str, value: str) -> bool:
        """Preset a choice or reference condition (a page's default scope) without
        emitting `changed`; False when the bar has no filter for that field."""
        self._quiet = True
        try:
            if field in self.choice_combos:
                self.set_choice(field, value)
                return True
            for index in range(self.ref_field.count()):
                spec: FieldSpec = self.ref_field.itemData(index)
                if spec.name == field:
                    self.ref_field.setCurrentIndex(index)
                    if self.ref_picker is not None:
                        self.ref_picker.set_id(value)
                    return True
            return False
        finally:
            self._quiet = False

    def clear(self) -> None:
        """Back to every record; one `changed` at the end."""
        self._quiet = True
        self._timer.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        for combo in self.choice_combos.values():
            combo.setCurrentIndex(0)
        self.date_from.set_value(None)
        self.date_to.set_value(None)
        if self.ref_picker is not None:
            self.ref_picker.set_id(None)
        self._quiet = False
        self.changed.emit()


_ANY_DATE = FieldSpec("date", "Date", FieldKind.DATE)


def _may_shrink(combo: QComboBox) -> None:
    """Let a filter narrower than its text when the window is (1024 wide, a long page):
    the sidebar and the form keep their width, and the filter's text is elided instead."""
    combo.setMinimumWidth(combo.fontMetrics().horizontalAdvance("M" * SHRINK_CHARS))
