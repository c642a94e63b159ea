"""The action plan as a Qt tree model: areas > outcomes, ongoing activities, specific tasks.

The structure comes from `PlanService.tree`, so the page and the printed progress report
group tasks the same way. Edits (status, owner, due date, progress) are pushed as undo
commands over RecordService; when records change the model refreshes in place, keeping
the view's expansion and selection, unless the plan's shape changed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from iali_desktop.domain.choices import OutcomeStatus, TaskStatus
from iali_desktop.services.overview import Overview
from iali_desktop.services.plans import PlanService, PlanTree
from iali_desktop.services.records import Record

from .context import AppContext
from .formatting import format_date
from .labels import choice_label
from .records.undo import EditFieldsCommand, push

ROOT = QModelIndex()  # the invalid index, as a default argument
Index = QModelIndex | QPersistentModelIndex

COL_TITLE, COL_STATUS, COL_OWNER, COL_DUE, COL_PROGRESS = range(5)
COLUMNS = 5

DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
FONT = Qt.ItemDataRole.FontRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
REF = Qt.ItemDataRole.UserRole  # (type name, id) of the node's record
NO_FLAGS = Qt.ItemFlag.NoItemFlags
BASE_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
EDITABLE = Qt.ItemFlag.ItemIsEditable

TASK_FIELDS = {COL_STATUS: "status", COL_OWNER: "owner", COL_DUE: "due_date",
               COL_PROGRESS: "progress"}
STATUS_CHOICES = {"task": tuple(s.value for s in TaskStatus),
                  "key_outcome": tuple(s.value for s in OutcomeStatus)}

GROUP_TITLES: dict[str, Any] = {  # QT_TRANSLATE_NOOP is typed `object`
    "outcomes": QT_TRANSLATE_NOOP("PlanTreeModel", "Key outcomes"),
    "ongoing": QT_TRANSLATE_NOOP("PlanTreeModel", "Ongoing activities"),
    "specific": QT_TRANSLATE_NOOP("PlanTreeModel", "Specific tasks"),
    "unassigned": QT_TRANSLATE_NOOP("PlanTreeModel", "Tasks with no action area"),
}


def _group_title(key: str) -> str:
    return QCoreApplication.translate("PlanTreeModel", str(GROUP_TITLES[key]))


@dataclass(eq=False)
class Node:
    kind: str  # "area", "group", "key_outcome" or "task"
    record: Record | None = None
    group: str = ""
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    progress: int = 0  # for areas: mean progress of their tasks

    def add(self, child: Node) -> Node:
        child.parent = self
        self.children.append(child)
        return child

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent is not None else 0

    @property
    def type_name(self) -> str:
        """The record type of this node's record ("area" nodes hold action areas)."""
        return "action_area" if self.kind == "area" else self.kind

    @property
    def row_id(self) -> str:
        return str(self.record["id"]) if self.record is not None else ""

    def shape(self) -> tuple[Any, ...]:
        return (self.kind, self.row_id, self.group, tuple(c.shape() for c in self.children))


