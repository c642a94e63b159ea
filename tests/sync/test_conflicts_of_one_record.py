"""The conflicts a record's form marks are exactly those the review page lists for that
record, though the form finds them through the record's own versions only."""

from __future__ import annotations

from pathlib import Path

from iali_desktop.services.sync_conflicts import ConflictService

from .conftest import MakeReplica, records, send


def test_one_records_conflicts_are_those_listed_for_it_among_all(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b = replicas("ana"), replicas("ben")
    edited = records(a).create("region", {"name": "Atlantis", "code": "AT"})
    deleted = records(a).create("region", {"name": "Lemuria", "code": "LE"})
    calm = records(a).create("region", {"name": "Mu", "code": "MU"})
    send(a, b, tmp_path)
    records(a).update("region", edited, {"name": "Atlantis A"})
    records(b).update("region", edited, {"name": "Atlantis B", "code": "ATB"})
    records(a).update("region", edited, {"code": "ATA"})
    records(a).delete("region", deleted)
    records(b).update("region", deleted, {"code": "LEM"})
    send(a, b, tmp_path)
    send(b, a, tmp_path)

    service = ConflictService(a)
    listed = {group.row_id: list(group.fields) for group in service.conflicts()}
    assert sorted(listed) == sorted([edited, deleted])
    assert sorted(c.field for c in listed[edited]) == ["code", "name"]
    assert [c.field for c in listed[deleted]] == ["_deleted"]
    for row_id in (edited, deleted, calm):
        assert service.of_record("region", row_id) == listed.get(row_id, [])
