"""The minutes of an EC meeting and the actions carried forward to the next one, as plain
data (no Qt, no ReportLab): what the minutes PDF prints and what a meeting pack lists.

An action item stays open until it is done: its own status is "done" (or "cancelled"),
or the task of the plan it is linked to is done (or cancelled). Until then it is carried
forward to every later EC meeting.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iali_desktop.domain.choices import (
    Attendance,
    DecisionKind,
    DecisionStatus,
    EventKind,
    MinutesStatus,
    TaskStatus,
)
from iali_desktop.domain.errors import NotFoundError, ValidationError
from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.domain.translation import _

from ..records import Record, RecordService
from ..workspace import Workspace
from .common import EventLine, Names, event_line

CLOSED_DECISION = (DecisionStatus.DONE.value, DecisionStatus.CANCELLED.value)
CLOSED_TASK = (TaskStatus.DONE.value, TaskStatus.CANCELLED.value)


@dataclass(frozen=True)
class Attendee:
    name: str
    role: str  # a ParticipantRole value, or ""


@dataclass(frozen=True)
class DecisionLine:
    kind: str  # "decision" or "action_item"
    text: str  # may hold several lines
    owner: str
    due_date: str | None
    status: str  # a DecisionStatus value ("open" when none was recorded)
    task: str  # the title of the linked task of the plan, or ""
    task_status: str | None


@dataclass(frozen=True)
class MinutesItem:
    position: int
    title: str
    presenter: str
    minutes: str
    decisions: tuple[DecisionLine, ...]


@dataclass(frozen=True)
class CarriedAction:
    """An open action item of an earlier EC meeting."""

    decision_id: str
    meeting_id: str
    meeting: str  # its meeting's name
    meeting_date: str  # ISO
    text: str
    owner: str
    due_date: str | None
    status: str
    task_id: str | None
    task: str  # the linked task's title, or ""
    task_status: str | None
    overdue: bool  # due before the meeting it is carried forward to


@dataclass(frozen=True)
class Minutes:
    meeting_id: str
    meeting: EventLine
    status: str  # "draft" or "approved"
    approved_at: EventLine | None
    approved_on: str | None
    present: tuple[Attendee, ...]
    apologies: tuple[Attendee, ...]
    absent: tuple[Attendee, ...]
    not_recorded: tuple[Attendee, ...]  # participants whose attendance nobody recorded
    items: tuple[MinutesItem, ...]
    other_decisions: tuple[DecisionLine, ...]  # recorded under no agenda item
    carried_forward: tuple[CarriedAction, ...]  # open actions of earlier meetings

    @property
    def actions(self) -> tuple[DecisionLine, ...]:
        """This meeting's action items, in agenda order."""
        every = [d for i in self.items for d in i.decisions] + list(self.other_decisions)
        return tuple(d for d in every if d.kind == DecisionKind.ACTION_ITEM.value)


def ec_meeting(records: RecordService, meeting_id: str) -> Record:
    try:
        meeting = records.get("event", meeting_id)
    except NotFoundError:
        raise NotFoundError(_("no EC meeting with id {meeting_id}",
                              meeting_id=meeting_id)) from None
    if meeting["kind"] != EventKind.EC_MEETING.value:
        raise ValidationError(_("'{name}' is not an EC meeting, so it has no minutes",
                                name=meeting['name']))
    return meeting


