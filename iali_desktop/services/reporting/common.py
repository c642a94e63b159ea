"""What several reports share: cached names, the plan status, event and engagement lines."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iali_desktop.domain.choices import EventStatus, TaskKind
from iali_desktop.domain.errors import NotFoundError
from iali_desktop.domain.query import Filter, Op, Query

from ..overview import Overview
from ..plans import AreaNode, PlanService
from ..records import Record, RecordService


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
    status: str
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
    status_counts: dict[str, int]
    progress: int

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


def plan_status(records: RecordService, plan_id: str, overview: Overview, names: Names,
                updates_from: dt.date | None = None, updates_to: dt.date | None = None
                ) -> PlanStatus:
    """Areas, outcomes and tasks of a plan; updates limited to the given period if any."""
    try:
        tree = PlanService(records).tree(plan_id)
    except NotFoundError:
        raise NotFoundError(f"no action plan with id {plan_id}") from None
    task_ids = [t["id"] for n in tree.areas for t in n.tasks]
    filters: list[Filter] = [Filter("task", Op.IN, task_ids)]
    if updates_from is not None:
        filters.append(Filter("date", Op.GTE, updates_from.isoformat()))
    if updates_to is not None:
        filters.append(Filter("date", Op.LTE, updates_to.isoformat()))
    updates: dict[str, list[UpdateLine]] = {}
    if task_ids:
        for u in records.list("task_update", Query(filters=tuple(filters),
                                                   order=("-date", "text"))):
            updates.setdefault(u["task"], []).append(UpdateLine(
                u["date"] or "", names.of("person", u["author"]), u["text"] or "",
                u["progress"]))
    areas = tuple(_area(n, overview, names, updates) for n in tree.areas)
    overdue = tuple(t for a in areas for t in a.tasks if t.overdue)
    plan = tree.plan
    return PlanStatus(plan["id"], plan["title"] or "",
                      f"{plan['period_start']}–{plan['period_end']}", areas, overdue)


def _area(node: AreaNode, overview: Overview, names: Names,
          updates: dict[str, list[UpdateLine]]) -> AreaStatus:
    area = node.area

    def line(t: Record) -> TaskLine:
        prefix = "A" if t["kind"] == TaskKind.ONGOING_ACTIVITY.value else "T"
        return TaskLine(f"{prefix}{t['number'] or ''}", t["kind"], t["title"] or "",
                        names.of("person", t["owner"]), names.of("region", t["region"]),
                        t["status"] or "not_started", t["progress"], t["due_date"],
                        overview.is_overdue(t), tuple(updates.get(t["id"], [])))

    return AreaStatus(area["number"] or 0, area["role_name"] or "", area["objective"] or "",
                      tuple(OutcomeLine(o["number"], o["text"] or "", o["status"])
                            for o in node.outcomes),
                      tuple(line(t) for t in node.ongoing), tuple(line(t) for t in node.specific),
                      dict(node.status_counts()), node.progress())


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


def event_line(e: Record, names: Names) -> EventLine:
    return EventLine(e["start_date"] or "", e["end_date"], e["name"] or "", e["kind"] or "",
                     e["place"] or "", bool(e["virtual"]), e["status"], e["iali_role"],
                     names.of("region", e["region"]))


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


