"""What several reports share: cached names, the plan status, event and engagement lines."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from iali_desktop.domain.choices import OPEN_TASK_STATUSES, EventStatus, TaskKind, TaskStatus
from iali_desktop.domain.errors import NotFoundError
from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.domain.translation import _

from ..overview import Overview
from ..plans import AreaNode, PlanService
from ..records import Record, RecordService
from ..seeding import areas_assigned_by_the_app


class Names:
    """Display titles of referenced records, fetched once per type and cached."""

    def __init__(self, records: RecordService) -> None:
        self.records = records
        self._cache: dict[str, dict[str, str]] = {}

    def of(self, type_name: str, row_id: str | None) -> str:
        if not row_id:
            return ""
        cache = self._cache.setdefault(type_name, {})
        if row_id not in cache:
            cache.update(self.records.titles(type_name, [row_id]))
        return cache.get(row_id, "")

    def many(self, type_name: str, ids: list[str] | None) -> list[str]:
        return [self.of(type_name, i) for i in ids or []]

    def preload(self, type_name: str) -> None:
        ids = self.records.ids(type_name)
        self._cache.setdefault(type_name, {}).update(self.records.titles(type_name, ids))


# Plan status ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class UpdateLine:
    date: str
    author: str
    text: str
    progress: int | None


@dataclass(frozen=True)
class TaskLine:
    ref: str  # "A1" for an ongoing activity, "T12" for a specific task
    kind: str
    title: str
    owner: str
    region: str
    status: str  # a TaskStatus value, or "" when no status is recorded
    progress: int | None
    due_date: str | None
    overdue: bool
    updates: tuple[UpdateLine, ...]  # newest first

    @property
    def latest(self) -> UpdateLine | None:
        return self.updates[0] if self.updates else None


@dataclass(frozen=True)
class OutcomeLine:
    number: int | None
    text: str
    status: str | None


@dataclass(frozen=True)
class AreaStatus:
    number: int
    role_name: str
    objective: str
    outcomes: tuple[OutcomeLine, ...]
    ongoing: tuple[TaskLine, ...]
    specific: tuple[TaskLine, ...]
    status_counts: dict[str, int]  # TaskStatus value, or UNKNOWN -> tasks
    progress: int | None  # mean of the tasks with a status (None when none has one)
    unknown: int = 0  # tasks with no recorded status, left out of `progress`
    description: str = ""
    areas_of_engagement: str = ""

    @property
    def tasks(self) -> tuple[TaskLine, ...]:
        return self.ongoing + self.specific


@dataclass(frozen=True)
class PlanStatus:
    plan_id: str
    title: str
    period: str
    areas: tuple[AreaStatus, ...]
    overdue: tuple[TaskLine, ...]
    status: str = ""  # the plan's PlanStatus value (adopted, closed, ...)
    summary: str = ""  # the plan's own text (its preface)
    areas_assigned: bool = False  # the plan lists its tasks without areas; the app grouped them
    at: dt.date | None = None  # statuses are as of this day when the period is past

    @property
    def tasks(self) -> tuple[TaskLine, ...]:
        return tuple(t for a in self.areas for t in a.tasks)

    @property
    def unknown(self) -> int:
        return sum(a.unknown for a in self.areas)

    @property
    def progress(self) -> int | None:
        """Mean progress of the plan's tasks that have a status (None when none has)."""
        return mean_progress(self.tasks)


UNKNOWN = "unknown"  # the status_counts key of tasks with no recorded status


def mean_progress(tasks: tuple[TaskLine, ...] | list[TaskLine]) -> int | None:
    """Mean progress, 0-100, of the tasks with a recorded status (done counts as 100,
    cancelled and unknown ones are left out); None when no task has a status."""
    known = [t for t in tasks if t.status and t.status != TaskStatus.CANCELLED.value]
    if not known:
        return None
    total = sum(100 if t.status == TaskStatus.DONE.value else (t.progress or 0) for t in known)
    return round(total / len(known))


def plan_status(records: RecordService, plan_id: str, overview: Overview, names: Names,
                updates_from: dt.date | None = None, updates_to: dt.date | None = None,
                at: dt.date | None = None) -> PlanStatus:
    """Areas, outcomes and tasks of a plan; updates limited to the given period if any.

    With `at` (the end of a past period), each task's status and progress are those its
    updates show on that day where later updates changed them, and "overdue" is judged
    on that day."""
    try:
        tree = PlanService(records).tree(plan_id)
    except NotFoundError:
        raise NotFoundError(_("no action plan with id {plan_id}", plan_id=plan_id)) from None
    task_ids = [t["id"] for n in tree.areas for t in n.tasks]
    every: dict[str, list[UpdateLine]] = {}  # all of a task's updates, newest first
    if task_ids:
        for u in records.list("task_update", Query(filters=(Filter("task", Op.IN, task_ids),),
                                                   order=("-date", "text"))):
            every.setdefault(u["task"], []).append(UpdateLine(
                u["date"] or "", names.of("person", u["author"]), u["text"] or "",
                u["progress"]))
    low = updates_from.isoformat() if updates_from else ""
    high = updates_to.isoformat() if updates_to else "9999-12-31"
    shown = {k: [u for u in v if low <= u.date <= high] for k, v in every.items()}
    past = _PastState(at, every) if at is not None else None
    areas = tuple(_area(n, overview, names, shown, past) for n in tree.areas)
    overdue = tuple(t for a in areas for t in a.tasks if t.overdue)
    plan = tree.plan
    return PlanStatus(plan["id"], plan["title"] or "",
                      f"{plan['period_start']}–{plan['period_end']}", areas, overdue,
                      plan["status"] or "", plan["summary"] or "",
                      areas_assigned_by_the_app(plan["id"]), at)


