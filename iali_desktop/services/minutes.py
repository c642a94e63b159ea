"""After an EC meeting: action items become tasks of the action plan, and the minutes are
approved at a later meeting.

The window makes each of these one undoable step from the values computed here (the
same `WriteBatch` writes, so the task and the action item's link are created together
and undone together); the command line calls the `*_now` functions, which write them in
one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from iali_desktop.domain.choices import (
    DecisionKind,
    EventKind,
    MinutesStatus,
    ParticipantRole,
    PersonRole,
    TaskKind,
    TaskStatus,
)
from iali_desktop.domain.errors import ValidationError
from iali_desktop.domain.ids import new_id
from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.domain.translation import _

from .records import Record, RecordService
from .reporting.common import plan_for_year

TITLE_CHARS = 200  # a task title is one line; the whole text goes to the task's detail


@dataclass(frozen=True)
class NewActionTask:
    """The writes that turn an action item into a task of the plan: create `task_id`
    with `task`, then point the action item at it (`decision`)."""

    task_id: str
    task: dict[str, Any]
    decision_id: str
    decision: dict[str, Any]


def action_item(records: RecordService, decision_id: str) -> Record:
    """The action item, refused when it is a decision or already has a task."""
    row = records.get("decision", decision_id)
    if row["kind"] != DecisionKind.ACTION_ITEM.value:
        raise ValidationError(_("only an action item becomes a task; this is a decision"))
    if row["task"]:
        raise ValidationError(_("this action item is linked to a task already; clear 'Task in the "
                                "plan' first to choose another"))
    return row


def meeting_plan(records: RecordService, meeting_id: str) -> Record | None:
    """The action plan a meeting works on: the plan covering the meeting's year."""
    meeting = records.get("event", meeting_id)
    start = meeting["start_date"] or ""
    return plan_for_year(records, int(start[:4])) if start else None


def plan_areas(records: RecordService, plan_id: str) -> list[Record]:
    return records.list("action_area", Query(filters=(Filter("plan", Op.EQ, plan_id),),
                                             order=("number",)))


def new_task_for_action(records: RecordService, decision_id: str, area_id: str
                        ) -> NewActionTask:
    """A specific task under `area_id` (of the meeting's plan, or any plan), carrying the
    action item's text, owner and due date, numbered after the plan's last one."""
    item = action_item(records, decision_id)
    area = records.get("action_area", area_id)
    plan_id = area["plan"]
    numbers = [t["number"] or 0 for t in records.list("task", Query(filters=(
        Filter("plan", Op.EQ, plan_id), Filter("kind", Op.EQ, TaskKind.SPECIFIC_TASK.value))))]
    text = (item["text"] or "").strip()
    first_line = text.splitlines()[0] if text else ""
    title = first_line if len(first_line) <= TITLE_CHARS else \
        first_line[:TITLE_CHARS].rsplit(" ", 1)[0] + "…"
    meeting = records.get("event", item["meeting"])
    origin = f"Action item of {meeting['name'] or 'an EC meeting'}"
    if meeting["start_date"]:
        origin += f" ({meeting['start_date']})"
    task = {"plan": plan_id, "kind": TaskKind.SPECIFIC_TASK.value,
            "number": max(numbers, default=0) + 1, "title": title,
            "detail": f"{text}\n\n{origin}." if text != title else f"{origin}.",
            "area": area_id, "owner": item["owner"], "due_date": item["due_date"],
            "status": TaskStatus.NOT_STARTED.value}
    task_id = new_id()
    return NewActionTask(task_id, {k: v for k, v in task.items() if v is not None},
                         decision_id, {"task": task_id})


def link_values(records: RecordService, decision_id: str, task_id: str) -> dict[str, Any]:
    """The write that links an action item to an existing task."""
    action_item(records, decision_id)
    records.get("task", task_id)  # refused when the task does not exist
    return {"task": task_id}


def create_task_now(records: RecordService, decision_id: str, area_id: str) -> str:
    """Create the task and link the action item, in one transaction; the task's id."""
    new = new_task_for_action(records, decision_id, area_id)
    with records.batch() as b:
        b.create("task", new.task, row_id=new.task_id)
        b.update("decision", new.decision_id, new.decision)
    return new.task_id


def link_task_now(records: RecordService, decision_id: str, task_id: str) -> None:
    records.update("decision", decision_id, link_values(records, decision_id, task_id))


def approval_values(records: RecordService, meeting_id: str, approving_id: str
                    ) -> dict[str, Any]:
    """The write that records a meeting's minutes as approved at a later EC meeting, on
    that meeting's first day."""
    meeting = records.get("event", meeting_id)
    approving = records.get("event", approving_id)
    if approving["kind"] != EventKind.EC_MEETING.value or approving_id == meeting_id:
        raise ValidationError(_("minutes are approved at a later EC meeting"))
    day = approving["start_date"]
    if not day or day <= (meeting["start_date"] or ""):
        raise ValidationError(
            _("'{approving}' is not after '{meeting}'; minutes are approved at a later meeting",
              approving=approving['name'], meeting=meeting['name']))
    return {"minutes_status": MinutesStatus.APPROVED.value, "minutes_approved_at": approving_id,
            "minutes_approved_on": day}


def approve_now(records: RecordService, meeting_id: str, approving_id: str) -> None:
    records.update("event", meeting_id, approval_values(records, meeting_id, approving_id))


EC_ROLES = (PersonRole.PRESIDENT.value, PersonRole.EC_MEMBER.value,
            PersonRole.REGIONAL_REPRESENTATIVE.value)


def ec_participants(records: RecordService, meeting_id: str) -> list[dict[str, Any]]:
    """Participant records for the members of the Executive Committee (the President,
    EC members, regional representatives) not yet listed for the meeting; the President
    chairs. Attendance is left to be recorded after the meeting."""
    records.get("event", meeting_id)
    listed = {p["person"] for p in records.list("event_participant", Query(filters=(
        Filter("event", Op.EQ, meeting_id),)))}
    out = []
    for person in records.list("person", Query(order=("name",))):
        roles = set(person["roles"] or ())
        if person["id"] in listed or not roles.intersection(EC_ROLES):
            continue
        chair = PersonRole.PRESIDENT.value in roles
        out.append({"event": meeting_id, "person": person["id"],
                    **({"role": ParticipantRole.CHAIR.value} if chair else {})})
    return out
