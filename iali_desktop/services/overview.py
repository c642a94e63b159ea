"""What needs attention now: the questions the dashboard and the printed packs both ask.

Kept in one place so the window and the PDF never disagree on what "overdue" or "due for
review" means. Every question is a filtered query done in SQL by the store; nothing here
knows about Qt or ReportLab. `today` is passed in so tests and reports can fix the date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iali_desktop.domain.choices import (
    OPEN_TASK_STATUSES,
    AgreementStatus,
    EcDecision,
    EventKind,
    EventStatus,
    ListingStatus,
    MemberStatus,
    TaskStatus,
)
from iali_desktop.domain.query import Filter, Op, Query

from .records import Record, RecordService

DUE_SOON_DAYS = 30
UPCOMING_EVENT_DAYS = 90
REVIEW_WINDOW_DAYS = 60

_OPEN = [s.value for s in OPEN_TASK_STATUSES]
# Filtered in SQL (a task with no status yet is open: NOT_IN keeps NULL), so a list with
# a limit reads only the rows it shows.
_CLOSED = [s.value for s in TaskStatus if s not in OPEN_TASK_STATUSES]
_LIVE_AGREEMENTS = [AgreementStatus.PROPOSED.value, AgreementStatus.NEGOTIATING.value,
                    AgreementStatus.SIGNED.value]
_CANCELLED = [EventStatus.CANCELLED.value]  # an event with no status yet is not cancelled


def _is_open(task: Record) -> bool:
    """A task with no status yet counts as not started, so as open."""
    return task.get("status") in (None, *_OPEN)


@dataclass(frozen=True)
class PendingRequest:
    """An assistance request still waiting for the EC, and how long it has waited."""

    request: Record
    age_days: int | None  # None when the received date is unknown


@dataclass(frozen=True)
class UnpaidDues:
    """A member in good standing with no paid dues for the year asked about."""

    member: Record
    year: int
    dues: Record | None  # the unpaid dues record, if one was raised


class Overview:
    """Questions about the state of the work on a given day."""

    def __init__(self, records: RecordService, today: dt.date | None = None) -> None:
        self.records = records
        self.today = today or dt.date.today()

    def _day(self, offset: int) -> str:
        return (self.today + dt.timedelta(days=offset)).isoformat()

    def _plan_filter(self, plan_id: str | None) -> tuple[Filter, ...]:
        return (Filter("plan", Op.EQ, plan_id),) if plan_id else ()

    # Tasks ------------------------------------------------------------------------------

    def _open_tasks(self, plan_id: str | None, *due: Filter, limit: int | None = None
                    ) -> Query:
        return Query(filters=(*self._plan_filter(plan_id), *due,
                              Filter("status", Op.NOT_IN, _CLOSED)),
                     order=("due_date", "title"), limit=limit)

    def _overdue(self, plan_id: str | None, limit: int | None = None) -> Query:
        return self._open_tasks(plan_id, Filter("due_date", Op.LTE, self._day(-1)),
                                limit=limit)

    def _due_soon(self, plan_id: str | None, days: int, limit: int | None = None) -> Query:
        return self._open_tasks(plan_id, Filter("due_date", Op.GTE, self._day(0)),
                                Filter("due_date", Op.LTE, self._day(days)), limit=limit)

    def overdue_tasks(self, plan_id: str | None = None, limit: int | None = None
                      ) -> list[Record]:
        """Open tasks whose due date has passed, the longest overdue first (the first
        `limit` of them, if given)."""
        return self.records.list("task", self._overdue(plan_id, limit))

    def overdue_count(self, plan_id: str | None = None) -> int:
        return self.records.count("task", self._overdue(plan_id))

    def due_soon_tasks(self, plan_id: str | None = None, days: int = DUE_SOON_DAYS,
                       limit: int | None = None) -> list[Record]:
        """Open tasks due from today up to `days` ahead, soonest first."""
        return self.records.list("task", self._due_soon(plan_id, days, limit))

    def due_soon_count(self, plan_id: str | None = None, days: int = DUE_SOON_DAYS) -> int:
        return self.records.count("task", self._due_soon(plan_id, days))

    def is_overdue(self, task: Record) -> bool:
        due: str | None = task.get("due_date")
        return due is not None and due < self._day(0) and _is_open(task)

    # Events -----------------------------------------------------------------------------

    def upcoming_events(self, days: int = UPCOMING_EVENT_DAYS) -> list[Record]:
        """Events starting from today up to `days` ahead (not cancelled), soonest first."""
        return self.records.list("event", Query(
            filters=(Filter("start_date", Op.GTE, self._day(0)),
                     Filter("start_date", Op.LTE, self._day(days)),
                     Filter("status", Op.NOT_IN, _CANCELLED)),
            order=("start_date", "name")))

    def events_between(self, start: dt.date, end: dt.date) -> list[Record]:
        """Events (not cancelled) starting within [start, end], in date order."""
        return self.records.list("event", Query(
            filters=(Filter("start_date", Op.GTE, start.isoformat()),
                     Filter("start_date", Op.LTE, end.isoformat()),
                     Filter("status", Op.NOT_IN, _CANCELLED)),
            order=("start_date", "name")))

    def ec_meetings(self) -> list[Record]:
        """Every EC meeting, the most recent first."""
        return self.records.list("event", Query(
            filters=(Filter("kind", Op.EQ, EventKind.EC_MEETING.value),),
            order=("-start_date", "name")))

    def previous_meeting(self, meeting: Record) -> Record | None:
        """The EC meeting held before this one, if any (a cancelled one was not held)."""
        start = meeting.get("start_date") or self._day(0)
        earlier = [m for m in self.ec_meetings()
                   if m["id"] != meeting["id"] and (m.get("start_date") or "") < start
                   and m.get("status") != EventStatus.CANCELLED.value]
        return earlier[0] if earlier else None

    def next_meeting(self) -> Record | None:
        """The next EC meeting from today, if one is planned."""
        coming = [m for m in self.ec_meetings() if (m.get("start_date") or "") >= self._day(0)
                  and m.get("status") != EventStatus.CANCELLED.value]
        return coming[-1] if coming else None

    # Partners ---------------------------------------------------------------------------

    def latest_engagements(self, limit: int = 10) -> list[Record]:
        return self.records.list("engagement", Query(order=("-date",), limit=limit))

    def engagements_since(self, since: dt.date | None, region_id: str | None = None
                          ) -> list[Record]:
        """Engagements dated on or after `since` (all if None), newest first."""
        filters: list[Filter] = []
        if since is not None:
            filters.append(Filter("date", Op.GTE, since.isoformat()))
        if region_id is not None:
            filters.append(Filter("region", Op.EQ, region_id))
        return self.records.list("engagement", Query(filters=tuple(filters), order=("-date",)))

    def agreements_due_for_review(self, days: int = REVIEW_WINDOW_DAYS) -> list[Record]:
        """Live agreements whose review date has passed or falls within `days`."""
        return self.records.list("agreement", Query(
            filters=(Filter("status", Op.IN, _LIVE_AGREEMENTS),
                     Filter("review_on", Op.LTE, self._day(days))),
            order=("review_on", "title")))

    # Expertise --------------------------------------------------------------------------

    def pending_requests(self) -> list[PendingRequest]:
        """Assistance requests with no EC decision yet (pending or blank), oldest first."""
        rows = self.records.list("assistance_request", Query(order=("received_on",)))
        waiting = [r for r in rows if r.get("ec_decision") in (None, EcDecision.PENDING.value)]
        return [PendingRequest(r, self._age(r.get("received_on"))) for r in waiting]

    def listing_changes_since(self, since: dt.date | None) -> list[Record]:
        """Experts listed or delisted on or after `since`, newest change first."""
        filters: list[Filter] = [Filter("listing_status", Op.IN, [
            ListingStatus.LISTED.value, ListingStatus.DELISTED.value])]
        if since is not None:
            filters.append(Filter("listing_changed_on", Op.GTE, since.isoformat()))
        return self.records.list("expert", Query(filters=tuple(filters),
                                                 order=("-listing_changed_on",)))

    def _age(self, received: str | None) -> int | None:
        if not received:
            return None
        return (self.today - dt.date.fromisoformat(received)).days

    # Membership -------------------------------------------------------------------------

    def unpaid_dues(self, year: int | None = None) -> list[UnpaidDues]:
        """Active members with no dues paid for `year` (this year by default)."""
        year = year or self.today.year
        members = self.records.list("member", Query(
            filters=(Filter("status", Op.EQ, MemberStatus.ACTIVE.value),)))
        dues = self.records.list("dues", Query(filters=(Filter("year", Op.EQ, year),)))
        by_member: dict[str, list[Record]] = {}
        for d in dues:
            by_member.setdefault(d["member"] or "", []).append(d)
        out: list[UnpaidDues] = []
        for member in members:
            raised = by_member.get(member["id"], [])
            if any(d.get("paid_on") for d in raised):
                continue
            out.append(UnpaidDues(member, year, raised[0] if raised else None))
        return out
