"""The generic page of one record type: filters and a lazy table beside the detail form.

One page serves every record type from its metadata. Tabs on the detail side hold the
form, the records that refer to this one, and whatever a type needs besides (a task's
progress updates; the meeting and request pages add theirs with `add_panel`). The page
keeps the table, the form and the panels on the same record, refreshes when data of its
type changes anywhere, and never lets a selection change drop unsaved edits silently.
It opens on its type's default scope and, when first shown, on a record (`scopes.py`).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from iali_desktop.domain.query import Filter, Op
from iali_desktop.gui.background import BackgroundOp
from iali_desktop.gui.calendar.add_to_calendar import AddToCalendar
from iali_desktop.gui.calendar.calendar_files import CalendarFiles
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.records.display import shown_title
from iali_desktop.gui.records.filter_bar import FilterBar
from iali_desktop.gui.records.personal_data_actions import PersonalDataActions
from iali_desktop.gui.records.record_form import RecordForm
from iali_desktop.gui.records.related_panel import RelatedPanel
from iali_desktop.gui.records.scopes import default_filters
from iali_desktop.gui.records.sheet_actions import SheetActions
from iali_desktop.gui.records.sheet_dialog import SheetImportDialog
from iali_desktop.gui.records.table_model import RecordTableModel
from iali_desktop.gui.records.table_view import RecordTableView
from iali_desktop.gui.records.toolbar_rows import ToolbarRows, type_toolbar
from iali_desktop.gui.records.undo import DeleteRecordCommand, push
from iali_desktop.gui.shortcuts import with_shortcut_tip
from iali_desktop.gui.type_phrases import delete_record, new_record

log = logging.getLogger(__name__)


translate = QCoreApplication.translate


class DetailPanel(Protocol):
    def set_record(self, row_id: str | None) -> None: ...


class RecordPage(QWidget):
    """Browse, filter, create, edit and delete records of one type."""

    dirty_changed = Signal(bool)  # for the window's unsaved-edit marker

    def __init__(
        self,
        ctx: AppContext,
        type_name: str,
        parent: QWidget | None = None,
        *,
        fixed: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.type_name = type_name
        self.fixed = dict(fixed or {})
        self._selecting = False
        self._sized = False
        self._landed = False
        self._panels: list[DetailPanel] = []
        fixed_filters = [Filter(name, Op.EQ, value) for name, value in self.fixed.items()]
        hidden = list(self.fixed)
        # Read once the filter bar holds its default filters (not once without them too).
        self.model = RecordTableModel(
            ctx, type_name, self, fixed_filters=fixed_filters, hidden=hidden, fetch=False
        )
        self._shown_titles = {c.target for c in self.model.columns if c.target} - {type_name}
        self.filter_bar = FilterBar(ctx, type_name, self, hidden=hidden)
        for name, value in default_filters(ctx, type_name).items():
            self.filter_bar.set_filter(name, value)
        self.filter_bar.changed.connect(self._filters_changed)
        self.table = self._make_table()
        self.form = RecordForm(ctx, type_name, self, fixed=self.fixed, buttons=False)
        self.form.dirty_changed.connect(self._dirty_changed)
        self.form.saved.connect(self._saved)
        self.related = RelatedPanel(ctx, type_name, self)
        self.tabs = QTabWidget(self)
        details = translate("RecordPage", "Record details")
        self.tabs.setAccessibleName(details)
        self.tabs.tabBar().setAccessibleName(details)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
        # Never scroll sideways: the detail side is kept at least as wide as the form.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(self.form.minimumSizeHint().width()
                               + scroll.verticalScrollBar().sizeHint().width()
                               + 2 * scroll.frameWidth())
        self.tabs.addTab(scroll, translate("RecordPage", "Details"))
        self.add_panel(self.related, translate("RecordPage", "Related"))
        if type_name == "task":
            from iali_desktop.gui.records.task_updates_panel import TaskUpdatesPanel

            self.add_panel(TaskUpdatesPanel(ctx, self), translate("RecordPage", "Progress updates"))

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.new_action = self._action("&" + new_record(type_name),
                                        QKeySequence.StandardKey.New, self.new_record)
        self.save_action = self._action(
            translate("RecordPage", "&Save"), QKeySequence.StandardKey.Save, self.save
        )
        self.revert_action = self._action(translate("RecordPage", "Re&vert"), None, self.revert)
        self.delete_action = self._action(
            translate("RecordPage", "&Delete…"), QKeySequence.StandardKey.Delete, self.delete_record
        )
        self.toolbar.addSeparator()
        self.sheets = SheetActions(ctx, type_name, self, self.toolbar, self.model, self.table)

        # What only this type offers (calendar, personal data, minutes): beside the
        # actions above, or under them when both do not fit. Hidden while empty.
        self.type_toolbar = type_toolbar(self)
        self.calendar = AddToCalendar(ctx, self) if type_name == "event" else None
        if self.calendar is not None:  # events and EC meetings: "Add to calendar…"
            self.type_toolbar.addAction(self.calendar.action)
            self._panels.append(self.calendar)
        self.personal_data = (PersonalDataActions(ctx, type_name, self, self.type_toolbar)
                              if PersonalDataActions.wanted(type_name) else None)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.toolbars = ToolbarRows(self.toolbar, self.type_toolbar, self)
        layout.addWidget(self.toolbars)
        self.type_toolbar.setVisible(bool(self.type_toolbar.actions()))
        layout.addWidget(self.splitter, 1)
        ctx.events.changed.connect(self._data_changed)
        if not self.filter_bar.is_clear():
            self._filters_changed()
        else:
            self.model.reload()
        defaults = self.new_defaults()  # the form opened empty: loaded again for these only
        if defaults:
            self.form.load(None, defaults=defaults)
        for panel in self._panels:
            panel.set_record(None)
        self._update_actions()

    def _make_table(self) -> QTableView:
        # The EC meetings' list is not the events' list: each remembers its own columns.
        key = "_".join([self.type_name, *(str(v) for v in self.fixed.values())])
        table = RecordTableView(self.model, self, list_key=key)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        return table

    def _action(self, text: str, key: QKeySequence.StandardKey | None, slot: Any) -> QAction:
        action = QAction(text, self)
        if key is not None:
            action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        with_shortcut_tip(action)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        self.toolbar.addAction(action)
        return action

    def adopt_window_shortcuts(self) -> None:
        """In the main window, New/Save/Delete keys belong to its Edit menu (they work
        wherever focus is); the buttons here keep showing the keys in their tooltips."""
        for action in (self.new_action, self.save_action, self.delete_action):
            action.setShortcut(QKeySequence())

    def showEvent(self, event: QShowEvent) -> None:
        # Subclasses add their own actions after this class's __init__.
        self.type_toolbar.setVisible(bool(self.type_toolbar.actions()))
        self.toolbars.refit()
        if not self._sized:  # the table takes 55 %, the detail the rest, on first show
            self._sized = True
            width = max(self.splitter.width(), 800)
            self.splitter.setSizes([width * 55 // 100, width * 45 // 100])
        super().showEvent(event)
        if not self._landed:  # open on a record, not on an empty "New …" form
            self._landed = True
            if self.form.row_id is None and not self.form.dirty:
                target = self.landing_record()
                if target is not None:
                    self.show_record(target)

    def landing_record(self) -> str | None:
        """The record the page shows when first opened: the first row by default."""
        return self.model.row_id(0) if self.model.rowCount() else None

    def use_calendar(self, files: CalendarFiles) -> None:
        """Save calendar files through the window's `CalendarFiles` (folder, opener)."""
        if self.calendar is not None:
            self.calendar.use_calendar(files)

    def add_panel(self, panel: QWidget, title: str) -> None:
        """Another tab on the detail side; the panel gets `set_record` on every change."""
        self.tabs.addTab(panel, title)
        self._panels.append(panel)  # type: ignore[arg-type]
        self.watch_panel(panel)

    def watch_panel(self, panel: QWidget) -> None:
        """Count a panel's own unsaved edits (agenda, decisions, criteria) as the page's."""
        dirty = getattr(panel, "dirty_changed", None)
        if dirty is not None:
            dirty.connect(lambda _flag: self._dirty_changed(self.form.dirty))

    # -- which record is shown -----------------------------------------------------------
    @property
    def current_id(self) -> str | None:
        return self.form.row_id

    def show_record(self, row_id: str) -> bool:
        """Select a record and open it in the form, clearing filters that hide it."""
        if not self.maybe_leave():
            return False
        if self.model.row_of(row_id) < 0 and not self.model.matches(row_id):
            self.filter_bar.clear()
        self._select_row(self.model.load_until(row_id))
        return self._open_in_form(row_id)

    def new_record(self) -> None:
        if not self.maybe_leave():
            return
        self._select_row(-1)
        self._open_in_form(None)
        self.tabs.setCurrentIndex(0)
        self.form.setFocus()
        first = next(iter(self.form.editors.values()), None)
        if first is not None:
            first.setFocus()

    def save(self) -> bool:
        return self.form.save()

    def revert(self) -> None:
        self.form.revert()

    def delete_record(self) -> None:
        row_id = self.form.row_id
        if row_id is None:
            return
        title = shown_title(self.type_name, self.ctx.records.title(self.type_name, row_id))
        if not self.confirm_delete(title):
            return
        outcome = push(self.ctx, DeleteRecordCommand(self.ctx, self.type_name, row_id))
        if not outcome.ok:
            QMessageBox.warning(self, translate("RecordPage", "Not deleted"), outcome.error)
            return
        self._open_in_form(None)

    # -- spreadsheets (`sheet_actions.py`) ------------------------------------------------
    def export_to(self, path: Path) -> BackgroundOp:
        return self.sheets.export_to(path)

    def open_import(self) -> SheetImportDialog:
        return self.sheets.open_import()

    def confirm_delete(self, title: str) -> bool:
        answer = QMessageBox.question(
            self,
            delete_record(self.type_name),
            translate("RecordPage", "Delete “%1”? You can undo this.").replace("%1", title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _open_in_form(self, row_id: str | None) -> bool:
        found = self.form.load(row_id, defaults=None if row_id else self.new_defaults())
        for panel in self._panels:
            panel.set_record(self.form.row_id)
        self._update_actions()
        return found

    def new_defaults(self) -> dict[str, Any]:
        """Values a new record starts with (pages may add their own)."""
        return {}

    def _select_row(self, row: int) -> None:
        self._selecting = True
        try:
            selection = self.table.selectionModel()
            if row < 0:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
                return
            index = self.model.index(row, 0)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        finally:
            self._selecting = False

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        row_id = self.model.row_id(current.row())
        if row_id == self.form.row_id:
            return
        if not self.maybe_leave():
            self._select_row(previous.row() if previous.isValid() else -1)
            return
        self._open_in_form(row_id)

    # -- reacting ------------------------------------------------------------------------
    def _filters_changed(self) -> None:
        self.filter_bar.settle()
        filters = self.filter_bar.filters()
        self.model.set_filters(filters, self.filter_bar.text())
        # A column filtered to one value says the same on every row: hide it meanwhile.
        single = {f.field for f in filters if f.op is Op.EQ}
        for column, spec in enumerate(self.model.columns):
            self.table.setColumnHidden(column, spec.name in single)
        shown = self.form.row_id
        if shown is not None and not self.model.matches(shown) and self.form.maybe_leave():
            # The record on the detail side is no longer in the list (another plan's
            # task): show the first one the filters let through, never the old one.
            first = self.model.row_id(0) if self.model.rowCount() else None
            self._select_row(0 if first is not None else -1)
            self._open_in_form(first)
        elif shown is not None:
            self._select_row(self.model.row_of(shown))

    def _data_changed(self, type_name: str) -> None:
        if type_name in self._shown_titles:  # a referenced record's title may have changed
            self.model.refresh()
            self._select_row(self.model.row_of(self.form.row_id or ""))
            return
        if type_name not in (self.type_name, ""):
            return
        self.model.refresh()
        if self.form.row_id is not None:
            self._select_row(self.model.row_of(self.form.row_id))
            if not self.form.dirty and not self.form.reload():
                self._open_in_form(None)  # the record was deleted (or undone away)
        self._update_actions()

    def _saved(self, row_id: str) -> None:
        self._select_row(self.model.load_until(row_id))
        for panel in self._panels:
            panel.set_record(row_id)
        self._update_actions()

    @property
    def has_unsaved(self) -> bool:
        """Edits not written yet, on the form or on a panel with a form of its own."""
        return self.form.dirty or any(
            bool(getattr(panel, "dirty", False)) for panel in self._panels)

    def _dirty_changed(self, _form_dirty: bool) -> None:
        self._update_actions()
        self.dirty_changed.emit(self.has_unsaved)

    def _update_actions(self) -> None:
        dirty = self.form.dirty
        self.save_action.setEnabled(dirty)
        self.revert_action.setEnabled(dirty)
        self.delete_action.setEnabled(self.form.row_id is not None)
        if self.personal_data is not None:
            self.personal_data.set_record(self.form.row_id)

    def maybe_leave(self) -> bool:
        """True when the page may move on (or close): no edits left unsaved, on the form
        or on a panel with a form of its own (the agenda, the criteria)."""
        if not self.form.maybe_leave():
            return False
        return all(
            leave()
            for panel in self._panels
            if (leave := getattr(panel, "maybe_leave", None)) is not None
        )
