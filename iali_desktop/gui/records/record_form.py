"""The detail form of one record, built from its type's field metadata.

Every field gets the editor of its kind, a label that is the editor's buddy (so Alt+letter
and screen readers find it) and an inline message line. Saving validates every field with
the domain rules first and writes through an undo command; whatever the service still
refuses is shown on the form, never as a traceback. The form knows whether what is on
screen differs from what was loaded (`dirty`), which drives the unsaved-edit marker, the
Save/Revert buttons and the question asked before leaving.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iali_desktop.domain.agenda import following_defaults
from iali_desktop.domain.errors import IaliError, ValidationError
from iali_desktop.domain.fields import FieldKind
from iali_desktop.domain.ids import new_id
from iali_desktop.domain.query import Filter, Op
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.elided_label import ElidedLabel
from iali_desktop.gui.labels import field_help, field_label
from iali_desktop.gui.records.attachments_panel import AttachmentsPanel
from iali_desktop.gui.records.display import shown_title
from iali_desktop.gui.records.editors import FieldEditor, make_editor
from iali_desktop.gui.records.form_errors import (
    ERROR_STYLE,
    FIELD_ERROR_STYLE,
    FormErrors,
    flag,
    strip_field,
)
from iali_desktop.gui.records.form_leaving import FormLeaving
from iali_desktop.gui.records.ref_picker import RefPicker
from iali_desktop.gui.records.undo import Change, CreateRecordCommand, EditFieldsCommand, push
from iali_desktop.gui.type_phrases import new_record
from iali_desktop.services.records import record_type
from iali_desktop.services.sync_conflicts import ConflictService

translate = QCoreApplication.translate


class RecordForm(FormErrors, FormLeaving, QWidget):
    """Edit one record (or a new one); `saved` carries the record id after a write."""

    dirty_changed = Signal(bool)
    saved = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        type_name: str,
        parent: QWidget | None = None,
        *,
        hidden: Sequence[str] = (),
        fixed: Mapping[str, Any] | None = None,
        buttons: bool = True,
        attached_files: bool = True,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.type_name = type_name
        self.rt = record_type(type_name)
        self.row_id: str | None = None
        self.new_title = new_record(type_name)  # the heading of a record not saved yet
        self.fixed: dict[str, Any] = dict(fixed or {})
        self._loaded: dict[str, Any] = {}
        self._snapshot: dict[str, Any] = {}
        self._dirty = False
        self._loading = False
        self._staged_id: str | None = None
        # What "Save" does when leaving unsaved edits; a page that saves this form with
        # others (the EC meeting's tabs) saves them all.
        self.save_on_leave: Callable[[], bool] | None = None
        self._followed: dict[str, Any] = {}  # states filled by following_defaults
        # One line, always: a heading that wraps moves every field below it from one
        # record to the next, and people then type into the wrong box.
        self.heading = ElidedLabel("", self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setFixedHeight(self.heading.fontMetrics().height() + 4)
        self.banner = QLabel(self)
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(translate("RecordForm", "Form errors"))
        self.banner.hide()
        self.editors: dict[str, FieldEditor] = {}
        self.field_errors: dict[str, QLabel] = {}
        self.field_labels: dict[str, QLabel] = {}
        self.conflicts = ConflictService(ctx.ws)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in self.rt.fields:
            if spec.name in hidden or spec.name in self.fixed:
                continue
            name = field_label(type_name, spec.name)
            editor = make_editor(ctx, spec, self)
            editor.set_accessible_name(name)
            editor.edited.connect(self._edited)
            label = QLabel(name + (" *" if spec.required else ""), self)
            label.setBuddy(editor)
            help_text = field_help(type_name, spec.name)
            if help_text:
                label.setToolTip(help_text)
                editor.setToolTip(help_text)
            error = QLabel(self)
            error.setStyleSheet(FIELD_ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            editor.problem.connect(lambda text, lbl=error: flag(lbl, text))
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(editor)
            cell.addWidget(error)
            note = field_note(type_name, spec.name)
            if note:
                hint = QLabel(note, self)
                hint.setWordWrap(True)
                hint.setStyleSheet("color: palette(placeholder-text);")
                hint.setObjectName(f"note_{spec.name}")
                cell.addWidget(hint)
            form.addRow(label, cell)
            self.editors[spec.name] = editor
            self.field_errors[spec.name] = error
            self.field_labels[spec.name] = label
        self.save_button = QPushButton(translate("RecordForm", "&Save"), self)
        self.revert_button = QPushButton(translate("RecordForm", "&Revert"), self)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.revert_button)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        # Files attached to the record, on every form but an attachment's own.
        self.attachments: AttachmentsPanel | None = None
        if attached_files and type_name != "attachment":
            self.attachments = AttachmentsPanel(ctx, type_name, self)
            layout.addWidget(self.attachments)
        layout.addLayout(row)
        layout.addStretch(1)
        self.save_button.setVisible(buttons)
        self.revert_button.setVisible(buttons)
        self.load(None)

    # -- state ---------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self._dirty

    def load(self, row_id: str | None, defaults: Mapping[str, Any] | None = None) -> bool:
        """Show a record (None: a new one with `defaults`); False if it no longer exists."""
        values: dict[str, Any]
        found = True
        if row_id is not None:
            try:
                values = self.ctx.records.get(self.type_name, row_id)
            except IaliError:
                row_id, values, found = None, {}, False
        else:
            values = dict(defaults or {})
            for spec in self.rt.fields:  # a required date starts on today, not empty
                if spec.required and spec.kind is FieldKind.DATE and not values.get(spec.name):
                    values[spec.name] = dt.date.today().isoformat()
        self.row_id = row_id
        self._loaded = {name: values.get(name) for name in self.editors}
        self._scope_pickers({**values, **self.fixed})
        self._loading = True
        for name, editor in self.editors.items():
            editor.set_value(self._loaded[name])
        self._loading = False
        self._snapshot = {name: editor.state() for name, editor in self.editors.items()}
        self._followed = {}
        self._clear_errors()
        self._set_dirty(False)  # and the heading
        if self.attachments is not None:
            self.attachments.set_record(row_id)
        self._mark_conflicts()
        return found

    def _mark_conflicts(self) -> None:
        """Fields with an open sync conflict: a ⚠ on the label, the other values in its
        tooltip, so nobody edits one without knowing a second value waits."""
        found = {c.field: c for c in self.conflicts.of_record(self.type_name, self.row_id)} \
            if self.row_id is not None else {}
        for name, label in self.field_labels.items():
            text = field_label(self.type_name, name) + (" *" if self.rt.field(name).required
                                                        else "")
            conflict = found.get(name)
            if conflict is None:
                label.setText(text)
                label.setToolTip(field_help(self.type_name, name))
                label.setStyleSheet("")
                continue
            others = [v.text or "—" for v in conflict.values if not v.winner]
            label.setText("⚠ " + text)
            label.setStyleSheet(FIELD_ERROR_STYLE)
            label.setToolTip(translate(
                "RecordForm", "In conflict: another copy holds %1. Keep one on the Sync "
                              "conflicts page.").replace("%1", ", ".join(f"“{o}”" for o in others)))

    def conflict_fields(self) -> list[str]:
        return [n for n, lbl in self.field_labels.items() if lbl.text().startswith("⚠")]

    def reload(self) -> bool:
        return self.load(self.row_id)

    def _scope_pickers(self, values: Mapping[str, Any]) -> None:
        """Offer only candidates under this record's own parent: a task's action areas are
        those of the task's plan (a reference whose target has the same required parent
        field as this record)."""
        for name, editor in self.editors.items():
            picker = getattr(editor, "picker", None)
            picker = getattr(picker, "picker", picker)  # the picker inside a multi-picker
            if not isinstance(picker, RefPicker) or self.rt.field(name).target is None:
                continue
            for spec in record_type(str(self.rt.field(name).target)).fields:
                mine = self.rt.field(spec.name) if self.rt.has_field(spec.name) else None
                if (spec.required and spec.is_ref and mine is not None
                        and mine.target == spec.target and values.get(spec.name)):
                    picker.set_scope((Filter(spec.name, Op.EQ, values[spec.name]),))
                    break

    def revert(self) -> None:
        if self.row_id is None:
            self.load(None)
        else:
            self.reload()

    def _edited(self) -> None:
        if self._loading:
            return
        if self.row_id is None:
            self._follow_defaults()
        now = {name: editor.state() for name, editor in self.editors.items()}
        self._set_dirty(now != self._snapshot)

    def _follow_defaults(self) -> None:
        """On a new record, fields that follow another (an agenda item's papers follow its
        kind) take their default while the person has not set them."""
        screen: dict[str, Any] = {}
        for name, editor in self.editors.items():
            try:
                screen[name] = editor.value()
            except ValidationError:
                continue
        for name, value in following_defaults(self.type_name, screen).items():
            follower = self.editors.get(name)
            untouched = self._followed.get(name, self._snapshot.get(name))
            if follower is None or follower.state() != untouched:
                continue
            self._loading = True
            follower.set_value(value)
            self._loading = False
            self._followed[name] = follower.state()

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self._update_heading()
        if changed:
            self.dirty_changed.emit(dirty)

    def set_new_title(self, text: str) -> None:
        """The heading of a record not saved yet ("New EC meeting" on the meeting page)."""
        self.new_title = text
        self._update_heading()

    def title(self) -> str:
        if self.row_id is None:
            return self.new_title
        return shown_title(self.type_name, self.ctx.records.title(self.type_name, self.row_id))

    def _update_heading(self) -> None:
        """The record's title on one line, shortened to the width of the form (long task
        titles); the whole title stays in the tooltip and in the Title field."""
        self.heading.set_full_text(self.title(), " *" if self._dirty else "")

    # -- validation and saving -----------------------------------------------------------
    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The values on screen and, per field, what is wrong with them."""
        values: dict[str, Any] = {}
        errors: dict[str, str] = {}
        for name, editor in self.editors.items():
            try:
                value = editor.value()
            except ValidationError as exc:
                errors[name] = strip_field(name, str(exc))
                continue
            if editor.spec.required and value in (None, "", []):
                errors[name] = translate("RecordForm", "%1 is required").replace(
                    "%1", field_label(self.type_name, name)
                )
            values[name] = value
        return values, errors

    def save(self) -> bool:
        """Validate and write; True when the record on screen is saved."""
        values, errors = self.collect()
        self._clear_errors()
        if errors:
            self._show_errors(errors)
            return False
        if self.row_id is None:
            fields = {k: v for k, v in {**values, **self.fixed}.items() if v is not None}
            create = CreateRecordCommand(
                self.ctx, self.type_name, fields, on_error=self._service_error
            )
            command: CreateRecordCommand | EditFieldsCommand = create
            row_id = create.row_id
        else:
            changed = {k: v for k, v in values.items() if v != self._loaded.get(k)}
            if not changed:
                self.reload()
                return True
            row_id = self.row_id
            command = EditFieldsCommand(
                self.ctx, self.type_name, row_id, changed, on_error=self._service_error
            )
        if not push(self.ctx, command).ok:
            return False
        self.load(row_id)
        self.saved.emit(row_id)
        return True

    # -- saving together with other forms (the EC meeting page) ---------------------------
    def staged(self) -> list[Change] | None:
        """The write this form's edits need, for a page that saves several forms as one
        step: [] when nothing changed, None when a field is wrong (the form says which).
        After the step is written, call `committed`."""
        self._staged_id = None
        if not self._dirty:
            return []
        values, errors = self.collect()
        self._clear_errors()
        if errors:
            self._show_errors(errors)
            return None
        if self.row_id is None:
            fields = {k: v for k, v in {**values, **self.fixed}.items() if v is not None}
            self._staged_id = new_id()
            return [Change("create", self.type_name, self._staged_id, fields)]
        changed = {k: v for k, v in values.items() if v != self._loaded.get(k)}
        if not changed:
            return []
        self._staged_id = self.row_id
        return [Change("update", self.type_name, self.row_id, changed)]

    def committed(self) -> None:
        """The staged write is in the database: show the record as saved."""
        row_id, self._staged_id = self._staged_id, None
        if row_id is not None:
            self.load(row_id)
            self.saved.emit(row_id)
        elif self._dirty and self.row_id is not None:  # edits that changed no value
            self.reload()


def field_note(type_name: str, field_name: str) -> str:
    """A rule worth reading beside a field, where people set it."""
    if type_name == "task" and field_name == "status":
        return translate("RecordForm", "“Done” means 100 % progress. A progress update can "
                                       "set both.")
    return ""