class _PastState:
    """A task's status and progress on a past day, as far as its updates show them."""

    def __init__(self, day: dt.date, updates: dict[str, list[UpdateLine]]) -> None:
        self.day = day.isoformat()
        self.updates = updates

    def of(self, t: Record) -> tuple[str, int | None, bool]:
        status, progress = t["status"] or "", t["progress"]
        updates = self.updates.get(t["id"], [])
        if any(u.date > self.day for u in updates):  # changed since: read the updates
            before = [u.progress for u in updates if u.date <= self.day and u.progress is not None]
            progress = before[0] if before else None
            status = ("" if progress is None else TaskStatus.DONE.value if progress >= 100
                      else TaskStatus.IN_PROGRESS.value if progress > 0
                      else TaskStatus.NOT_STARTED.value)
        overdue = bool(t["due_date"] and t["due_date"] < self.day and status in (
            "", *(s.value for s in OPEN_TASK_STATUSES)))
        return status, progress, overdue


def _area(node: AreaNode, overview: Overview, names: Names,
          updates: dict[str, list[UpdateLine]], past: _PastState | None) -> AreaStatus:
    area = node.area

    def line(t: Record) -> TaskLine:
        prefix = "A" if t["kind"] == TaskKind.ONGOING_ACTIVITY.value else "T"
        if past is not None:
            status, progress, overdue = past.of(t)
        else:
            status, progress, overdue = t["status"] or "", t["progress"], overview.is_overdue(t)
        return TaskLine(f"{prefix}{t['number'] or ''}", t["kind"], t["title"] or "",
                        names.of("person", t["owner"]), names.of("region", t["region"]),
                        status, progress, t["due_date"], overdue,
                        tuple(updates.get(t["id"], [])))

    ongoing = tuple(line(t) for t in node.ongoing)
    specific = tuple(line(t) for t in node.specific)
    tasks = ongoing + specific
    return AreaStatus(area["number"] or 0, area["role_name"] or "", area["objective"] or "",
                      tuple(OutcomeLine(o["number"], o["text"] or "", o["status"])
                            for o in node.outcomes),
                      ongoing, specific, dict(Counter(t.status or UNKNOWN for t in tasks)),
                      mean_progress(tasks), sum(1 for t in tasks if not t.status),
                      area["description"] or "", area["areas_of_engagement"] or "")


def plan_for_year(records: RecordService, year: int) -> Record | None:
    """The adopted plan whose period covers the year, else any plan covering it."""
    covering = [p for p in PlanService(records).plans()
                if (p["period_start"] or 0) <= year <= (p["period_end"] or 0)]
    adopted = [p for p in covering if p["status"] == "adopted"]
    pool = adopted or covering
    return max(pool, key=lambda p: p["period_start"] or 0, default=None)


# Shared lines ------------------------------------------------------------------------------

@dataclass(frozen=True)
class EventLine:
    start: str
    end: str | None
    name: str
    kind: str
    place: str  # the place, or "" when virtual
    virtual: bool
    status: str | None
    iali_role: str | None
    region: str
    precision: str = "day"  # how much of the dates is known: day, month or year


def event_line(e: Record, names: Names) -> EventLine:
    return EventLine(e["start_date"] or "", e["end_date"], e["name"] or "", e["kind"] or "",
                     e["place"] or "", bool(e["virtual"]), e["status"], e["iali_role"],
                     names.of("region", e["region"]), e["date_precision"] or "day")


@dataclass(frozen=True)
class EngagementLine:
    date: str
    kind: str
    organisations: tuple[str, ...]
    people: tuple[str, ...]
    summary: str
    follow_up: str


def engagement_line(e: Record, names: Names) -> EngagementLine:
    return EngagementLine(e["date"] or "", e["kind"] or "",
                          tuple(names.many("organisation", e["organisations"])),
                          tuple(names.many("person", e["people"])), e["summary"] or "",
                          e["follow_up"] or "")


def held_events(records: RecordService, start: dt.date, end: dt.date, names: Names
                ) -> tuple[EventLine, ...]:
    """Events (not cancelled) that started within the period, in date order."""
    return tuple(event_line(e, names) for e in Overview(records, end).events_between(start, end)
                 if e["status"] != EventStatus.CANCELLED.value)


