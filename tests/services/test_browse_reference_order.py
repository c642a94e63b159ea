"""A table sorted by a reference lists records in the language order of what they point at,
whether the keys are worked out per row or once per referenced record."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from iali_desktop.domain.names import sort_key
from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.services.browse import BrowseService
from iali_desktop.services.records import RecordService
from iali_desktop.services.workspace import Workspace


@pytest.fixture
def ws(demo_db: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(demo_db)
    yield workspace
    workspace.close()


def test_tasks_sort_by_their_plans_titles_in_language_order(ws: Workspace) -> None:
    records = RecordService(ws)
    # Titles whose code-point order differs from the language order, and two alike.
    plans = [records.create("action_plan", {"title": title, "status": "draft",
                                            "period_start": 2030 + i, "period_end": 2033 + i})
             for i, title in enumerate(("Zeta plan", "émergence plan", "Alpha plan",
                                        "alpha plan", "Émergence plan"))]
    for number, plan in enumerate(plans * 2, start=1):
        records.create("task", {"plan": plan, "kind": "specific_task", "number": number,
                                "title": f"Task {number}"})
    titles = {p["id"]: p["title"] for p in records.list("action_plan")}
    mine = Query(filters=(Filter("plan", Op.IN, plans),))
    reference = sorted(records.list("task", mine), key=lambda t: (
        sort_key(titles[t["plan"]]), t["kind"], t["number"], t["id"]))
    browse = BrowseService(ws)
    assert [t["id"] for t in browse.page("task", mine)] == [t["id"] for t in reference]
    assert browse.ids("task", mine) == [t["id"] for t in reference]
    backwards = Query(filters=mine.filters, order=("-plan", "number"))
    assert [t["id"] for t in browse.page("task", backwards)] == [t["id"] for t in sorted(
        reference, key=lambda t: (sort_key(titles[t["plan"]]), -t["number"]), reverse=True)]


def test_a_plans_tasks_come_in_page_order_read_from_an_index_without_sorting(
        ws: Workspace) -> None:
    records = RecordService(ws)
    plans = [records.create("action_plan", {"title": title, "status": "draft",
                                            "period_start": 2040 + i, "period_end": 2043 + i})
             for i, title in enumerate(("Beta plan", "Alpha plan"))]
    for number in (3, 1, 2, 5, 4):
        for plan in plans:
            for kind in ("specific_task", "ongoing_activity"):
                records.create("task", {"plan": plan, "kind": kind, "number": number,
                                        "title": f"Task {number}"})
    mine = Query(filters=(Filter("plan", Op.EQ, plans[0]),))
    reference = sorted(records.list("task", mine),
                       key=lambda t: (t["kind"], t["number"], t["id"]))
    statements: list[tuple[str, object]] = []

    def seen(_conn: object, _cursor: object, statement: str, parameters: object,
             _context: object, _many: bool) -> None:
        if "FROM task" in statement and "ORDER BY" in statement:
            statements.append((statement, parameters))

    event.listen(ws.db.engine, "before_cursor_execute", seen)
    try:
        browse = BrowseService(ws)
        assert [t["id"] for t in browse.page("task", mine)] == [t["id"] for t in reference]
        assert browse.ids("task", mine) == [t["id"] for t in reference]
    finally:
        event.remove(ws.db.engine, "before_cursor_execute", seen)
    assert len(statements) == 2
    with ws.read() as conn:
        for statement, parameters in statements:
            plan = " ".join(str(row[-1]) for row in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + statement, parameters))  # type: ignore[arg-type]
            # The plan, the same on every row, orders nothing: an index gives the order.
            assert "TEMP B-TREE" not in plan, plan
