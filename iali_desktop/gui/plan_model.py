"""The action plan as a Qt tree model: areas > outcomes, ongoing activities, specific tasks.

The structure comes from `PlanOutlines` (the same groups, order and progress as
`PlanService.tree`, so the page and the printed progress report agree). A plan may hold
10,000 tasks and the page shows forty: each group reads its first `CHUNK` tasks, and more
when the view asks (`fetch`, as the group's last read task scrolls near; `index_of` reads
as far as the task it is asked for). Edits (status, owner, due date, progress) are pushed
as undo commands over RecordService; when records change the model refreshes in place,
keeping the view's expansion and selection, unless the plan's shape changed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from iali_desktop.domain.choices import OutcomeStatus, TaskStatus
from iali_desktop.domain.errors import IaliError
from iali_desktop.services.overview import Overview
from iali_desktop.services.plan_outline import PlanOutline, PlanOutlines

from .context import AppContext
from .formatting import format_date
from .labels import choice_label
from .plan_nodes import Node, group_title
from .records.undo import EditFieldsCommand, push

ROOT = QModelIndex()  # the invalid index, as a default argument
Index = QModelIndex | QPersistentModelIndex

COL_TITLE, COL_STATUS, COL_OWNER, COL_DUE, COL_PROGRESS = range(5)
COLUMNS = 5
CHUNK = 40  # tasks of a group read at a time (a screenful is about forty rows)

# Roles as plain ints, flags combined once: the view asks data() several times and
# flags() once for every cell it paints, and Python enum arithmetic is slow there.
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
EDIT = int(Qt.ItemDataRole.EditRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
FONT = int(Qt.ItemDataRole.FontRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
REF = int(Qt.ItemDataRole.UserRole)  # (type name, id) of the node's record
NO_FLAGS = Qt.ItemFlag.NoItemFlags
BASE_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
EDITABLE = Qt.ItemFlag.ItemIsEditable
# Outcomes and tasks are leaves: saying so spares the view asking each of them.
LEAF_FLAGS = BASE_FLAGS | Qt.ItemFlag.ItemNeverHasChildren
EDITABLE_LEAF_FLAGS = LEAF_FLAGS | EDITABLE
_ANSWERED = frozenset({DISPLAY, EDIT, TOOLTIP, FONT, FOREGROUND, ACCESSIBLE, REF})

TASK_FIELDS = {COL_STATUS: "status", COL_OWNER: "owner", COL_DUE: "due_date",
               COL_PROGRESS: "progress"}
STATUS_CHOICES = {"task": tuple(s.value for s in TaskStatus),
                  "key_outcome": tuple(s.value for s in OutcomeStatus)}

class PlanTreeModel(QAbstractItemModel):
    """One plan's tree; `load(plan_id)` switches plans. An edit the services refuse emits
    `refused` with their sentence (the page shows it)."""

    refused = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._header_texts: dict[int, str] = {}  # a label set on two lines
        self.ctx = ctx
        self.outlines = PlanOutlines(ctx.records)
        self.plan_id: str | None = None
        self.outline: PlanOutline | None = None
        self.root = Node("root")
        self.by_id: dict[str, Node] = {}  # the nodes read so far, by their record's id
        self.owners: dict[str, str] = {}
        self.last_error = ""
        self._overview = Overview(ctx.records)
        self._fonts: dict[tuple[str, str], QFont] = {}

    # -- loading ---------------------------------------------------------------------

    def load(self, plan_id: str | None) -> None:
        self.beginResetModel()
        self.plan_id = plan_id
        self.root = self._build(self.outlines.outline(plan_id)) if plan_id else Node("root")
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read the plan as far as it was read; update rows in place when the tree kept
        its shape."""
        if self.plan_id is None:
            return
        read = {(a.row_id if a.kind == "area" else "", g.group): len(g.children)
                for a in (self.root, *self.root.children) for g in a.children
                if g.source is not None}
        old_ids = self.by_id
        fresh = self._build(self.outlines.outline(self.plan_id), read)
        if fresh.shape() != self.root.shape():
            self.beginResetModel()
            self.root = fresh
            self.endResetModel()
            return
        self.by_id = old_ids
        self._copy_records(fresh, self.root)
        self._emit_changed(QModelIndex(), self.root)

    def _build(self, outline: PlanOutline, read: dict[tuple[str, str], int] | None = None
               ) -> Node:
        """The tree of an outline, each group read to `read[(area id, group)]` tasks (at
        least `CHUNK`)."""
        self._overview = Overview(self.ctx.records)
        self.outline = outline
        self.by_id = {}
        self.owners = {}
        read = read or {}
        root = Node("root", outline.plan)
        for area in outline.areas:
            node = self._keep(root.add(Node("area", area.area, progress=area.progress)))
            if area.outcomes:
                group = node.add(Node("group", group="outcomes", total=len(area.outcomes)))
                for outcome in area.outcomes:
                    self._keep(group.add(Node("key_outcome", outcome)))
            for source in area.groups:
                group = node.add(Node("group", group=source.key, total=source.count,
                                      source=source))
                self._read(group, read.get((area.area["id"], source.key), 0))
        if outline.unassigned is not None:
            group = root.add(Node("group", group="unassigned",
                                  total=outline.unassigned.count, source=outline.unassigned))
            self._read(group, read.get(("", "unassigned"), 0))
        return root

    def _keep(self, node: Node) -> Node:
        self.by_id[node.row_id] = node
        return node

    def _read(self, group: Node, upto: int) -> None:
        """Read a group's tasks on to `upto` (at least CHUNK more), without telling views."""
        assert group.source is not None
        start = len(group.children)
        end = min(group.total, max(upto, start + CHUNK))
        if end <= start:
            return
        tasks = self.outlines.tasks(group.source, start, end - start)
        owners = {t["owner"] for t in tasks if t["owner"]} - self.owners.keys()
        if owners:
            self.owners.update(self.ctx.records.titles("person", sorted(owners)))
        for task in tasks:
            self._keep(group.add(Node("task", task)))

    def more(self, index: Index) -> int:
        """How many tasks of this group are not read yet."""
        node = self.node(index)
        return node.total - len(node.children) if node.source is not None else 0

    def fetch(self, index: Index, upto: int = 0) -> None:
        """Read more of a group's tasks (CHUNK more, or on to `upto`) and show them."""
        node = self.node(index)
        if node.source is None or not self.more(index):
            return
        end = min(node.total, max(upto, len(node.children) + CHUNK))
        rows = self.index(node.position, 0, self.parent(index)) if index.isValid() else ROOT
        self.beginInsertRows(rows, len(node.children), end - 1)
        self._read(node, end)
        self.endInsertRows()

    def _copy_records(self, source: Node, target: Node) -> None:
        target.record, target.progress = source.record, source.progress
        for s, t in zip(source.children, target.children, strict=True):
            self._copy_records(s, t)

    def _emit_changed(self, parent: QModelIndex, node: Node) -> None:
        """One signal per parent, for all its rows (a group may show thousands)."""
        if not node.children:
            return
        last = len(node.children) - 1
        self.dataChanged.emit(self.index(0, 0, parent), self.index(last, COLUMNS - 1, parent))
        for row, child in enumerate(node.children):
            if child.children:
                self._emit_changed(self.index(row, 0, parent), child)

    # -- lookup ----------------------------------------------------------------------

    def node(self, index: QModelIndex | QPersistentModelIndex) -> Node:
        if not index.isValid():
            return self.root
        node = index.internalPointer()
        assert isinstance(node, Node)
        return node

    def index_of(self, row_id: str) -> QModelIndex:
        """The index of the record with this id (invalid if it is not in this plan); a task
        not read yet is read, with its group's tasks up to it."""
        node = self.by_id.get(row_id) or self._read_up_to(row_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.position, 0, node)

    def _read_up_to(self, task_id: str) -> Node | None:
        if self.outline is None:
            return None
        try:
            task = self.ctx.records.get("task", task_id)
        except IaliError:
            return None
        source = self.outlines.group_of(self.outline, task) \
            if task["plan"] == self.plan_id else None
        group = next((g for a in self.root.children for g in [a, *a.children]
                      if g.source is not None and g.source == source), None)
        at = self.outlines.position(source, task_id) if source is not None else None
        if group is None or at is None:
            return None
        # Some tasks after it too: the view shows it with what follows.
        self.fetch(self.createIndex(group.position, 0, group), at + CHUNK)
        return self.by_id.get(task_id)

    # -- Qt model API ----------------------------------------------------------------

    def index(self, row: int, column: int,
              parent: QModelIndex | QPersistentModelIndex = ROOT) -> QModelIndex:
        # Checked here, not with hasIndex(): that asks rowCount() and columnCount() again,
        # and the view asks for an index of every row it lays out.
        # (The hot paths below read the node straight from the index: `node()` asserts
        # its type, and the view calls these some thousands of times per paint.)
        if parent.isValid():
            if parent.column() != 0:
                return QModelIndex()
            children = parent.internalPointer().children
        else:
            children = self.root.children
        if 0 <= row < len(children) and 0 <= column < COLUMNS:
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = index.internalPointer().parent
        if parent is None or parent is self.root:
            return QModelIndex()
        return self.createIndex(parent.position, 0, parent)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def hasChildren(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> bool:
        return self.rowCount(parent) > 0

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
        node = index.internalPointer()
        col = index.column()
        if node.kind == "task":
            return EDITABLE_LEAF_FLAGS if col in TASK_FIELDS else LEAF_FLAGS
        if node.kind == "key_outcome":
            return EDITABLE_LEAF_FLAGS if col == COL_STATUS else LEAF_FLAGS
        return BASE_FLAGS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if role not in _ANSWERED or not index.isValid():
            return None
        node = index.internalPointer()
        col = index.column()
        if role in (DISPLAY, ACCESSIBLE):
            return self._display(node, col)
        if role == EDIT:
            return self._edit_value(node, col)
        if role == TOOLTIP:
            return self._display(node, col) if col == COL_TITLE else None
        if role == REF:
            return (node.type_name, node.row_id) if node.record is not None else None
        if role == FONT and node.kind in ("area", "group"):
            return self._font(node.kind)
        if role == FOREGROUND and node.kind == "task" and node.record is not None \
                and self._overview.is_overdue(node.record) and col in (COL_TITLE, COL_DUE):
            dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
            return QColor("#ff7b72") if dark else QColor("#c62828")
        return None

    def _font(self, kind: str) -> QFont:
        """Areas in bold, groups in italics, in the application's font (made once per
        font: the view asks for every heading it paints)."""
        base = QApplication.font()
        key = (kind, base.key())
        font = self._fonts.get(key)
        if font is None:
            font = QFont(base)
            font.setBold(kind == "area")
            font.setItalic(kind == "group")
            self._fonts[key] = font
        return font

    def _display(self, node: Node, col: int) -> str:
        r = node.record
        if node.kind == "group":
            return f"{group_title(node.group)} ({node.total})" if col == 0 else ""
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
