"""The attention questions answer the same way the dashboard and the packs present them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from iali_desktop.services.overview import Overview
from iali_desktop.services.records import RecordService
from iali_desktop.services.workspace import Workspace

TODAY = dt.date(2026, 3, 10)


@pytest.fixture
def records(seeded_db: Path) -> Iterator[RecordService]:
    ws = Workspace.open(seeded_db)
    yield RecordService(ws)
    ws.close()


def day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


def plan_id(records: RecordService) -> str:
    return records.list("action_plan")[0]["id"]


def test_overdue_and_due_soon_tasks(records: RecordService) -> None:
    plan = plan_id(records)
    make = lambda title, due, status: records.create("task", {  # noqa: E731
        "plan": plan, "kind": "specific_task", "title": title, "due_date": due,
        "status": status})
    late = make("Late and open", day(-3), "in_progress")
    make("Late but done", day(-3), "done")
    unset = records.create("task", {"plan": plan, "kind": "specific_task",
                                    "title": "Late, no status yet", "due_date": day(-1)})
    soon = make("Due next week", day(7), "not_started")
    make("Due next year", day(300), "not_started")
    today_task = make("Due today", day(0), "in_progress")
    overview = Overview(records, TODAY)
    assert [t["id"] for t in overview.overdue_tasks()] == [late, unset]
    assert [t["id"] for t in overview.due_soon_tasks()] == [today_task, soon]
    assert overview.is_overdue(records.get("task", late))
    assert not overview.is_overdue(records.get("task", today_task))


def test_upcoming_events_skip_cancelled_and_past(records: RecordService) -> None:
    make = lambda name, start, status: records.create("event", {  # noqa: E731
        "name": name, "kind": "webinar", "start_date": start, "status": status})
    make("Past", day(-1), "held")
    coming = make("Coming", day(10), "confirmed")
    make("Cancelled", day(11), "cancelled")
    make("Far away", day(200), "planned")
    records.create("event", {"name": "No status yet", "kind": "webinar",
                             "start_date": day(12)})
    names = [e["name"] for e in Overview(records, TODAY).upcoming_events()]
    assert names == ["Coming", "No status yet"]
    assert coming


def test_pending_requests_with_their_age(records: RecordService) -> None:
    org = records.list("organisation")[0]["id"]
    records.create("assistance_request", {"requester": org, "subject": "Waiting",
                                          "received_on": day(-42), "ec_decision": "pending"})
    records.create("assistance_request", {"requester": org, "subject": "Decided",
                                          "received_on": day(-90), "ec_decision": "approved"})
    records.create("assistance_request", {"requester": org, "subject": "Undated"})
    pending = Overview(records, TODAY).pending_requests()
    assert {(p.request["subject"], p.age_days) for p in pending} == {
        ("Waiting", 42), ("Undated", None)}


def test_agreements_due_for_review(records: RecordService) -> None:
    make = lambda title, review, status: records.create("agreement", {  # noqa: E731
        "title": title, "kind": "mou", "status": status, "review_on": review})
    make("Overdue review", day(-5), "signed")
    make("Review soon", day(20), "signed")
    make("Review later", day(400), "signed")
    make("Expired", day(-5), "expired")
    titles = [a["title"] for a in Overview(records, TODAY).agreements_due_for_review()]
    assert titles == ["Overdue review", "Review soon"]


def test_unpaid_dues_this_year(records: RecordService) -> None:
    org = records.list("organisation")[0]["id"]
    paid = records.create("member", {"organisation": org, "status": "active"})
    unpaid = records.create("member", {"organisation": org, "status": "active"})
    raised = records.create("member", {"organisation": org, "status": "active"})
    records.create("member", {"organisation": org, "status": "lapsed"})
    records.create("dues", {"member": paid, "year": 2026, "paid_on": day(-30)})
    dues = records.create("dues", {"member": raised, "year": 2026, "amount": "500"})
    found = {(u.member["id"], u.dues["id"] if u.dues else None)
             for u in Overview(records, TODAY).unpaid_dues()}
    assert found == {(unpaid, None), (raised, dues)}


def test_meetings_before_and_next(records: RecordService) -> None:
    make = lambda name, start: records.create("event", {  # noqa: E731
        "name": name, "kind": "ec_meeting", "start_date": start, "status": "planned"})
    spring = make("Spring", day(-120))
    cancelled = make("Called off", day(-60))
    records.update("event", cancelled, {"status": "cancelled"})
    autumn = make("Autumn", day(40))
    make("Next spring", day(220))
    overview = Overview(records, TODAY)
    nxt = overview.next_meeting()
    assert nxt is not None and nxt["id"] == autumn
    previous = overview.previous_meeting(nxt)
    assert previous is not None and previous["id"] == spring


def test_a_new_plan_carries_forward_open_tasks_even_without_an_area(
        records: RecordService) -> None:
    from iali_desktop.services.plans import PlanService

    source = plan_id(records)
    loose = records.create("task", {"plan": source, "kind": "specific_task",
                                    "title": "Not filed under an area", "status": "in_progress"})
    records.create("task", {"plan": source, "kind": "specific_task",
                            "title": "Finished, stays behind", "status": "done"})
    plans = PlanService(records)
    new_plan = plans.start_new_plan(source, "Next plan", 2027, 2030)
    tree = plans.tree(new_plan)
    titles = [t["title"] for t in tree.unassigned]
    assert "Not filed under an area" in titles
    assert "Finished, stays behind" not in titles
    assert loose


def test_tasks_without_a_due_date_sort_last_unless_a_filter_leaves_them_out(
        records: RecordService) -> None:
    from iali_desktop.domain.query import Filter, Op, Query

    plan = plan_id(records)
    for title, due, status in (("Undated", None, "on_hold"), ("Later", day(9), "on_hold"),
                               ("Sooner", day(2), "in_progress")):
        records.create("task", {"plan": plan, "kind": "specific_task", "title": title,
                                "due_date": due, "status": status})
    by_due = ("due_date", "title")
    mine = (Filter("plan", Op.EQ, plan), Filter("title", Op.IN, ["Undated", "Later", "Sooner"]))

    def titles(*filters: Filter) -> list[str]:
        return [t["title"] for t in records.list("task", Query(filters=(*mine, *filters),
                                                               order=by_due))]

    # A filter that lets an empty due date through keeps it last ...
    assert titles(Filter("status", Op.NOT_IN, ["done"])) == ["Sooner", "Later", "Undated"]
    assert titles(Filter("due_date", Op.NOT_IN, [day(2)])) == ["Later", "Undated"]
    assert titles(Filter("due_date", Op.EQ, None)) == ["Undated"]
    # ... and one that leaves it out orders the rest the same way.
    assert titles(Filter("due_date", Op.GTE, day(0))) == ["Sooner", "Later"]
    assert titles(Filter("due_date", Op.IN, [day(9), day(2)])) == ["Sooner", "Later"]
