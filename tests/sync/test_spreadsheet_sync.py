"""A spreadsheet import is logged like any edit: the next bundle carries it to peers."""

from __future__ import annotations

from pathlib import Path

from iali_desktop.domain.query import Query
from iali_desktop.services.record_import import auto_map, plan_import, undo_import
from iali_desktop.services.records import RecordService, record_type
from iali_desktop.services.spreadsheet_io import read_sheet

from .conftest import MakeReplica, send


def test_an_imported_sheet_and_its_undo_reach_a_peer_through_bundles(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b = replicas("alpha"), replicas("beta")
    shared = RecordService(a).create("person", {"name": "Shared", "email": "s@example.org"})
    send(a, b, tmp_path)
    path = tmp_path / "people.csv"
    path.write_text("Email,Name,Country\ns@example.org,Shared,Kenya\n"
                    "n@example.org,Nadège Ødegård,Norway\n", encoding="utf-8-sig")
    sheet = read_sheet(path)
    plan = plan_import(RecordService(a), "person", sheet,
                       auto_map(record_type("person"), sheet.headers), ("email",), write=True)
    assert plan.written
    created = next(iter(plan.applied().created))

    send(a, b, tmp_path)
    peer = RecordService(b)
    assert peer.get("person", shared)["country"] == "Kenya"
    assert peer.get("person", created)["name"] == "Nadège Ødegård"

    undo_import(RecordService(a), plan.applied())
    send(a, b, tmp_path)
    assert peer.get("person", shared)["country"] is None
    assert not peer.list("person", Query(ids=(created,)))
