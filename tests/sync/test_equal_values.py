"""The same value written concurrently on several replicas is no conflict; a different one
still is. Real replicas exchanging real bundles, delivered in every order."""

from __future__ import annotations

from pathlib import Path

import pytest

from iali_desktop.services.reporting import open_conflicts
from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace

from .conftest import MakeReplica, dump, export_for, records, send


def _task(ws: Workspace) -> str:
    plan = records(ws).ids("action_plan")[0]
    return records(ws).create("task", {"plan": plan, "kind": "specific_task",
                                       "title": "Train inspectors on remote audits"})


def _no_conflict_anywhere(ws: Workspace, *bundles: Path) -> None:
    """No conflict on the page, in the status bar's count, in the meeting pack dialog's list,
    nor in a preview of any bundle (already held, so a preview must count nothing new)."""
    sync = SyncService(ws)
    assert sync.conflicts() == []
    assert sync.conflict_count() == 0
    assert open_conflicts(ws) == ()
    for path in bundles:
        assert sync.preview(path, trust=True).conflict_count == 0


@pytest.mark.parametrize("ana_first", [True, False])
def test_the_same_value_written_on_two_replicas_merges_silently_in_any_order(
        replicas: MakeReplica, tmp_path: Path, ana_first: bool) -> None:
    a, b, c = replicas("ana"), replicas("ben"), replicas("cleo")
    rid = _task(a)
    send(a, b, tmp_path)
    send(a, c, tmp_path)
    records(a).update("task", rid, {"status": "done", "progress": 100})
    records(b).update("task", rid, {"status": "done", "progress": 100})
    from_a, from_b = export_for(a, c, tmp_path), export_for(b, c, tmp_path)
    to_b, to_a = export_for(a, b, tmp_path), export_for(b, a, tmp_path)
    # What each import says before and when it happens: no conflict to review.
    first, second = (from_a, from_b) if ana_first else (from_b, from_a)
    for path in (first, second):
        assert SyncService(c).preview(path, trust=True).conflict_count == 0
        assert SyncService(c).import_bundle(path, trust=True).conflict_count == 0
    for dst, path in ((b, to_b), (a, to_a)) if ana_first else ((a, to_a), (b, to_b)):
        assert SyncService(dst).import_bundle(path, trust=True).conflict_count == 0
    assert dump(a) == dump(b) == dump(c)
    for ws in (a, b, c):
        row = records(ws).get("task", rid)
        assert (row["status"], row["progress"]) == ("done", 100)
        _no_conflict_anywhere(ws, from_a, from_b)
    # A later edit anywhere supersedes both equal versions: still no conflict, one value.
    records(c).update("task", rid, {"progress": 90, "status": "in_progress"})
    send(c, a, tmp_path)
    send(c, b, tmp_path)
    assert dump(a) == dump(b) == dump(c)
    for ws in (a, b, c):
        assert records(ws).get("task", rid)["progress"] == 90
        _no_conflict_anywhere(ws)


def test_a_third_different_value_is_still_a_conflict_with_every_version_kept(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b, c = replicas("ana"), replicas("ben"), replicas("cleo")
    rid = _task(a)
    send(a, b, tmp_path)
    send(a, c, tmp_path)
    records(a).update("task", rid, {"progress": 100})
    records(b).update("task", rid, {"progress": 100})
    records(c).update("task", rid, {"progress": 90})
    bundles = {(s.identity().name, d.identity().name): export_for(s, d, tmp_path)
               for s in (a, b, c) for d in (a, b, c) if s is not d}
    for (_src, dst_name), path in sorted(bundles.items(), reverse=True):
        dst = {"ana": a, "ben": b, "cleo": c}[dst_name]
        SyncService(dst).import_bundle(path, trust=True)
    assert dump(a) == dump(b) == dump(c)
    views = []
    for ws in (a, b, c):
        sync = SyncService(ws)
        assert sync.conflict_count() == 1
        (group,) = sync.conflicts()
        (conflict,) = group.fields
        assert conflict.field == "progress"
        assert sorted(v.value for v in conflict.values) == [90, 100, 100]
        assert len(open_conflicts(ws)) == 1
        views.append([(v.version, v.winner) for v in conflict.values])
    assert views[0] == views[1] == views[2]
