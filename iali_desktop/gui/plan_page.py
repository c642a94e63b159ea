"""The action plan page: one triennium's areas, outcomes and tasks, edited in place.

A plan combo switches triennia; the tree shows each area's progress and every task's
status, owner, due date and progress, editable where it stands (F2, double-click or
typing). The side panel shows the full text of what is selected: objectives and
descriptions are long, and the tree keeps to one line per item.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from iali_desktop.domain.errors import IaliError
from iali_desktop.services.plans import PlanService
from iali_desktop.services.records import Record

from .context import AppContext
from .formatting import format_date
from .header_lines import WholeLabels
from .icons import icon
from .labels import choice_label, field_label, type_label
from .new_plan_dialog import NewPlanDialog
from .plan_delegate import PlanDelegate, ProgressDelegate
from .plan_model import COL_DUE, COL_OWNER, COL_PROGRESS, COL_STATUS, COL_TITLE, PlanTreeModel
from .plan_undo import StartPlanCommand
from .plan_view import PlanTreeView
from .records.form_errors import ERROR_STYLE

PLAN_TYPES = frozenset({"", "action_plan", "action_area", "key_outcome", "task", "person"})
DETAIL_FIELDS = {
    "action_area": ("objective", "description", "areas_of_engagement"),
    "key_outcome": ("status",),
    "task": ("kind", "status", "owner", "region", "due_date", "progress", "detail",
             "related_areas"),
}


class PlanPage(QWidget):
    """Browse and edit one action plan at a time; start the next one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plans = PlanService(ctx.records)
        self.plan_label = QLabel(self)
        self.plan_combo = QComboBox(self)
        self.plan_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plan_combo.setMinimumContentsLength(24)
        self.plan_label.setBuddy(self.plan_combo)
        self.expand_button = QPushButton(self)
        self.collapse_button = QPushButton(self)
        self.new_plan_button = QPushButton(icon("add"), "", self)
        top = QHBoxLayout()
        top.addWidget(self.plan_label)
        top.addWidget(self.plan_combo, 1)
        top.addStretch()
        top.addWidget(self.expand_button)
        top.addWidget(self.collapse_button)
        top.addWidget(self.new_plan_button)

        self.model = PlanTreeModel(ctx, self)
        # An in-place edit the services refuse says why here, until the next change.
        self.refusal = QLabel(self)
        self.refusal.setStyleSheet(ERROR_STYLE)
        self.refusal.setWordWrap(True)
        self.refusal.hide()
        self.model.refused.connect(self._show_refusal)
        self.view = PlanTreeView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(PlanDelegate(ctx, self.view))
        self.view.setItemDelegateForColumn(COL_PROGRESS, ProgressDelegate(ctx, self.view))
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        # Titles get what the other columns leave; these are as narrow as their values.
        for col, width in ((COL_STATUS, 104), (COL_OWNER, 150), (COL_DUE, 92),
                           (COL_PROGRESS, 90)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        self.header_labels = WholeLabels(header, self.model.set_header_text,
                                         keep_stretched=False)
        self.detail = QTextBrowser(self)
        self.detail.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([800, 220])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addWidget(self.refusal)
        layout.addWidget(splitter, 1)

        self.plan_combo.currentIndexChanged.connect(lambda _i: self._load_selected_plan())
        self.expand_button.clicked.connect(self.view.expandAll)
        self.collapse_button.clicked.connect(self.view.collapseAll)
        self.new_plan_button.clicked.connect(self.start_new_plan)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        # Areas and their groups: everything below them is a leaf, so this shows what
        # expandAll() shows without asking the model about each of thousands of tasks.
        self.model.modelReset.connect(lambda: self.view.expandToDepth(1))
        ctx.events.changed.connect(self._on_changed)
        self._retranslate()
        self.reload_plans()

    # -- plans -----------------------------------------------------------------------

    def reload_plans(self, select: str | None = None) -> None:
        """Fill the plan combo; keep (or move to) `select`, else the current plan."""
        keep = select or self.plan_combo.currentData()
        if keep is None:
            current = self.plans.current_plan()
            keep = current["id"] if current else None
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for plan in self.plans.plans():
            text = f"{plan['title']} ({choice_label(plan['status'])})"
            self.plan_combo.addItem(text, plan["id"])
        index = self.plan_combo.findData(keep) if keep else -1
        self.plan_combo.setCurrentIndex(max(index, 0))
        self.plan_combo.blockSignals(False)
        self._load_selected_plan()

    def plan_id(self) -> str | None:
        data = self.plan_combo.currentData()
        return str(data) if data else None

    def _load_selected_plan(self) -> None:
        self.model.load(self.plan_id())
        first = self.model.index(0, 0)
        if first.isValid():
            self.view.setCurrentIndex(first)
        else:
            self.detail.clear()

    def start_new_plan(self) -> StartPlanCommand | None:
        dialog = NewPlanDialog(self.plans.plans(), self.plan_id(), self)
        if dialog.exec() != NewPlanDialog.DialogCode.Accepted:
            return None
        return self.start_plan(*dialog.choice().__dict__.values())

    def start_plan(self, source_plan_id: str, title: str, start: int, end: int
                   ) -> StartPlanCommand | None:
        """Start a plan as an undoable step and show it; None (and a message) if refused."""
        command = StartPlanCommand(self.ctx, source_plan_id, title, start, end)
        self.ctx.undo.push(command)
        if command.plan_id is None:
            QMessageBox.warning(self, self.tr("Start a new plan"), command.error)
            return None
        self.reload_plans(select=command.plan_id)
        return command

    # -- navigation ------------------------------------------------------------------

    def show_record(self, row_id: str) -> None:
        """Select a plan, area, outcome or task, switching plans if needed."""
        plan_id = self._plan_of(row_id)
        if plan_id is not None and plan_id != self.plan_id():
            self.reload_plans(select=plan_id)
        index = self.model.index_of(row_id)
        if index.isValid():
            parent = index.parent()
            while parent.isValid():
                self.view.expand(parent)
                parent = parent.parent()
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
            self.view.setFocus()

    def _plan_of(self, row_id: str) -> str | None:
        try:
            type_name, record = self.ctx.records.find(row_id)
            if type_name == "action_plan":
                return row_id
            if type_name == "key_outcome":
                record = self.ctx.records.get("action_area", record["area"])
            return str(record["plan"]) if record.get("plan") else None
        except IaliError:
            return None

    # -- detail panel ----------------------------------------------------------------

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        index = self.view.currentIndex()
        ref = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole) if index.isValid() \
            else None
        if not ref:
            self.detail.clear()
            return
        kind, row_id = ref
        try:
            record = self.ctx.records.get(kind, row_id)
        except IaliError:
            self.detail.clear()
            return
        self.detail.setHtml(self._detail_html(kind, record))

    def _detail_html(self, kind: str, record: Record) -> str:
        titles = self.ctx.records.ref_titles(kind, record)
        heading = record.get("title") or record.get("text") or record.get("role_name") or ""
        parts = [f"<p><small>{escape(type_label(kind))}</small></p>",
                 f"<h3>{escape(str(heading))}</h3>"]
        for name in DETAIL_FIELDS.get(kind, ()):
            value = record.get(name)
            if value in (None, "", []):
                continue
            if isinstance(value, list):
                shown = ", ".join(titles.get(str(v), str(v)) for v in value)
            elif name in ("status", "kind"):
                shown = choice_label(value)
            elif name == "due_date":
                shown = format_date(value)
            elif name == "progress":
                shown = f"{value}%"
            else:
                shown = titles.get(value, str(value)) if isinstance(value, str) else str(value)
            text = escape(shown).replace("\n", "<br>")
            parts.append(f"<p><b>{escape(field_label(kind, name))}</b><br>{text}</p>")
        return "".join(parts)

    # -- refresh and language --------------------------------------------------------

    def _show_refusal(self, message: str) -> None:
        self.refusal.setText(message[:1].upper() + message[1:])
        self.refusal.show()

    def _on_changed(self, type_name: str) -> None:
        if type_name not in PLAN_TYPES:
            return
        self.refusal.hide()
        if type_name == "action_plan":
            self.reload_plans()
            return
        current = self.view.currentIndex()
        ref = current.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole) \
            if current.isValid() else None
        self.model.refresh()
        if ref:
            index = self.model.index_of(ref[1])
            if index.isValid() and index != current.siblingAtColumn(0):
                self.view.setCurrentIndex(index)
        self._on_selection(QItemSelection(), QItemSelection())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.plan_label.setText(self.tr("&Plan:"))
        self.expand_button.setText(self.tr("Expand all"))
        self.collapse_button.setText(self.tr("Collapse all"))
        self.new_plan_button.setText(self.tr("Start a new plan…"))
        self.view.setAccessibleName(self.tr("Action plan tree"))
        self.detail.setAccessibleName(self.tr("Details of the selected item"))
        self.refusal.setAccessibleName(self.tr("Edit refused"))
        self.header_labels.set_labels(self.model.header_labels())
        if self.model.rowCount(QModelIndex()):
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