def minutes(ws: Workspace, meeting_id: str) -> Minutes:
    records = RecordService(ws)
    meeting = ec_meeting(records, meeting_id)
    names = Names(records)
    on_meeting = (Filter("meeting", Op.EQ, meeting_id),)
    agenda = records.list("agenda_item", Query(filters=on_meeting, order=("position",)))
    decisions = records.list("decision", Query(filters=on_meeting, order=("kind", "due_date")))
    tasks = records.rows("task", [d["task"] for d in decisions if d["task"]])
    lines: dict[str | None, list[DecisionLine]] = {}
    known = {a["id"] for a in agenda}
    for d in decisions:
        key = d["agenda_item"] if d["agenda_item"] in known else None
        lines.setdefault(key, []).append(_decision_line(d, tasks, names))
    items = tuple(MinutesItem(
        a["position"] or n, a["title"] or "", names.of("person", a["presenter"]),
        a["minutes"] or "", tuple(lines.get(a["id"], ())))
        for n, a in enumerate(agenda, start=1))
    people = _attendance(records, meeting_id, names)
    approved_at = None
    if meeting["minutes_approved_at"]:
        try:
            approved_at = event_line(records.get("event", meeting["minutes_approved_at"]), names)
        except NotFoundError:
            approved_at = None
    return Minutes(
        meeting_id, event_line(meeting, names),
        meeting["minutes_status"] or MinutesStatus.DRAFT.value, approved_at,
        meeting["minutes_approved_on"], people[Attendance.PRESENT.value],
        people[Attendance.APOLOGIES.value], people[Attendance.ABSENT.value], people[""],
        items, tuple(lines.get(None, ())), carried_forward(ws, meeting_id))


def _decision_line(d: Record, tasks: dict[str, Record], names: Names) -> DecisionLine:
    task = tasks.get(d["task"] or "")
    live = task is not None and not task["deleted"]
    return DecisionLine(
        d["kind"] or DecisionKind.DECISION.value, d["text"] or "", names.of("person", d["owner"]),
        d["due_date"], d["status"] or DecisionStatus.OPEN.value,
        (task["title"] or "") if live and task else "",
        task["status"] if live and task else None)


def _attendance(records: RecordService, meeting_id: str, names: Names
                ) -> dict[str, tuple[Attendee, ...]]:
    rows = records.list("event_participant", Query(filters=(
        Filter("event", Op.EQ, meeting_id),)))
    out: dict[str, list[Attendee]] = {a.value: [] for a in Attendance}
    out[""] = []
    for p in rows:
        out.setdefault(p["attendance"] or "", []).append(
            Attendee(names.of("person", p["person"]), p["role"] or ""))
    return {k: tuple(sorted(v, key=lambda a: a.name.casefold())) for k, v in out.items()}


def carried_forward(ws: Workspace, meeting_id: str) -> tuple[CarriedAction, ...]:
    """Open action items of the EC meetings held before this one (oldest meeting first,
    then by due date): what the meeting's pack lists as carried forward.

    Open means neither the action item nor its linked task is done or cancelled.
    """
    records = RecordService(ws)
    meeting = ec_meeting(records, meeting_id)
    start = meeting["start_date"] or ""
    earlier = {m["id"]: m for m in records.list("event", Query(filters=(
        Filter("kind", Op.EQ, EventKind.EC_MEETING.value),
        Filter("start_date", Op.LTE, start))))
        if m["id"] != meeting_id and (m["start_date"] or "") < start}
    if not earlier:
        return ()
    rows = records.list("decision", Query(filters=(
        Filter("meeting", Op.IN, list(earlier)),
        Filter("kind", Op.EQ, DecisionKind.ACTION_ITEM.value),
        Filter("status", Op.NOT_IN, list(CLOSED_DECISION)))))
    tasks = {i: t for i, t in records.rows("task", [d["task"] for d in rows if d["task"]]).items()
             if not t["deleted"]}
    names = Names(records)
    out = []
    for d in rows:
        task = tasks.get(d["task"] or "")
        if task is not None and task["status"] in CLOSED_TASK:
            continue
        held = earlier[d["meeting"]]
        out.append(CarriedAction(
            d["id"], held["id"], held["name"] or "", held["start_date"] or "", d["text"] or "",
            names.of("person", d["owner"]), d["due_date"],
            d["status"] or DecisionStatus.OPEN.value, task["id"] if task else None,
            (task["title"] or "") if task else "", task["status"] if task else None,
            bool(d["due_date"] and start and d["due_date"] < start)))
    out.sort(key=lambda a: (a.meeting_date, a.due_date or "9999", a.text.casefold()))
    return tuple(out)


def as_of_meeting(m: Minutes) -> dt.date:
    """The day a minutes document is dated: the approval day, else the meeting's."""
    day = m.approved_on or m.meeting.start
    return dt.date.fromisoformat(day) if day else dt.date.today()
