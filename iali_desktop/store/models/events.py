"""Conferences, forums, webinars and EC meetings, with participants, agenda and decisions."""

from __future__ import annotations

from typing import Any

from iali_desktop.domain import choices as c
from iali_desktop.store import base as f
from iali_desktop.store.base import Mapped, RecordMeta, Replicated


class Event(Replicated):
    __tablename__ = "event"
    record = RecordMeta("Event", "Events", ("name",), ("-start_date",), "events")

    name: Mapped[str | None] = f.text("Name", required=True)
    kind: Mapped[str | None] = f.choice("Kind", c.EventKind, required=True)
    start_date: Mapped[str | None] = f.date("Starts", required=True)
    end_date: Mapped[str | None] = f.date("Ends")
    # Added in revision 0008; empty for dates known to the day.
    date_precision: Mapped[str | None] = f.choice("Date precision", c.DatePrecision)
    start_time: Mapped[str | None] = f.text(
        "Start time", search=False, table=False,
        help="HH:MM, the time the first agenda item starts (09:00 when empty)")
    place: Mapped[str | None] = f.text("Place")
    virtual: Mapped[bool | None] = f.boolean("Virtual")
    host: Mapped[str | None] = f.ref("Host", "organisation")
    region: Mapped[str | None] = f.ref("Region", "region")
    status: Mapped[str | None] = f.choice("Status", c.EventStatus)
    iali_role: Mapped[str | None] = f.choice("IALI role", c.IaliRole)
    linked_tasks: Mapped[list[Any] | None] = f.refs("Linked tasks", "task")
    description: Mapped[str | None] = f.longtext("Description")
    minutes_status: Mapped[str | None] = f.choice("Minutes status", c.MinutesStatus,
                                                  table=False)
    minutes_approved_at: Mapped[str | None] = f.ref("Minutes approved at", "event",
                                                    table=False)
    minutes_approved_on: Mapped[str | None] = f.date("Minutes approved on", table=False)


class EventParticipant(Replicated):
    __tablename__ = "event_participant"
    record = RecordMeta("Participant", "Participants", ("person", "role"), ("event",),
                        "events")

    event: Mapped[str | None] = f.ref("Event", "event", required=True)
    person: Mapped[str | None] = f.ref("Person", "person", required=True)
    role: Mapped[str | None] = f.choice("Role", c.ParticipantRole)
    attendance: Mapped[str | None] = f.choice("Attendance", c.Attendance)


class AgendaItem(Replicated):
    __tablename__ = "agenda_item"
    record = RecordMeta("Agenda item", "Agenda items", ("position", "title"),
                        ("meeting", "position"), "events")

    meeting: Mapped[str | None] = f.ref("EC meeting", "event", required=True)
    position: Mapped[int | None] = f.integer("Order", required=True, minimum=1)
    title: Mapped[str | None] = f.text("Title", required=True)
    kind: Mapped[str | None] = f.choice("Kind", c.AgendaItemKind)
    papers: Mapped[list[Any] | None] = f.choices("Papers in the pack", c.AgendaPaper)
    presenter: Mapped[str | None] = f.ref("Presenter", "person")
    minutes_allotted: Mapped[int | None] = f.integer("Minutes allotted", minimum=0, maximum=600)
    minutes: Mapped[str | None] = f.longtext("Minutes")
    linked_tasks: Mapped[list[Any] | None] = f.refs("Linked tasks", "task")
    linked_requests: Mapped[list[Any] | None] = f.refs("Linked assistance requests",
                                                     "assistance_request")


class Decision(Replicated):
    __tablename__ = "decision"
    record = RecordMeta("Decision or action item", "Decisions and action items", ("text",),
                        ("meeting",), "events")

    meeting: Mapped[str | None] = f.ref("EC meeting", "event", required=True)
    agenda_item: Mapped[str | None] = f.ref("Agenda item", "agenda_item", table=False)
    kind: Mapped[str | None] = f.choice("Kind", c.DecisionKind, required=True)
    # Multi-line: a decision is often a resolution of several sentences or points.
    text: Mapped[str | None] = f.longtext("Decision", required=True, table=True)
    owner: Mapped[str | None] = f.ref("Owner", "person")
    due_date: Mapped[str | None] = f.date("Due date")
    status: Mapped[str | None] = f.choice("Status", c.DecisionStatus)
    # An action item's task in the action plan (made from it, or an existing one).
    task: Mapped[str | None] = f.ref("Task in the plan", "task", table=False)
