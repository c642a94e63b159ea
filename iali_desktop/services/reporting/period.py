"""The annual evaluation and the 3-yearly progress report: a plan over a period, as data."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from iali_desktop.domain.choices import ListingStatus
from iali_desktop.domain.errors import NotFoundError
from iali_desktop.domain.query import Filter, Op, Query

from ..overview import Overview
from ..records import Record, RecordService
from ..workspace import Workspace
from .common import EventLine, Names, PlanStatus, held_events, plan_for_year, plan_status


@dataclass(frozen=True)
class Figures:
    tasks_by_status: dict[str, int]
    engagements: int
    engagements_by_region: dict[str, int]  # region name ("" when none) -> count
    events_by_kind: dict[str, int]
    members_by_status: dict[str, int]
    dues_paid: int  # dues records of the period's years with a paid date
    dues_raised: int
    requests_received: int
    requests_by_decision: dict[str, int]  # of the requests received in the period
    experts_listed: int
    agreements_signed: int


@dataclass(frozen=True)
class PeriodReport:
    plan: PlanStatus
    plan_summary: str
    start: dt.date
    end: dt.date
    as_of: dt.date
    prepared_by: str
    key_events: tuple[EventLine, ...]
    figures: Figures


def period_report(ws: Workspace, plan_id: str, start: dt.date, end: dt.date, as_of: dt.date
                  ) -> PeriodReport:
    """A plan's state with the updates, events and figures of one period."""
    records = RecordService(ws)
    names = Names(records)
    for type_name in ("person", "region"):
        names.preload(type_name)
    ov = Overview(records, as_of)
    status = plan_status(records, plan_id, ov, names, start, end)
    plan = records.get("action_plan", plan_id)
    return PeriodReport(status, plan["summary"] or "", start, end, as_of, ws.identity().name,
                        held_events(records, start, end, names),
                        _figures(records, status, start, end, names))


def _figures(records: RecordService, status: PlanStatus, start: dt.date, end: dt.date,
             names: Names) -> Figures:
    within = (start.isoformat(), end.isoformat())

    def between(type_name: str, field_name: str) -> list[Record]:
        return records.list(type_name, Query(filters=(
            Filter(field_name, Op.GTE, within[0]), Filter(field_name, Op.LTE, within[1]))))

    tasks: Counter[str] = Counter()
    for area in status.areas:
        tasks.update(area.status_counts)
    engagements = between("engagement", "date")
    events = held_events(records, start, end, names)
    dues = records.list("dues", Query(filters=(Filter("year", Op.GTE, start.year),
                                               Filter("year", Op.LTE, end.year))))
    requests = between("assistance_request", "received_on")
    return Figures(
        dict(tasks), len(engagements),
        dict(sorted(Counter(names.of("region", e["region"]) for e in engagements).items())),
        dict(Counter(e.kind for e in events)),
        dict(Counter(m["status"] or "" for m in records.list("member"))),
        sum(1 for d in dues if d["paid_on"]), len(dues), len(requests),
        dict(Counter(r["ec_decision"] or "pending" for r in requests)),
        records.count("expert", Query(filters=(
            Filter("listing_status", Op.EQ, ListingStatus.LISTED.value),))),
        len([a for a in between("agreement", "signed_on")]))


def annual_report(ws: Workspace, year: int, as_of: dt.date) -> PeriodReport:
    plan = plan_for_year(RecordService(ws), year)
    if plan is None:
        raise NotFoundError(f"no action plan covers the year {year}")
    return period_report(ws, plan["id"], dt.date(year, 1, 1), dt.date(year, 12, 31), as_of)


def progress_report(ws: Workspace, plan_id: str, as_of: dt.date) -> PeriodReport:
    try:
        plan = RecordService(ws).get("action_plan", plan_id)
    except NotFoundError:
        raise NotFoundError(f"no action plan with id {plan_id}") from None
    start = dt.date(plan["period_start"] or as_of.year, 1, 1)
    end = dt.date(plan["period_end"] or as_of.year, 12, 31)
    return period_report(ws, plan_id, start, end, as_of)


