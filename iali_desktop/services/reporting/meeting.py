"""The EC meeting pack's content: agenda, papers and appendix, gathered as plain data."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from iali_desktop.domain import hlc
from iali_desktop.domain.choices import (
    DecisionKind,
    DecisionStatus,
    EventKind,
    ListingStatus,
    OrganisationKind,
)
from iali_desktop.domain.errors import NotFoundError, ValidationError
from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.store import reporting as store

from ..overview import Overview
from ..plans import PlanService
from ..records import Record, RecordService
from ..sync import SyncService
from ..workspace import Workspace
from .common import (
    EngagementLine,
    EventLine,
    Names,
    PlanStatus,
    engagement_line,
    event_line,
    plan_for_year,
    plan_status,
)

CALENDAR_DAYS = 365
DEFAULT_LOOKBACK_DAYS = 180  # engagements shown when there is no previous EC meeting

PAPERS = ("action_plan", "decisions", "regions", "agreements", "calendar", "membership",
          "experts", "carried_forward")
_PAPER_WORDS = {  # words in an agenda title (en, fr, es) that call for a paper
    "action_plan": ("action plan", "plan d'action", "plan de acción", "plan de accion"),
    "decisions": ("assistance", "decisions needed", "asistencia"),
    "regions": ("region", "région"),
    "agreements": ("mou", "memorand", "agreement", "accord", "acuerdo", "convenio"),
    "calendar": ("event", "calendar", "congress", "conference", "événement", "congrès",
                 "evento", "calendario", "congreso"),
    "membership": ("member", "dues", "membre", "cotisation", "miembro", "cuota"),
    "experts": ("expert", "experto"),
    "carried_forward": ("action item", "matters arising", "previous meeting", "suivi",
                        "seguimiento"),
}


@dataclass(frozen=True)
class AgendaLine:
    position: int
    title: str
    presenter: str
    minutes: int | None
    starts: str  # "09:00"
    papers: tuple[str, ...]  # keys of PAPERS presented under this item


@dataclass(frozen=True)
class CriterionLine:
    name: str
    met: bool | None
    score: int | None
    note: str


@dataclass(frozen=True)
class RequestLine:
    subject: str
    requester: str
    received: str | None
    age_days: int | None
    description: str
    criteria: tuple[CriterionLine, ...]

    @property
    def met_count(self) -> int:
        return sum(1 for c in self.criteria if c.met)

    @property
    def score(self) -> int:
        return sum(c.score or 0 for c in self.criteria)


@dataclass(frozen=True)
class AllianceLine:
    name: str
    representatives: tuple[str, ...]


@dataclass(frozen=True)
class RegionReport:
    name: str
    representatives: tuple[str, ...]
    alliances: tuple[AllianceLine, ...]
    engagements: tuple[EngagementLine, ...]
    upcoming: tuple[EventLine, ...]


@dataclass(frozen=True)
class AgreementLine:
    title: str
    parties: tuple[str, ...]
    kind: str
    status: str
    signed_on: str | None
    review_on: str | None
    expires_on: str | None
    document_ref: str
    review_due: bool


@dataclass(frozen=True)
class MemberLine:
    organisation: str
    country: str
    category: str
    status: str
    joined_on: str | None
    dues: str  # "500 EUR" or ""
    paid_on: str | None
    code_of_integrity_on: str | None
    common_principles_on: str | None
    unpaid: bool


@dataclass(frozen=True)
class Membership:
    year: int
    members: tuple[MemberLine, ...]
    by_status: dict[str, int]
    unpaid: int
    paid: int


@dataclass(frozen=True)
class ExpertChange:
    name: str
    status: str
    changed_on: str | None
    reason: str
    skills: tuple[str, ...]


@dataclass(frozen=True)
class ActionItemLine:
    text: str
    owner: str
    due_date: str | None
    status: str
    overdue: bool


@dataclass(frozen=True)
class CompetingValue:
    text: str
    replica: str  # the name of the replica that wrote it
    when: str  # ISO time (UTC)
    shown: bool  # the value every replica displays until someone resolves it


@dataclass(frozen=True)
class ConflictLine:
    record_type: str
    title: str
    field: str  # the field's label
    values: tuple[CompetingValue, ...]


@dataclass(frozen=True)
class MeetingPack:
    meeting_id: str
    meeting: EventLine
    prepared_by: str
    as_of: dt.date
    last_change: str  # "2026-11-25 12:58 UTC" or ""
    previous: EventLine | None
    since: dt.date  # engagements and listing changes from this day on
    agenda: tuple[AgendaLine, ...]
    papers: tuple[str, ...]  # every paper, in the order it is printed
    plan: PlanStatus | None
    decisions_needed: tuple[RequestLine, ...]
    regions: tuple[RegionReport, ...]
    agreements: tuple[AgreementLine, ...]
    calendar: tuple[EventLine, ...]
    calendar_to: dt.date
    membership: Membership
    expert_changes: tuple[ExpertChange, ...]
    carried_forward: tuple[ActionItemLine, ...]
    conflicts: tuple[ConflictLine, ...] = field(default=())


def meeting_pack(ws: Workspace, meeting_id: str, as_of: dt.date) -> MeetingPack:
    records = RecordService(ws)
    try:
        meeting = records.get("event", meeting_id)
    except NotFoundError:
        raise NotFoundError(f"no EC meeting with id {meeting_id}") from None
    if meeting["kind"] != EventKind.EC_MEETING.value:
        raise ValidationError(f"'{meeting['name']}' is not an EC meeting, so it has no pack")
    names = Names(records)
    for type_name in ("person", "organisation", "region"):
        names.preload(type_name)
    ov = Overview(records, as_of)
    previous = ov.previous_meeting(meeting)
    since = (dt.date.fromisoformat(previous["start_date"]) if previous and
             previous["start_date"] else as_of - dt.timedelta(days=DEFAULT_LOOKBACK_DAYS))
    start = dt.date.fromisoformat(meeting["start_date"] or as_of.isoformat())
    plan = plan_for_year(records, start.year) or PlanService(records).current_plan()
    agenda = _agenda(records, meeting_id, names)
    printed = [p for a in agenda for p in a.papers]
    papers = (*printed, *(p for p in PAPERS if p not in printed))
    calendar_to = as_of + dt.timedelta(days=CALENDAR_DAYS)
    identity = ws.identity()
    with ws.read() as tx:
        stamp = store.latest_change_hlc(tx)
    last = (dt.datetime.fromtimestamp(hlc.physical_ms(stamp) / 1000, dt.UTC)
            .strftime("%Y-%m-%d %H:%M UTC") if stamp else "")
    return MeetingPack(
        meeting_id, event_line(meeting, names), identity.name, as_of, last,
        event_line(previous, names) if previous else None, since, agenda, papers,
        plan_status(records, plan["id"], ov, names) if plan else None,
        _decisions_needed(records, ov, names), _regions(records, ov, names, since, calendar_to),
        _agreements(records, ov, names),
        tuple(event_line(e, names) for e in ov.events_between(as_of, calendar_to)), calendar_to,
        _membership(records, ov, names), _expert_changes(records, ov, names, since),
        _carried_forward(records, previous, names, as_of), open_conflicts(ws))


def _agenda(records: RecordService, meeting_id: str, names: Names) -> tuple[AgendaLine, ...]:
    items = records.list("agenda_item", Query(filters=(Filter("meeting", Op.EQ, meeting_id),),
                                              order=("position",)))
    clock = dt.datetime(2000, 1, 1, 9, 0)
    taken: set[str] = set()
    out: list[AgendaLine] = []
    for item in items:
        title = item["title"] or ""
        low = title.lower()
        papers: list[str] = []
        for key in PAPERS:
            linked = (key == "action_plan" and item["linked_tasks"]) or \
                (key == "decisions" and item["linked_requests"])
            if key not in taken and (linked or any(w in low for w in _PAPER_WORDS[key])):
                papers.append(key)
                taken.add(key)
        out.append(AgendaLine(item["position"] or len(out) + 1, title,
                              names.of("person", item["presenter"]), item["minutes_allotted"],
                              clock.strftime("%H:%M"), tuple(papers)))
        clock += dt.timedelta(minutes=item["minutes_allotted"] or 0)
    return tuple(out)


def _decisions_needed(records: RecordService, ov: Overview, names: Names
                      ) -> tuple[RequestLine, ...]:
    pending = ov.pending_requests()
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
            tuple(engagement_line(e, names) for e in ov.engagements_since(since, rid)),
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
        for e in ov.listing_changes_since(since))


def _carried_forward(records: RecordService, previous: Record | None, names: Names,
                     as_of: dt.date) -> tuple[ActionItemLine, ...]:
    if previous is None:
        return ()
    still_open = (DecisionStatus.OPEN.value, DecisionStatus.CARRIED_FORWARD.value, None)
    rows = records.list("decision", Query(filters=(
        Filter("meeting", Op.EQ, previous["id"]),
        Filter("kind", Op.EQ, DecisionKind.ACTION_ITEM.value)), order=("due_date", "text")))
    return tuple(ActionItemLine(
        d["text"] or "", names.of("person", d["owner"]), d["due_date"],
        d["status"] or DecisionStatus.OPEN.value,
        bool(d["due_date"] and d["due_date"] < as_of.isoformat()))
        for d in rows if d["status"] in still_open)


def open_conflicts(ws: Workspace) -> tuple[ConflictLine, ...]:
    """Fields edited concurrently on two replicas and not yet resolved, as the sync
    service sees them (the same list as the Conflicts page)."""
    return tuple(
        ConflictLine(group.record_type, group.title or group.row_id, c.label, tuple(
            CompetingValue(v.text, v.replica_name, v.when, v.winner) for v in c.values))
        for group in SyncService(ws).conflicts() for c in group.fields)
