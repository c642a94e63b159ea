"""Action-plan use cases: the plan tree, progress per area, starting the next triennium."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from iali_desktop.domain.choices import TaskKind, TaskStatus
from iali_desktop.domain.errors import ValidationError
from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.domain.translation import _

from .records import Record, RecordService, WriteBatch


class Reader(Protocol):
    """Reads records: the service (own transaction) or a batch (inside its transaction)."""

    def get(self, type_name: str, row_id: str) -> Record: ...

    def list(self, type_name: str, query: Query = ...) -> list[Record]: ...

CLOSED = {TaskStatus.DONE.value, TaskStatus.CANCELLED.value}


@dataclass
class AreaNode:
    area: Record
    outcomes: list[Record] = field(default_factory=list)
    ongoing: list[Record] = field(default_factory=list)
    specific: list[Record] = field(default_factory=list)

    @property
    def tasks(self) -> list[Record]:
        return self.ongoing + self.specific

    def status_counts(self) -> Counter[str]:
        return Counter(t["status"] or TaskStatus.NOT_STARTED.value for t in self.tasks)

    def progress(self) -> int:
        """Mean progress of the area's tasks, 0-100 (done tasks count as 100)."""
        return mean_progress((t["status"], t["progress"]) for t in self.tasks)


_DONE, _CANCELLED = TaskStatus.DONE.value, TaskStatus.CANCELLED.value  # read once: hot loops


def mean_progress(tasks: Iterable[tuple[str | None, int | None]]) -> int:
    """Mean progress of (status, progress) pairs, 0-100: done tasks count as 100,
    cancelled ones not at all."""
    counted = [(s, p) for s, p in tasks if s != _CANCELLED]
    if not counted:
        return 0
    total = sum(100 if s == _DONE else (p or 0) for s, p in counted)
    return round(total / len(counted))


def summarise(groups: Iterable[tuple[str | None, int, int]]) -> tuple[int, int, int]:
    """Tasks done, tasks counted (not cancelled) and their mean progress, from (status,
    how many tasks, their summed progress) per group: what `mean_progress` says of the
    same tasks one by one."""
    counted = [(s, n, p) for s, n, p in groups if s != _CANCELLED]
    tasks = sum(n for _s, n, _p in counted)
    total = sum(100 * n if s == _DONE else p for s, n, p in counted)
    return (sum(n for s, n, _p in counted if s == _DONE), tasks,
            round(total / tasks) if tasks else 0)


@dataclass(frozen=True)
class AreaSummary:
    """An action area's bar on the dashboard: its tasks done, counted, mean progress."""

    area: Record
    done: int
    counted: int  # tasks not cancelled
    progress: int


@dataclass
class PlanTree:
    plan: Record
    areas: list[AreaNode]
    unassigned: list[Record]


class PlanService:
    def __init__(self, records: RecordService) -> None:
        self.records = records

    def plans(self) -> list[Record]:
        return self.records.list("action_plan")

    def current_plan(self) -> Record | None:
        """The adopted plan with the latest period, else the latest plan."""
        plans = self.plans()
        adopted = [p for p in plans if p["status"] == "adopted"]
        pool = adopted or plans
        return max(pool, key=lambda p: (p["period_start"] or 0, p["period_end"] or 0),
                   default=None)

    def tree(self, plan_id: str, reader: Reader | None = None) -> PlanTree:
        src: Reader = reader or self.records
        plan = src.get("action_plan", plan_id)
        areas = src.list("action_area", Query(
            filters=(Filter("plan", Op.EQ, plan_id),), order=("number",)))
        nodes = {a["id"]: AreaNode(a) for a in areas}
        if nodes:
            for outcome in src.list("key_outcome", Query(
                    filters=(Filter("area", Op.IN, list(nodes)),), order=("number",))):
                nodes[outcome["area"]].outcomes.append(outcome)
        unassigned: list[Record] = []
        for task in src.list("task", Query(filters=(Filter("plan", Op.EQ, plan_id),),
                                                    order=("kind", "number"))):
            node = nodes.get(task["area"] or "")
            if node is None:
                unassigned.append(task)
            elif task["kind"] == TaskKind.ONGOING_ACTIVITY.value:
                node.ongoing.append(task)
            else:
                node.specific.append(task)
        return PlanTree(plan, list(nodes.values()), unassigned)

    def area_summaries(self, plan_id: str) -> list[AreaSummary]:
        """What `tree(plan_id).areas` says of each area's progress, read as a few columns
        of the plan's tasks rather than whole records (a plan may hold thousands)."""
        areas = self.records.list("action_area", Query(
            filters=(Filter("plan", Op.EQ, plan_id),), order=("number",)))
        # Per area and status: how many tasks, and the sum of their progress; the same
        # sums `mean_progress` makes over the tasks one by one.
        groups: dict[str, list[tuple[str | None, int, int]]] = {a["id"]: [] for a in areas}
        for area, status, count, progress in self.records.group_totals(
                "task", ["area", "status"], "progress",
                Query(filters=(Filter("plan", Op.EQ, plan_id),))):
            if area in groups:
                groups[area].append((status, int(count), int(progress or 0)))
        return [AreaSummary(a, *summarise(groups[a["id"]])) for a in areas]

    def start_new_plan(self, source_plan_id: str, title: str, period_start: int,
                       period_end: int, batch: WriteBatch | None = None) -> str:
        """A new plan with the source's six areas, its ongoing activities and its unfinished
        specific tasks carried forward (renumbered, status kept)."""
        if period_end < period_start:
            raise ValidationError(_("the plan must end after it starts"))
        if batch is None:
            with self.records.batch() as own:
                return self._copy(self.tree(source_plan_id, own), title, period_start,
                                  period_end, own)
        return self._copy(self.tree(source_plan_id, batch), title, period_start, period_end,
                          batch)

    def _copy(self, tree: PlanTree, title: str, start: int, end: int, b: WriteBatch) -> str:
        plan_id = b.create("action_plan", {
            "title": title, "period_start": start, "period_end": end, "status": "draft",
            "summary": f"Carried forward from {tree.plan['title']}.",
        })
        area_ids: dict[str, str] = {}
        for node in tree.areas:
            area = node.area
            area_ids[area["id"]] = b.create("action_area", {k: area[k] for k in (
                "number", "role_name", "objective", "description", "areas_of_engagement")
                if area[k] is not None} | {"plan": plan_id})
        numbers: Counter[str] = Counter()
        groups: list[tuple[str | None, list[Record]]] = [
            (area_ids[n.area["id"]], n.tasks) for n in tree.areas]
        groups.append((None, tree.unassigned))  # tasks not yet filed under an area
        for area_id, tasks in groups:
            for task in tasks:
                if task["kind"] != TaskKind.ONGOING_ACTIVITY.value and task["status"] in CLOSED:
                    continue
                numbers[task["kind"]] += 1
                values: dict[str, Any] = {k: task[k] for k in (
                    "kind", "title", "detail", "owner", "region", "status", "progress")
                    if task[k] is not None}
                related = [area_ids[a] for a in task["related_areas"] or [] if a in area_ids]
                values |= {"plan": plan_id, "area": area_id,
                           "number": numbers[task["kind"]], "related_areas": related or None}
                b.create("task", {k: v for k, v in values.items() if v is not None})
        return plan_id
