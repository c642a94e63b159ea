"""A plan's tree read one group of tasks at a time, for a window that shows a screenful.

`PlanService.tree` reads every task of a plan as a whole record: right for a printed
report, slow for a page that opens on a plan of 10,000 tasks and shows forty of them.
`PlanOutlines.outline` reads the plan, its areas and key outcomes, and per group of tasks
(an area's ongoing activities, its specific tasks, the tasks filed under no area of the
plan) how many it holds, from one aggregate over the plan's tasks; `tasks` reads a slice
of one group and `position` finds where a task stands in its group. The groups, their
order, the tasks' order within them and each area's progress are those of `tree`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from iali_desktop.domain.choices import TaskKind
from iali_desktop.domain.query import Filter, Op, Query

from .plans import summarise
from .records import Record, RecordService

ONGOING = TaskKind.ONGOING_ACTIVITY.value
TREE_ORDER = ("kind", "number")  # the order `PlanService.tree` reads a plan's tasks in


@dataclass(frozen=True)
class TaskGroup:
    """One group of a plan's tasks: "ongoing" or "specific" (of an area) or "unassigned"."""

    key: str
    count: int
    query: Query  # the group's tasks, in the tree's order


@dataclass(frozen=True)
class AreaOutline:
    area: Record
    outcomes: tuple[Record, ...]
    groups: tuple[TaskGroup, ...]  # its ongoing activities, then its specific tasks (if any)
    progress: int  # mean progress of its tasks, as `AreaNode.progress`


@dataclass(frozen=True)
class PlanOutline:
    plan: Record
    areas: tuple[AreaOutline, ...]
    unassigned: TaskGroup | None  # tasks filed under no (live) area of the plan

    def shape(self) -> tuple[object, ...]:
        """What the tree's rows are made of, without the values shown in them."""
        areas = tuple((a.area["id"], tuple(o["id"] for o in a.outcomes),
                       tuple((g.key, g.count) for g in a.groups)) for a in self.areas)
        return (*areas, self.unassigned.count if self.unassigned else 0)


class PlanOutlines:
    """Reads plans for the plan page: the outline at once, the tasks as they are shown."""

    def __init__(self, records: RecordService) -> None:
        self.records = records

    def outline(self, plan_id: str) -> PlanOutline:
        plan = self.records.get("action_plan", plan_id)
        in_plan = Filter("plan", Op.EQ, plan_id)
        areas = self.records.list("action_area", Query(filters=(in_plan,), order=("number",)))
        area_ids = [a["id"] for a in areas]
        outcomes: dict[str, list[Record]] = {a: [] for a in area_ids}
        if area_ids:
            for outcome in self.records.list("key_outcome", Query(
                    filters=(Filter("area", Op.IN, area_ids),), order=("number",))):
                outcomes[outcome["area"]].append(outcome)
        # Per area, kind and status: how many tasks and their summed progress.
        totals: dict[tuple[str, str], list[tuple[str | None, int, int]]] = {}
        for area, kind, status, count, progress in self.records.group_totals(
                "task", ["area", "kind", "status"], "progress", Query(filters=(in_plan,))):
            key = ("ongoing" if kind == ONGOING else "specific", area) \
                if area in outcomes else ("unassigned", "")
            totals.setdefault(key, []).append((status, int(count), int(progress or 0)))

        def group(key: str, area: str, *filters: Filter) -> TaskGroup | None:
            count = sum(n for _s, n, _p in totals.get((key, area), ()))
            return TaskGroup(key, count, Query(filters=(in_plan, *filters), order=TREE_ORDER)) \
                if count else None

        out = []
        for a in areas:
            on_area = Filter("area", Op.EQ, a["id"])
            groups = [g for g in (group("ongoing", a["id"], on_area,
                                        Filter("kind", Op.EQ, ONGOING)),
                                  group("specific", a["id"], on_area,
                                        Filter("kind", Op.NOT_IN, [ONGOING])))
                      if g is not None]
            tasks = [*totals.get(("ongoing", a["id"]), ()),
                     *totals.get(("specific", a["id"]), ())]
            out.append(AreaOutline(a, tuple(outcomes[a["id"]]), tuple(groups),
                                   summarise(tasks)[2]))
        elsewhere = (Filter("area", Op.NOT_IN, area_ids),) if area_ids else ()
        return PlanOutline(plan, tuple(out), group("unassigned", "", *elsewhere))

    def tasks(self, group: TaskGroup, offset: int, limit: int) -> list[Record]:
        """Tasks `offset` to `offset + limit` of a group, in the tree's order."""
        return self.records.list("task", replace(group.query, offset=offset, limit=limit))

    def position(self, group: TaskGroup, task_id: str) -> int | None:
        """Where a task stands in its group (None if it is not in it)."""
        ids = self.records.ids("task", group.query)
        return ids.index(task_id) if task_id in ids else None

    @staticmethod
    def group_of(outline: PlanOutline, task: Record) -> TaskGroup | None:
        """The group of the outline that holds a task of its plan."""
        for a in outline.areas:
            if a.area["id"] == task["area"]:
                key = "ongoing" if task["kind"] == ONGOING else "specific"
                return next((g for g in a.groups if g.key == key), None)
        return outline.unassigned
