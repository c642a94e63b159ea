"""The records that belong to one parent record, edited in place: a meeting's agenda items,
its decisions, its participants.

A small table of the children (filtered by the parent in SQL) over a form for the selected
one. The form has no Save button of its own: the page saves its edits together with the
parent's (`staged`, then `committed`), as one step. With a position field the list is an
ordered agenda: moving an item up or down, or removing one, renumbers the items 1..n, all
in one change set, so one undo puts the whole order back.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from iali_desktop.domain.query import Filter, Op
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.records.display import shown_title
from iali_desktop.gui.records.editors import RefEditor
from iali_desktop.gui.records.record_form import RecordForm
from iali_desktop.gui.records.table_model import RecordTableModel
from iali_desktop.gui.records.table_view import RecordTableView
from iali_desktop.gui.records.undo import Change, ChangeSetCommand, push
from iali_desktop.gui.type_phrases import add_child, remove_child, reorder_children

translate = QCoreApplication.translate


class ChildRecordsPanel(QWidget):
    """Children of type `type_name` whose `parent_field` points at the current parent."""

    dirty_changed = Signal(bool)  # the panel's form: reaches the window's marker
    shown = Signal(object)  # the child now in the form (its id, or None for a new one)

    def __init__(
        self,
        ctx: AppContext,
        type_name: str,
        parent_field: str,
        parent: QWidget | None = None,
        *,
        position_field: str | None = None,
        scoped: Mapping[str, str] | None = None,
        defaults: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.type_name = type_name
        self.parent_field = parent_field
        self.position_field = position_field
        self.defaults = dict(defaults or {})  # what a new child starts with
        self.scoped = dict(scoped or {})  # reference field -> the target's parent field
        self.parent_id: str | None = None
        self._selecting = False
        hidden = [parent_field] + ([position_field] if position_field else [])
        self.model = RecordTableModel(
            ctx,
            type_name,
            self,
            hidden=[parent_field],
            fixed_filters=[Filter(parent_field, Op.EMPTY)],
        )
        if position_field:
            self.model.set_order((position_field,))
        self.table = RecordTableView(self.model, self, sortable=False,
                                     list_key=f"{type_name}_of_{parent_field}")
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.form = RecordForm(ctx, type_name, self, hidden=hidden, buttons=False)
        self.form.saved.connect(self._select)
        self.form.dirty_changed.connect(self.dirty_changed.emit)
        self.add_button = QPushButton(add_child(type_name), self)
        self.remove_button = QPushButton(translate("ChildRecordsPanel", "Remove…"), self)
        # Arrows, named in their tooltip: with words ("Monter", "Descendre") the agenda's
        # buttons made the EC meeting page wider than a 1024 window in French.
        self.up_button = _arrow(Qt.ArrowType.UpArrow,
                                translate("ChildRecordsPanel", "Move up"), self)
        self.down_button = _arrow(Qt.ArrowType.DownArrow,
                                  translate("ChildRecordsPanel", "Move down"), self)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        buttons = QHBoxLayout()
        self.button_row = buttons  # pages add their own buttons (a decision's task)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        self.up_button.setVisible(position_field is not None)
        self.down_button.setVisible(position_field is not None)
        buttons.addStretch(1)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.table, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        ctx.events.changed.connect(self._data_changed)
        self.set_record(None)

    # -- parent and selection ------------------------------------------------------------
    def set_record(self, row_id: str | None) -> None:
        """Show the children of another parent (None: no parent, nothing to edit)."""
        if row_id != self.parent_id and not self.form.maybe_leave():
            return
        # The same parent again (it was just saved): stay on the child being edited.
        keep = self.form.row_id if row_id == self.parent_id and row_id is not None else None
        self.parent_id = row_id
        flt = (
            Filter(self.parent_field, Op.EQ, row_id)
            if row_id
            else Filter(self.parent_field, Op.EMPTY)
        )
        self.model.set_fixed([flt])
        self.setEnabled(row_id is not None)
        for field, target_parent in self.scoped.items():
            editor = self.form.editors[field]
            if isinstance(editor, RefEditor):
                editor.picker.set_scope(
                    (Filter(target_parent, Op.EQ, row_id),)
                    if row_id
                    else (Filter(target_parent, Op.EMPTY),)
                )
        if keep is not None and self.model.load_until(keep) >= 0:
            self._open(keep)
        else:
            self._open(self.model.row_id(0) if self.model.rowCount() else None)

    @property
    def dirty(self) -> bool:
        return self.form.dirty

    def maybe_leave(self) -> bool:
        return self.form.maybe_leave()

    def staged(self) -> list[Change] | None:
        """The selected child's unsaved edits, for the page's one save (see RecordForm)."""
        return self.form.staged() if self.parent_id is not None else []

    def committed(self) -> None:
        self.form.committed()

    def revert(self) -> None:
        self.form.revert()

    def ordered_ids(self) -> list[str]:
        return [self.model.row_id(r) for r in range(self.model.rowCount())]

    def _open(self, row_id: str | None) -> None:
        self.form.fixed = {self.parent_field: self.parent_id} if self.parent_id else {}
        if row_id is None and self.position_field:
            self.form.fixed[self.position_field] = self.model.rowCount() + 1
        self.form.load(row_id, defaults=None if row_id else self.defaults)
        self._select(row_id)

    def _select(self, row_id: str | None) -> None:
        self._selecting = True
        try:
            row = self.model.load_until(row_id) if row_id else -1
            selection = self.table.selectionModel()
            if row < 0:
                selection.clearSelection()
            else:
                selection.setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        finally:
            self._selecting = False
        shown = self.form.row_id
        has = shown is not None
        row = self.model.row_of(shown) if shown is not None else -1
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and 0 <= row < self.model.rowCount() - 1)
        self.shown.emit(shown)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        row_id = self.model.row_id(current.row())
        if row_id == self.form.row_id:
            return
        if not self.form.maybe_leave():
            self._select(self.form.row_id)
            return
        self._open(row_id)

    def _data_changed(self, type_name: str) -> None:
        if type_name not in (self.type_name, "") or self.parent_id is None:
            return
        self.model.refresh()
        if not self.form.dirty and self.form.row_id and not self.form.reload():
            self._open(None)
        self._select(self.form.row_id)

    # -- editing -------------------------------------------------------------------------
    def add(self) -> None:
        if self.parent_id is None or not self.form.maybe_leave():
            return
        self._open(None)
        first = next(iter(self.form.editors.values()), None)
        if first is not None:
            first.setFocus()

    def remove(self) -> None:
        row_id = self.form.row_id
        if row_id is None or not self.confirm_remove(
            shown_title(self.type_name, self.ctx.records.title(self.type_name, row_id))
        ):
            return
        rest = [i for i in self.ordered_ids() if i != row_id]
        changes = [Change("delete", self.type_name, row_id), *self._renumber(rest)]
        self._apply(
            remove_child(self.type_name),
            changes,
        )
        self._open(None)

    def move_item(self, step: int) -> None:
        """Move the selected item up (-1) or down (+1) and renumber, as one undo step."""
        row_id = self.form.row_id
        if row_id is None or not self.position_field or not self.form.maybe_leave():
            return
        order = self.ordered_ids()
        at = order.index(row_id)
        to = at + step
        if not 0 <= to < len(order):
            return
        order[at], order[to] = order[to], order[at]
        self._apply(
            reorder_children(self.type_name),
            self._renumber(order),
        )
        self._select(row_id)

    def _renumber(self, order: list[str]) -> list[Change]:
        if not self.position_field:
            return []
        changes = []
        for number, row_id in enumerate(order, start=1):
            row = self.model.row_of(row_id)
            current = (self.model.row_values(row) if row >= 0  # not loaded: read it
                       else self.ctx.records.get(self.type_name, row_id))[self.position_field]
            if current != number:
                changes.append(
                    Change("update", self.type_name, row_id, {self.position_field: number})
                )
        return changes

    def _apply(self, text: str, changes: list[Change]) -> None:
        if not changes:
            return
        outcome = push(self.ctx, ChangeSetCommand(self.ctx, text, changes))
        if not outcome.ok:
            QMessageBox.warning(self, translate("ChildRecordsPanel", "Not changed"), outcome.error)

    def confirm_remove(self, title: str) -> bool:
        answer = QMessageBox.question(
            self,
            translate("ChildRecordsPanel", "Remove"),
            translate("ChildRecordsPanel", "Remove “%1”? You can undo this.").replace("%1", title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


def _arrow(direction: Qt.ArrowType, name: str, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setArrowType(direction)
    button.setToolTip(name)
    button.setAccessibleName(name)
    button.setAutoRaise(False)
    return button