class PlanTreeModel(QAbstractItemModel):
    """One plan's tree; `load(plan_id)` switches plans. An edit the services refuse emits
    `refused` with their sentence (the page shows it)."""

    refused = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._header_texts: dict[int, str] = {}  # a label set on two lines
        self.ctx = ctx
        self.plans = PlanService(ctx.records)
        self.plan_id: str | None = None
        self.root = Node("root")
        self.owners: dict[str, str] = {}
        self.last_error = ""
        self._overview = Overview(ctx.records)

    # -- loading ---------------------------------------------------------------------

    def load(self, plan_id: str | None) -> None:
        self.beginResetModel()
        self.plan_id = plan_id
        self.root = self._build(self.plans.tree(plan_id)) if plan_id else Node("root")
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read the plan; update rows in place when the tree kept its shape."""
        if self.plan_id is None:
            return
        fresh = self._build(self.plans.tree(self.plan_id))
        if fresh.shape() != self.root.shape():
            self.beginResetModel()
            self.root = fresh
            self.endResetModel()
            return
        self._copy_records(fresh, self.root)
        self._emit_changed(QModelIndex(), self.root)

    def _build(self, tree: PlanTree) -> Node:
        self._overview = Overview(self.ctx.records)
        root = Node("root", tree.plan)
        tasks = [t for a in tree.areas for t in a.tasks] + tree.unassigned
        self.owners = self.ctx.records.titles(
            "person", sorted({t["owner"] for t in tasks if t["owner"]}))
        for area in tree.areas:
            node = root.add(Node("area", area.area, progress=area.progress()))
            for key, records, kind in (("outcomes", area.outcomes, "key_outcome"),
                                       ("ongoing", area.ongoing, "task"),
                                       ("specific", area.specific, "task")):
                if records:
                    group = node.add(Node("group", group=key))
                    for record in records:
                        group.add(Node(kind, record))
        if tree.unassigned:
            group = root.add(Node("group", group="unassigned"))
            for record in tree.unassigned:
                group.add(Node("task", record))
        return root

    def _copy_records(self, source: Node, target: Node) -> None:
        target.record, target.progress = source.record, source.progress
        for s, t in zip(source.children, target.children, strict=True):
            self._copy_records(s, t)

    def _emit_changed(self, parent: QModelIndex, node: Node) -> None:
        if not node.children:
            return
        last = len(node.children) - 1
        self.dataChanged.emit(self.index(0, 0, parent), self.index(last, COLUMNS - 1, parent))
        for row, child in enumerate(node.children):
            self._emit_changed(self.index(row, 0, parent), child)

    # -- lookup ----------------------------------------------------------------------

    def node(self, index: QModelIndex | QPersistentModelIndex) -> Node:
        if not index.isValid():
            return self.root
        node = index.internalPointer()
        assert isinstance(node, Node)
        return node

    def index_of(self, row_id: str) -> QModelIndex:
        """The index of the record with this id (invalid if it is not in this plan)."""

        def walk(parent: QModelIndex, node: Node) -> QModelIndex:
            for row, child in enumerate(node.children):
                index = self.index(row, 0, parent)
                if child.row_id == row_id:
                    return index
                found = walk(index, child)
                if found.isValid():
                    return found
            return QModelIndex()

        return walk(QModelIndex(), self.root)

    # -- Qt model API ----------------------------------------------------------------

    def index(self, row: int, column: int,
              parent: QModelIndex | QPersistentModelIndex = ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self.node(parent).children[row])

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self.node(index).parent
        if parent is None or parent is self.root:
            return QModelIndex()
        return self.createIndex(parent.row(), 0, parent)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY:
            return None
        return self._header_texts.get(section, self.header_labels()[section])

    def header_labels(self) -> list[str]:
        """The columns' labels on one line (the header may show one on two lines)."""
        return [self.tr("Area, outcome or task"), self.tr("Status"), self.tr("Owner"),
                self.tr("Due"), self.tr("Progress")]

    def set_header_text(self, section: int, text: str) -> None:
        if self._header_texts.get(section) != text:
            self._header_texts[section] = text
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, section, section)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return NO_FLAGS
        node = self.node(index)
        col = index.column()
        if node.kind == "task" and col in TASK_FIELDS:
            return BASE_FLAGS | EDITABLE
        if node.kind == "key_outcome" and col == COL_STATUS:
            return BASE_FLAGS | EDITABLE
        return BASE_FLAGS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        col = index.column()
        if role in (DISPLAY, ACCESSIBLE):
            return self._display(node, col)
        if role == EDIT:
            return self._edit_value(node, col)
        if role == TOOLTIP and col == COL_TITLE:
            return self._display(node, col)
        if role == REF:
            return (node.type_name, node.row_id) if node.record is not None else None
        if role == FONT and node.kind in ("area", "group"):
            font = QFont(QApplication.font())
            font.setBold(node.kind == "area")
            font.setItalic(node.kind == "group")
            return font
        if role == FOREGROUND and node.kind == "task" and node.record is not None \
                and self._overview.is_overdue(node.record) and col in (COL_TITLE, COL_DUE):
            dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
            return QColor("#ff7b72") if dark else QColor("#c62828")
        return None

    def _display(self, node: Node, col: int) -> str:
        r = node.record
        if node.kind == "group":
            return f"{_group_title(node.group)} ({len(node.children)})" if col == 0 else ""
        if r is None:
            return ""
        if node.kind == "area":
            if col == COL_TITLE:
                return f"{r['number'] or ''}. {r['role_name'] or ''}"
            return f"{node.progress}%" if col == COL_PROGRESS else ""
        if col == COL_TITLE:
            text = r["text"] if node.kind == "key_outcome" else r["title"]
            return f"{r['number']}. {text or ''}" if r["number"] else (text or "")
        if col == COL_STATUS:
            default = "not_started" if node.kind == "task" else ""
            return choice_label(r["status"] or default)
        if node.kind != "task":
            return ""
        if col == COL_OWNER:
            return self.owners.get(r["owner"] or "", "")
        if col == COL_DUE:
            return format_date(r["due_date"])
        if col == COL_PROGRESS:
            value = 100 if r["status"] == "done" else (r["progress"] or 0)
            return f"{value}%"
        return ""

    def _edit_value(self, node: Node, col: int) -> Any:
        r = node.record
        if r is None or node.kind not in ("task", "key_outcome"):
            return None
        if col == COL_STATUS:
            return r["status"]
        if node.kind != "task":
            return None
        if col == COL_PROGRESS:
            return r["progress"] or 0
        if col == COL_DUE:
            return dt.date.fromisoformat(r["due_date"]) if r["due_date"] else None
        return r.get(TASK_FIELDS.get(col, ""))

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = EDIT) -> bool:
        if role != EDIT or not (self.flags(index) & EDITABLE):
            return False
        node = self.node(index)
        name = TASK_FIELDS[index.column()]
        if isinstance(value, dt.date):
            value = value.isoformat()
        if value == "":
            value = None
        assert node.record is not None
        if node.record.get(name) == value:
            return False
        command = EditFieldsCommand(self.ctx, node.type_name, node.row_id, {name: value},
                                    on_error=self._remember_error)
        outcome = push(self.ctx, command)
        return outcome.ok

    def _remember_error(self, message: str) -> None:
        self.last_error = message
        self.refused.emit(message)
