"""A table sorted by a reference lists records in the language order of what they point at,
whether the keys are worked out per row or once per referenced record."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

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
