"""The nodes of the plan tree: an area, a group of outcomes or tasks, an outcome, a task.

A group of tasks knows how many tasks it holds (`total`) and where to read them
(`source`); `children` are those read so far (see `PlanTreeModel`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from iali_desktop.services.plan_outline import TaskGroup
from iali_desktop.services.records import Record

GROUP_TITLES: dict[str, Any] = {  # QT_TRANSLATE_NOOP is typed `object`
    "outcomes": QT_TRANSLATE_NOOP("PlanTreeModel", "Key outcomes"),
    "ongoing": QT_TRANSLATE_NOOP("PlanTreeModel", "Ongoing activities"),
    "specific": QT_TRANSLATE_NOOP("PlanTreeModel", "Specific tasks"),
    "unassigned": QT_TRANSLATE_NOOP("PlanTreeModel", "Tasks with no action area"),
}


def group_title(key: str) -> str:
    return QCoreApplication.translate("PlanTreeModel", str(GROUP_TITLES[key]))


@dataclass(eq=False, slots=True)
class Node:
    kind: str  # "area", "group", "key_outcome" or "task"
    record: Record | None = None
    group: str = ""
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    progress: int = 0  # for areas: mean progress of their tasks
    total: int = 0  # for groups: how many items the group holds (`children`: those read)
    source: TaskGroup | None = None  # for groups of tasks: where to read more
    position: int = 0  # row among its parent's children

    def add(self, child: Node) -> Node:
        child.parent = self
        child.position = len(self.children)
        self.children.append(child)
        return child

    @property
    def type_name(self) -> str:
        """The record type of this node's record ("area" nodes hold action areas)."""
        return "action_area" if self.kind == "area" else self.kind

    @property
    def row_id(self) -> str:
        return str(self.record["id"]) if self.record is not None else ""

    def shape(self) -> tuple[Any, ...]:
        return (self.kind, self.row_id, self.group, self.total,
                tuple(c.shape() for c in self.children))
