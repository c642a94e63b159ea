"""The EC meeting pack's content: the agenda and each item's papers, as plain data."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from iali_desktop.domain import hlc
from iali_desktop.domain.agenda import papers_of
from iali_desktop.domain.choices import AgendaPaper as Paper
from iali_desktop.domain.choices import (
    EcDecision,
    EventKind,
    ListingStatus,
    OrganisationKind,
)
from iali_desktop.domain.errors import NotFoundError, ValidationError
from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.domain.translation import _
from iali_desktop.store import reporting as store

from ..association import Association, load_association
from ..overview import Overview, PendingRequest
from ..plans import PlanService
from ..profile import load_profile
from ..records import Record, RecordService
from ..workspace import Workspace
from .common import (
    EventLine,
    Names,
    PlanStatus,
    engagement_line,
    event_line,
    plan_for_year,
    plan_status,
)
from .meeting_lines import (
    ActionItemLine,
    AgreementLine,
    AllianceLine,
    CriterionLine,
    ExpertChange,
    MemberLine,
    Membership,
    RegionReport,
    RequestLine,
)
from .minutes import carried_forward
from .pack_papers import PaperFile, PapersSource, source_for

CALENDAR_DAYS = 365
DEFAULT_LOOKBACK_DAYS = 180  # engagements shown when there is no previous EC meeting
DEFAULT_START = "09:00"  # the agenda's first item, when the meeting has no start time


@dataclass(frozen=True)
class AgendaLine:
    item_id: str
    position: int
    title: str
    kind: str | None  # an AgendaItemKind value
    presenter: str
    minutes: int | None
    starts: str  # "09:30"
    papers: tuple[str, ...]  # AgendaPaper values chosen for this item, in print order
    files: tuple[PaperFile, ...]  # its attached files (when "attached_files" is chosen)


@dataclass(frozen=True)
class MeetingPack:
    meeting_id: str
    meeting: EventLine
    association: Association
    prepared_by: str
    as_of: dt.date
    last_change: str  # "2026-11-25 12:58 UTC" or ""
    previous: EventLine | None
    since: dt.date  # engagements and listing changes from this day on
    start_time: str  # "09:00": when the first agenda item starts
    agenda: tuple[AgendaLine, ...]
    plan_title: str  # the plan chosen for the pack ("" when there is none)
    plan: PlanStatus | None  # its status, when an item asks for it
    decisions_needed: tuple[RequestLine, ...]
    regions: tuple[RegionReport, ...]
    agreements: tuple[AgreementLine, ...]
    calendar: tuple[EventLine, ...]
    calendar_to: dt.date
    membership: Membership
    expert_changes: tuple[ExpertChange, ...]
    carried_forward: tuple[ActionItemLine, ...]

    @property
    def end_time(self) -> str:
        """When the agenda ends, from its start and the minutes allotted."""
        return _clock(self.start_time, sum(a.minutes or 0 for a in self.agenda))


def meeting_pack(ws: Workspace, meeting_id: str, as_of: dt.date | None = None,
                 plan_id: str | None = None, papers: PapersSource | None = None
                 ) -> MeetingPack:
    """The pack's content as of a day (the meeting's own date when not given), for the
    plan chosen (else the adopted plan covering the meeting's year); each agenda item's
    papers as the secretary chose them, its files from `papers` (the attachments).
    Sections no item asks for are not gathered."""
    records = RecordService(ws)
    try:
        meeting = records.get("event", meeting_id)
    except NotFoundError:
        raise NotFoundError(_("no EC meeting with id {meeting_id}",
                              meeting_id=meeting_id)) from None
    if meeting["kind"] != EventKind.EC_MEETING.value:
        raise ValidationError(_("'{name}' is not an EC meeting, so it has no pack",
                                name=meeting['name']))
    day = as_of or meeting_day(meeting)
    names = Names(records)
    for type_name in ("person", "organisation", "region"):
        names.preload(type_name)
    ov = Overview(records, day)
    previous = ov.previous_meeting(meeting)
    since = (dt.date.fromisoformat(previous["start_date"]) if previous and
             previous["start_date"] else day - dt.timedelta(days=DEFAULT_LOOKBACK_DAYS))
    start_time = meeting["start_time"] or DEFAULT_START
    agenda = _agenda(records, meeting_id, names, start_time, papers or source_for(ws))
    wanted = {p for a in agenda for p in a.papers}
    plan = _plan(records, meeting, plan_id, day)
    calendar_to = day + dt.timedelta(days=CALENDAR_DAYS)
    with ws.read() as tx:
        stamp = store.latest_change_hlc(tx)
    last = (dt.datetime.fromtimestamp(hlc.physical_ms(stamp) / 1000, dt.UTC)
            .strftime("%Y-%m-%d %H:%M UTC") if stamp else "")
    return MeetingPack(
        meeting_id, event_line(meeting, names), load_association(ws),
        _preparer(ws, names), day, last,
        event_line(previous, names) if previous else None, since, start_time, agenda,
        (plan["title"] or "") if plan else "",
        plan_status(records, plan["id"], ov, names, updates_to=day)
        if plan and Paper.PLAN_STATUS in wanted else None,
        _decisions_needed(records, ov, names) if Paper.AWAITING_DECISION in wanted else (),
        _regions(records, ov, names, since, calendar_to)
        if Paper.REGIONAL_REPORTS in wanted else (),
        _agreements(records, ov, names) if Paper.MOU_REGISTER in wanted else (),
        tuple(event_line(e, names) for e in ov.events_between(day, calendar_to))
        if Paper.EVENTS_CALENDAR in wanted else (), calendar_to,
        _membership(records, ov, names) if Paper.MEMBERS_DUES in wanted
        else Membership(day.year, (), {}, 0, 0),
        _expert_changes(records, ov, names, since) if Paper.EXPERT_LISTING in wanted else (),
        _carried_forward(ws, meeting_id, day) if Paper.OPEN_ACTIONS in wanted else ())


def meeting_day(meeting: Record) -> dt.date:
    """The meeting's first day: what its pack is as of unless another day is chosen."""
    return dt.date.fromisoformat(meeting["start_date"] or dt.date.today().isoformat())


def _plan(records: RecordService, meeting: Record, plan_id: str | None, day: dt.date
          ) -> Record | None:
    if plan_id:
        try:
            return records.get("action_plan", plan_id)
        except NotFoundError:
            raise NotFoundError(_("no action plan with id {plan_id}", plan_id=plan_id)) from None
    year = int((meeting["start_date"] or day.isoformat())[:4])
    return plan_for_year(records, year) or PlanService(records).current_plan()


def _preparer(ws: Workspace, names: Names) -> str:
    """The user's name from their profile, else this install's name."""
    profile = load_profile(ws)
    person = names.of("person", profile.person) if profile and profile.person else ""
    return person or ws.identity().name


def _clock(start: str, minutes: int) -> str:
    begin = dt.datetime.combine(dt.date(2000, 1, 1), dt.time.fromisoformat(start))
    return (begin + dt.timedelta(minutes=minutes)).strftime("%H:%M")


def _agenda(records: RecordService, meeting_id: str, names: Names, start_time: str,
            papers: PapersSource) -> tuple[AgendaLine, ...]:
    items = records.list("agenda_item", Query(filters=(Filter("meeting", Op.EQ, meeting_id),),
                                              order=("position",)))
    elapsed = 0
    out: list[AgendaLine] = []
    for item in items:
        chosen = papers_of(item)
        files = tuple(papers(item["id"])) if Paper.ATTACHED_FILES in chosen else ()
        out.append(AgendaLine(
            item["id"], item["position"] or len(out) + 1, item["title"] or "", item["kind"],
            names.of("person", item["presenter"]), item["minutes_allotted"],
            _clock(start_time, elapsed), chosen, files))
        elapsed += item["minutes_allotted"] or 0
    return tuple(out)


def _decisions_needed(records: RecordService, ov: Overview, names: Names
                      ) -> tuple[RequestLine, ...]:
    day = ov.today.isoformat()
    pending = [  # as the EC saw them on the day: received by then, not decided before it
        PendingRequest(r, (ov.today - dt.date.fromisoformat(r["received_on"])).days
                       if r["received_on"] else None)
        for r in records.list("assistance_request", Query(order=("received_on",)))
        if (r["received_on"] or "") <= day
        and (r["ec_decision"] in (None, EcDecision.PENDING.value)
             or (r["decided_on"] or "") > day)]
    ids = [p.request["id"] for p in pending]
    by_request: dict[str, list[Record]] = {}
    if ids:
        for c in records.list("criterion_assessment", Query(
                filters=(Filter("request", Op.IN, ids),))):
            by_request.setdefault(c["request"], []).append(c)
    terms = records.rows("term", [c["criterion"] for cs in by_request.values() for c in cs])
    out = []
    for p in pending:
        r = p.request
        crits = sorted(by_request.get(r["id"], []), key=lambda c: (
            terms.get(c["criterion"], {}).get("sort_order") or 0, c["criterion"]))
        out.append(RequestLine(
            r["subject"] or "", names.of("organisation", r["requester"]), r["received_on"],
            p.age_days, r["description"] or "",
            tuple(CriterionLine(terms.get(c["criterion"], {}).get("name") or "", c["met"],
                                c["score"], c["note"] or "") for c in crits)))
    return tuple(out)


def _regions(records: RecordService, ov: Overview, names: Names, since: dt.date,
             until: dt.date) -> tuple[RegionReport, ...]:
    today = ov.today.isoformat()
    current = [a for a in records.list("representative_assignment")
               if (a["start_date"] or "") <= today and (a["end_date"] or "9999") >= today]
    alliances = records.list("organisation", Query(filters=(
        Filter("kind", Op.EQ, OrganisationKind.REGIONAL_ALLIANCE.value),), order=("name",)))
    events = ov.events_between(ov.today, until)
    out = []
    for region in records.list("region", Query(order=("name",))):
        rid = region["id"]
        reps = tuple(dict.fromkeys(names.of("person", a["person"]) for a in current
                                   if a["region"] == rid))
        allied = tuple(AllianceLine(names.of("organisation", o["id"]), tuple(
            names.of("person", a["person"]) for a in current if a["alliance"] == o["id"]))
            for o in alliances if o["region"] == rid)
        out.append(RegionReport(
            region["name"] or "", reps, allied,
            tuple(engagement_line(e, names) for e in ov.engagements_since(since, rid)
                  if (e["date"] or "") <= today),
            tuple(event_line(e, names) for e in events if e["region"] == rid)))
    return tuple(out)


def _agreements(records: RecordService, ov: Overview, names: Names
                ) -> tuple[AgreementLine, ...]:
    due = {a["id"] for a in ov.agreements_due_for_review()}
    return tuple(AgreementLine(
        a["title"] or "", tuple(names.many("organisation", a["parties"])), a["kind"] or "",
        a["status"] or "", a["signed_on"], a["review_on"], a["expires_on"],
        a["document_ref"] or "", a["id"] in due)
        for a in records.list("agreement", Query(order=("review_on", "title"))))


def _membership(records: RecordService, ov: Overview, names: Names) -> Membership:
    year = ov.today.year
    unpaid = {u.member["id"] for u in ov.unpaid_dues(year)}
    dues: dict[str, Record] = {}
    for d in records.list("dues", Query(filters=(Filter("year", Op.EQ, year),),
                                        order=("paid_on",))):
        dues.setdefault(d["member"] or "", d)
    members = records.list("member")
    orgs = records.rows("organisation", [m["organisation"] for m in members])
    lines = []
    for m in members:
        paid = dues.get(m["id"])
        org = orgs.get(m["organisation"], {})
        lines.append(MemberLine(
            org.get("name") or "", org.get("country") or "", names.of("term", m["category"]),
            m["status"] or "", m["joined_on"],
            f"{paid['amount']} {paid['currency'] or ''}".strip()
            if paid and paid["amount"] else "",
            paid["paid_on"] if paid else None, m["code_of_integrity_on"], m["common_principles_on"],
            m["id"] in unpaid))
    lines.sort(key=lambda m: (m.organisation.lower(), m.country))
    return Membership(year, tuple(lines), dict(Counter(m.status for m in lines)), len(unpaid),
                      sum(1 for m in lines if m.paid_on))


def _expert_changes(records: RecordService, ov: Overview, names: Names, since: dt.date
                    ) -> tuple[ExpertChange, ...]:
    return tuple(ExpertChange(
        names.of("person", e["person"]), e["listing_status"] or ListingStatus.LISTED.value,
        e["listing_changed_on"], e["listing_reason"] or "",
        tuple(names.many("term", e["skill_categories"])))
        for e in ov.listing_changes_since(since)
        if (e["listing_changed_on"] or "") <= ov.today.isoformat())


def _carried_forward(ws: Workspace, meeting_id: str, as_of: dt.date
                     ) -> tuple[ActionItemLine, ...]:
    # The same list the minutes print: the open action items of every earlier EC meeting,
    # until they, or their tasks in the plan, are done.
    return tuple(ActionItemLine(
        a.text, a.owner, a.due_date, a.status,
        bool(a.due_date and a.due_date < as_of.isoformat()))
        for a in carried_forward(ws, meeting_id))
