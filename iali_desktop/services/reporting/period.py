"""The annual evaluation and the 3-yearly progress report: a plan over a period, as data."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from iali_desktop.domain.choices import ListingStatus
from iali_desktop.domain.errors import NotFoundError
from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.domain.translation import _

from ..overview import Overview
from ..records import Record, RecordService
from ..workspace import Workspace
from .common import EventLine, Names, PlanStatus, held_events, plan_for_year, plan_status


@dataclass(frozen=True)
class IborLine:
    country: str
    inspectorate: str
    stage: str
    started_on: str | None
    completed_on: str | None
    assessors: tuple[str, ...]


@dataclass(frozen=True)
class PublicationLine:
    year: int | None
    title: str
    kind: str
    languages: tuple[str, ...]
    link: str


@dataclass(frozen=True)
class Figures:
    tasks_by_status: dict[str, int]
    engagements: int
    engagements_by_region: dict[str, int]  # region name ("" when none) -> count
    events_by_kind: dict[str, int]
    members_by_status: dict[str, int]  # members who had joined by the period's last day
    dues_paid: int  # dues records of the period's years with a paid date
    dues_raised: int
    requests_received: int
    requests_by_decision: dict[str, int]  # of the requests received in the period
    experts_listed: int  # listed on the period's last day, as far as listing dates show
    agreements_signed: int
    ibor_assessments: int = 0  # under way or completed in the period
    publications: int = 0  # published in the period's years


@dataclass(frozen=True)
class PeriodReport:
    plan: PlanStatus
    plan_summary: str
    start: dt.date
    end: dt.date
    as_of: dt.date  # the day the report describes: the period's last day once it is over
    prepared_by: str
    key_events: tuple[EventLine, ...]
    figures: Figures
    read_on: dt.date | None = None  # the day the data was read, when later than `as_of`
    ibor: tuple[IborLine, ...] = ()
    publications: tuple[PublicationLine, ...] = ()

    @property
    def past(self) -> bool:
        return self.read_on is not None


def period_report(ws: Workspace, plan_id: str, start: dt.date, end: dt.date, as_of: dt.date
                  ) -> PeriodReport:
    """A plan's state with the updates, events and figures of one period.

    A period that ended before `as_of` is described as it stood on its last day: task
    statuses from the updates of the time where later updates changed them, overdue on
    that day, members who had joined by then, experts listed then."""
    records = RecordService(ws)
    names = Names(records)
    for type_name in ("person", "region", "organisation", "term"):
        names.preload(type_name)
    day = min(as_of, end)
    past = day < as_of
    ov = Overview(records, day)
    status = plan_status(records, plan_id, ov, names, start, end, at=day if past else None)
    plan = records.get("action_plan", plan_id)
    ibor = _ibor(records, start, end, names)
    publications = _publications(records, start, end)
    return PeriodReport(status, plan["summary"] or "", start, end, day, ws.identity().name,
                        held_events(records, start, end, names),
                        _figures(records, status, start, end, names, len(ibor),
                                 len(publications)),
                        as_of if past else None, ibor, publications)


def _ibor(records: RecordService, start: dt.date, end: dt.date, names: Names
          ) -> tuple[IborLine, ...]:
    """Assessments under way at some time in the period, or completed in it."""
    first, last = start.isoformat(), end.isoformat()
    rows = [a for a in records.list("ibor_assessment", Query(order=("started_on", "country")))
            if (a["started_on"] or "") <= last and (a["completed_on"] or "9999") >= first
            and (a["started_on"] or a["completed_on"])]
    return tuple(IborLine(a["country"] or "", names.of("organisation", a["inspectorate"]),
                          names.of("term", a["stage"]), a["started_on"], a["completed_on"],
                          tuple(names.many("person", a["assessors"]))) for a in rows)


def _publications(records: RecordService, start: dt.date, end: dt.date
                  ) -> tuple[PublicationLine, ...]:
    rows = records.list("publication", Query(filters=(
        Filter("year", Op.GTE, start.year), Filter("year", Op.LTE, end.year)),
        order=("year", "title")))
    return tuple(PublicationLine(p["year"], p["title"] or "", p["kind"] or "",
                                 tuple(p["languages"] or []), p["link"] or "") for p in rows)


def _figures(records: RecordService, status: PlanStatus, start: dt.date, end: dt.date,
             names: Names, ibor: int, publications: int) -> Figures:
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
        dict(Counter(m["status"] or "" for m in records.list("member")
                     if (m["joined_on"] or "") <= within[1])),
        sum(1 for d in dues if d["paid_on"]), len(dues), len(requests),
        dict(Counter(r["ec_decision"] or "pending" for r in requests)),
        sum(1 for e in records.list("expert", Query(filters=(
            Filter("listing_status", Op.EQ, ListingStatus.LISTED.value),)))
            if (e["listing_changed_on"] or "") <= within[1]),
        len(between("agreement", "signed_on")), ibor, publications)


def annual_report(ws: Workspace, year: int, as_of: dt.date) -> PeriodReport:
    plan = plan_for_year(RecordService(ws), year)
    if plan is None:
        raise NotFoundError(_("no action plan covers the year {year}", year=year))
    return period_report(ws, plan["id"], dt.date(year, 1, 1), dt.date(year, 12, 31), as_of)


def progress_report(ws: Workspace, plan_id: str, as_of: dt.date) -> PeriodReport:
    try:
        plan = RecordService(ws).get("action_plan", plan_id)
    except NotFoundError:
        raise NotFoundError(_("no action plan with id {plan_id}", plan_id=plan_id)) from None
    start = dt.date(plan["period_start"] or as_of.year, 1, 1)
    end = dt.date(plan["period_end"] or as_of.year, 12, 31)
    return period_report(ws, plan_id, start, end, as_of)


