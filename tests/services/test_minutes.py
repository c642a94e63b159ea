"""After an EC meeting: an action item becomes a task of the plan and is carried forward
to later meetings until it is done; the minutes are approved at a later meeting."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from iali_desktop.domain.errors import ValidationError
from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.services import minutes as minutes_service
from iali_desktop.services.overview import Overview
from iali_desktop.services.records import Record, RecordService
from iali_desktop.services.reporting import carried_forward
from iali_desktop.services.reporting.minutes import minutes
from iali_desktop.services.workspace import Workspace


@pytest.fixture
def ws(demo_db: Path) -> Iterator[Workspace]:
    with Workspace.open(demo_db) as workspace:
        yield workspace


def meetings(records: RecordService) -> tuple[Record, Record]:
    """The demo's two EC meetings: the earlier one and the later one."""
    later, earlier = Overview(records).ec_meetings()[:2]
    return earlier, later


def open_action(records: RecordService, meeting_id: str) -> Record:
    rows = records.list("decision", Query(filters=(
        Filter("meeting", Op.EQ, meeting_id), Filter("kind", Op.EQ, "action_item"),
        Filter("status", Op.EQ, "open"))))
    return rows[0]


def test_an_action_item_becomes_a_task_and_is_carried_forward_until_done(
        ws: Workspace) -> None:
    records = RecordService(ws)
    earlier, later = meetings(records)
    action = open_action(records, earlier["id"])
    records.update("decision", action["id"], {"text": "Draft the regional plan\nwith ARLAC"})
    plan = minutes_service.meeting_plan(records, earlier["id"])
    assert plan is not None
    area = minutes_service.plan_areas(records, plan["id"])[2]
    specific = records.list("task", Query(filters=(
        Filter("plan", Op.EQ, plan["id"]), Filter("kind", Op.EQ, "specific_task"))))

    task_id = minutes_service.create_task_now(records, action["id"], area["id"])

    task = records.get("task", task_id)
    assert (task["plan"], task["area"], task["kind"], task["status"]) == (
        plan["id"], area["id"], "specific_task", "not_started")
    assert task["title"] == "Draft the regional plan"
    assert "with ARLAC" in task["detail"] and earlier["name"] in task["detail"]
    assert (task["owner"], task["due_date"]) == (action["owner"], action["due_date"])
    assert task["number"] == max(t["number"] or 0 for t in specific) + 1
    assert records.get("decision", action["id"])["task"] == task_id
    with pytest.raises(ValidationError, match="linked to a task already"):
        minutes_service.create_task_now(records, action["id"], area["id"])

    carried = {a.decision_id: a for a in carried_forward(ws, later["id"])}
    assert carried[action["id"]].task == "Draft the regional plan"
    assert carried[action["id"]].meeting == earlier["name"]
    assert carried_forward(ws, earlier["id"]) == ()  # nothing before the first meeting

    records.update("task", task_id, {"status": "in_progress", "progress": 60})
    assert action["id"] in {a.decision_id for a in carried_forward(ws, later["id"])}
    records.update("task", task_id, {"status": "done", "progress": 100})
    assert action["id"] not in {a.decision_id for a in carried_forward(ws, later["id"])}


def test_an_action_item_done_in_the_minutes_is_no_longer_carried_forward(
        ws: Workspace) -> None:
    records = RecordService(ws)
    earlier, later = meetings(records)
    action = open_action(records, earlier["id"])
    assert action["id"] in {a.decision_id for a in carried_forward(ws, later["id"])}
    records.update("decision", action["id"], {"status": "done"})
    assert action["id"] not in {a.decision_id for a in carried_forward(ws, later["id"])}


def test_an_action_item_linked_to_an_existing_task(ws: Workspace) -> None:
    records = RecordService(ws)
    earlier, later = meetings(records)
    action = open_action(records, earlier["id"])
    task = records.list("task", Query(filters=(Filter("status", Op.EQ, "in_progress"),)))[0]
    minutes_service.link_task_now(records, action["id"], task["id"])
    line = next(a for a in carried_forward(ws, later["id"]) if a.decision_id == action["id"])
    assert (line.task_id, line.task_status) == (task["id"], "in_progress")
    decision = records.list("decision", Query(filters=(Filter("kind", Op.EQ, "decision"),)))[0]
    with pytest.raises(ValidationError, match="only an action item"):
        minutes_service.link_task_now(records, decision["id"], task["id"])


def test_minutes_are_approved_at_a_later_meeting(ws: Workspace) -> None:
    records = RecordService(ws)
    earlier, later = meetings(records)
    assert minutes(ws, earlier["id"]).status == "draft"
    with pytest.raises(ValidationError, match="later meeting"):
        minutes_service.approve_now(records, later["id"], earlier["id"])
    with pytest.raises(ValidationError, match="Minutes approved at"):
        records.update("event", earlier["id"], {"minutes_status": "approved"})

    minutes_service.approve_now(records, earlier["id"], later["id"])

    approved = minutes(ws, earlier["id"])
    assert approved.status == "approved"
    assert approved.approved_at is not None and approved.approved_at.name == later["name"]
    assert approved.approved_on == later["start_date"]
