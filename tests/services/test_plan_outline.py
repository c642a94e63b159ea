"""The plan page reads a plan a group at a time; what it reads is what `tree` reads whole."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from iali_desktop.services.plan_outline import PlanOutlines, TaskGroup
from iali_desktop.services.plans import PlanService
from iali_desktop.services.records import Record, RecordService
from iali_desktop.services.workspace import Workspace


@pytest.fixture
def records(demo_db: Path) -> Iterator[RecordService]:
    ws = Workspace.open(demo_db)
    yield RecordService(ws)
    ws.close()


def _ids(records: list[Record]) -> list[str]:
    return [r["id"] for r in records]


def _read_in_slices(outlines: PlanOutlines, group: TaskGroup, size: int) -> list[Record]:
    out: list[Record] = []
    while len(out) < group.count:
        out += outlines.tasks(group, len(out), size)
    return out


def _check_plan(records: RecordService, plan_id: str) -> None:
    tree = PlanService(records).tree(plan_id)
    outlines = PlanOutlines(records)
    outline = outlines.outline(plan_id)
    assert outline.plan == tree.plan
    assert [a.area for a in outline.areas] == [n.area for n in tree.areas]
    for area, node in zip(outline.areas, tree.areas, strict=True):
        assert list(area.outcomes) == node.outcomes
        assert area.progress == node.progress()
        wanted = [(key, tasks) for key, tasks in (("ongoing", node.ongoing),
                                                  ("specific", node.specific)) if tasks]
        assert [g.key for g in area.groups] == [key for key, _t in wanted]
        for group, (_key, tasks) in zip(area.groups, wanted, strict=True):
            assert group.count == len(tasks)
            # Whole records, in the same order, whatever the slices they are read in.
            assert _read_in_slices(outlines, group, 2) == tasks
            assert _ids(outlines.tasks(group, 0, 1000)) == _ids(tasks)
            for at, task in enumerate(tasks):
                assert outlines.group_of(outline, task) == group
                assert outlines.position(group, task["id"]) == at
    if tree.unassigned:
        assert outline.unassigned is not None
        assert outline.unassigned.count == len(tree.unassigned)
        assert _read_in_slices(outlines, outline.unassigned, 3) == tree.unassigned
        assert outlines.group_of(outline, tree.unassigned[0]) == outline.unassigned
    else:
        assert outline.unassigned is None


def test_every_demo_plan_reads_the_same_a_group_at_a_time(records: RecordService) -> None:
    plans = PlanService(records).plans()
    assert len(plans) >= 2
    for plan in plans:
        _check_plan(records, plan["id"])


def test_tasks_under_no_area_or_a_deleted_one_and_cancelled_ones_are_grouped_as_the_tree_does(
        records: RecordService) -> None:
    plans = PlanService(records)
    plan = plans.current_plan()
    assert plan is not None
    tree = plans.tree(plan["id"])
    area = tree.areas[0].area["id"]
    gone = records.create("action_area", {"plan": plan["id"], "number": 6,
                                          "role_name": "Removed later"})
    for title, values in (
            ("Filed under none", {}),
            ("Filed under a removed area", {"area": gone}),
            ("Ongoing, first area", {"area": area, "kind": "ongoing_activity"}),
            ("Cancelled, first area", {"area": area, "status": "cancelled"}),
            ("Done, first area", {"area": area, "status": "done", "progress": 100})):
        records.create("task", {"plan": plan["id"], "kind": "specific_task", "title": title,
                                "number": 90} | values)
    records.delete("action_area", gone)
    _check_plan(records, plan["id"])
    outline = PlanOutlines(records).outline(plan["id"])
    assert outline.unassigned is not None and outline.unassigned.count >= 2
