"""Open sync conflicts, grouped by record, each field's competing values side by side.

Two people edited the same field without seeing each other's edit: every replica shows
the same value for now (marked), and keeps the others here until someone keeps one or
writes a new value. That resolution is itself a change that syncs and closes the
conflict everywhere.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iali_desktop.domain import translation
from iali_desktop.domain.errors import IaliError
from iali_desktop.domain.fields import FieldSpec
from iali_desktop.domain.values import parse_text
from iali_desktop.domain.versions import DELETED_FIELD
from iali_desktop.services.records import record_type
from iali_desktop.services.sync_conflicts import Conflict, ConflictService

from ..context import AppContext
from ..errors import show_error
from ..formatting import format_moment
from ..header_lines import WholeLabels

CONFLICT_ROLE = Qt.ItemDataRole.UserRole


class NewValueDialog(QInputDialog):
    """A text dialog that closes only once `write` accepts the text (returns "")."""

    def __init__(self, parent: QWidget, label: str, write: Callable[[str], str]) -> None:
        super().__init__(parent)
        self._label = label
        self._write = write
        self.setInputMode(QInputDialog.InputMode.TextInput)
        self.setLabelText(label)

    def done(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            refused = self._write(self.textValue())
            if refused:  # keep the dialog and what was typed; say why above it
                self.setLabelText(f"{self._label}\n\n⚠ {refused}")
                return
        super().done(result)


class ConflictsPage(QWidget):
    """The Conflicts view: a tree of records and fields, and the values of the chosen one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ConflictService(ctx.ws)
        self.current: Conflict | None = None
        self.write_dialog: NewValueDialog | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.splitter = splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self._user_sized = False  # once the divider is dragged, its place is kept
        splitter.splitterMoved.connect(lambda _pos, _index: self._dragged())
        self._headings: dict[str, str] = {}  # conflict id -> "Record: title — field"

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Record and field"), self.tr("Values")])
        self.tree.setAccessibleName(self.tr("Records with conflicts"))
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # A narrow tree (a quarter of a 1024 px page) puts "Record and field" on two lines.
        self.tree_labels = WholeLabels(
            self.tree.header(), lambda c, text: self.tree.headerItem().setText(c, text))
        self.tree_labels.set_labels([self.tr("Record and field"), self.tr("Values")])
        self.tree.currentItemChanged.connect(self._chosen)
        # "Open the record" under the records' tree: beside the value buttons, the three
        # made the values side so wide (French) that the tree shrank to a cut strip.
        records = QWidget()
        left = QVBoxLayout(records)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.tree, 1)
        self.open_button = QPushButton(self.tr("&Open the record"))
        self.open_button.clicked.connect(self._open_record)
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        left.addLayout(open_row)
        splitter.addWidget(records)

        detail = QWidget()
        right = QVBoxLayout(detail)
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        right.addWidget(self.title)
        self.values = QTableWidget(0, 4)
        labels = [self.tr("Value"), self.tr("By"), self.tr("When"), self.tr("Shown now")]
        self.values.setHorizontalHeaderLabels(labels)
        self.values.verticalHeader().hide()
        self.values.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.values.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.values.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.values.setWordWrap(True)
        self.values.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.values.setTextElideMode(Qt.TextElideMode.ElideNone)  # wrap, never "…"
        self.value_labels = WholeLabels(
            self.values.horizontalHeader(),
            lambda c, text: self.values.setHorizontalHeaderItem(c, QTableWidgetItem(text)))
        self.value_labels.set_labels(labels)
        self.values.setAccessibleName(self.tr("Competing values"))
        self.values.itemSelectionChanged.connect(self._update_buttons)
        right.addWidget(self.values, 1)
        buttons = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("&Keep this value"))
        self.keep_button.clicked.connect(self.keep_selected)
        self.write_button = QPushButton(self.tr("&Write a new value…"))
        self.write_button.clicked.connect(self.write_new)
        for button in (self.keep_button, self.write_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right.addLayout(buttons)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        ctx.events.changed.connect(self._data_changed)
        self.refresh()

    def _dragged(self) -> None:
        self._user_sized = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Once the layout has given the splitter and the table their new widths.
        QTimer.singleShot(0, self._relayout)

    def _relayout(self) -> None:
        if not self._user_sized:
            self._size_splitter()
        self._fit_columns()

    def _size_splitter(self) -> None:
        """The tree as wide as its record titles, within 25 to 32 % of the page (the
        values need the rest; the heading above them names the record in full): a fixed
        360 px became a narrow strip in a 1024 window, cutting the titles."""
        width = self.splitter.width()
        header = self.tree.header()
        metrics = self.tree.fontMetrics()
        tops = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        longest = max((metrics.horizontalAdvance(top.text(0)) for top in tops if top),
                      default=0)
        wanted = (longest + 2 * self.tree.indentation() + header.sectionSize(1)
                  + 2 * self.tree.frameWidth() + 8)
        tree = max(width // 4, min(wanted, width * 8 // 25))
        self.splitter.setSizes([tree, width - tree])

    def _fit_columns(self) -> None:
        """When and "Shown now" as wide as their text, By too within reason (its longest
        name on two lines at most), the value taking the rest: stretched "By" and
        "When" columns wrapped "Ana, Americas (this database)" onto three lines."""
        viewport = self.values.viewport().width()
        for column in (1, 2, 3):
            self.values.resizeColumnToContents(column)
        by = self.values.columnWidth(1)
        self.values.setColumnWidth(1, min(by, max(by // 2 + 16, viewport * 3 // 10)))
        self.values.resizeRowsToContents()

    def _data_changed(self, _type_name: str) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Reload the open conflicts, keeping the chosen one if it is still open."""
        keep = self.current.id if self.current else None
        self.tree.clear()
        self._headings.clear()
        groups = self.service.conflicts()
        total = sum(len(g.fields) for g in groups)
        if total:
            self.summary.setText(self.tr(
                "%n open conflict(s). Every copy shows the same value for now; keep one, "
                "or write a new value, and the choice travels with your next bundle.",
                "", total))
        else:
            self.summary.setText(self.tr("No open conflicts: every field has one value."))
        chosen: QTreeWidgetItem | None = None
        for group in groups:
            # "%1: %2" in English, "%1 : %2" in French: the colon follows the language.
            named = self.tr("%1: %2").replace("%1", group.record_label).replace(
                "%2", group.title)
            top = QTreeWidgetItem([named, ""])
            top.setToolTip(0, top.text(0))
            self.tree.addTopLevelItem(top)
            for conflict in group.fields:
                child = QTreeWidgetItem([conflict.label, str(len(conflict.values))])
                child.setData(0, CONFLICT_ROLE, conflict)
                child.setToolTip(0, f"{top.text(0)} — {conflict.label}")
                self._headings[conflict.id] = child.toolTip(0)
                top.addChild(child)
                if chosen is None or conflict.id == keep:
                    chosen = child
            top.setExpanded(True)
        self.current = None
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        else:
            self._show(None)

    def _chosen(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        conflict = item.data(0, CONFLICT_ROLE) if item is not None else None
        first = item.child(0) if item is not None and item.childCount() else None
        if conflict is None and first is not None:
            conflict = first.data(0, CONFLICT_ROLE)
        self._show(conflict)

    def _show(self, conflict: Conflict | None) -> None:
        self.current = conflict
        self.values.setRowCount(0)
        if conflict is None:
            self.title.setText("")
            self._update_buttons()
            return
        self.title.setText(self._headings.get(conflict.id, conflict.label))
        self.values.setRowCount(len(conflict.values))
        for row, value in enumerate(conflict.values):
            cells = [value.text or self.tr("(empty)"), value.replica_name,
                     format_moment(value.when),
                     "✓" if value.winner else ""]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.values.setItem(row, col, item)
        self._fit_columns()
        is_delete = conflict.field == DELETED_FIELD
        self.write_button.setText(self.tr("&Keep the record") if is_delete
                                  else self.tr("&Write a new value…"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.current is not None
        self.keep_button.setEnabled(has and bool(self.values.selectedItems()))
        self.write_button.setEnabled(has)
        self.open_button.setEnabled(has)

    def keep_selected(self) -> None:
        if self.current is None or not self.values.selectedItems():
            return
        value = self.current.values[self.values.currentRow()]
        self._resolve(keep=value.version)

    def write_new(self) -> QInputDialog | None:
        """Ask for the value; a refused one is said in the dialog, which stays open with
        what was typed so it can be corrected."""
        conflict = self.current
        if conflict is None:
            return None
        if conflict.field == DELETED_FIELD:
            self._resolve(value=False)
            return None
        spec = record_type(conflict.record_type).field(conflict.field)
        shown = next((v.text for v in conflict.values if v.winner), "")
        dialog = NewValueDialog(self, conflict.label,
                                lambda text: self._write_typed(conflict, spec, text))
        dialog.setWindowTitle(self.tr("Write a new value"))
        dialog.setTextValue(shown)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.write_dialog = dialog
        dialog.open()
        return dialog

    def _write_typed(self, conflict: Conflict, spec: FieldSpec, text: str) -> str:
        """Resolve with the typed value; the reason it was refused, or "" when written."""
        try:
            value = parse_text(spec, text)
            self.service.resolve(conflict.id, value=value, write_value=True)
        except IaliError as exc:
            message = str(exc)
            prefix = translation._("{name}: {why}", name=spec.name, why="")
            message = message[len(prefix):] if message.startswith(prefix) else message
            return message[:1].upper() + message[1:]
        self.current = None
        self.ctx.undo.clear()  # an earlier step's undo would overwrite the chosen value
        self.ctx.events.changed.emit(conflict.record_type)
        return ""

    def _resolve(self, *, keep: str | None = None, value: object = None) -> None:
        assert self.current is not None
        conflict = self.current
        try:
            if keep is not None:
                self.service.resolve(conflict.id, keep=keep)
            else:
                self.service.resolve(conflict.id, value=value, write_value=True)
        except IaliError as exc:
            show_error(self, exc)
            return
        self.current = None
        self.ctx.undo.clear()  # an earlier step's undo would overwrite the chosen value
        self.ctx.events.changed.emit(conflict.record_type)

    def _open_record(self) -> None:
        if self.current is not None:
            self.ctx.events.open_record.emit(self.current.record_type, self.current.row_id)
