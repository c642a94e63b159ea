"""What a person reviewing sync sees: a record kept alive by an edit that several deletes
missed shows that edit, and `records set` that closes a conflict says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from iali_desktop.cli import main
from iali_desktop.services.sync import SyncService

from .conftest import MakeReplica, dump, export_for, records, send


def test_several_deletes_and_a_missed_edit_show_the_edit_that_kept_the_record(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b, c = replicas("ana"), replicas("ben"), replicas("cleo")
    rid = records(a).create("region", {"name": "Atlantis", "code": "AT"})
    send(a, b, tmp_path)
    send(a, c, tmp_path)
    records(a).delete("region", rid)
    records(b).delete("region", rid)
    records(c).update("region", rid, {"code": "ATL"})
    bundles = [(dst, export_for(src, dst, tmp_path))
               for src in (a, b, c) for dst in (a, b, c) if src is not dst]
    for dst, path in bundles:
        SyncService(dst).import_bundle(path, trust=True)
    assert dump(a) == dump(b) == dump(c)
    shown = []
    for ws in (a, b, c):
        assert records(ws).get("region", rid)["code"] == "ATL"
        (group,) = SyncService(ws).conflicts()
        (item,) = group.fields
        assert item.label == "Deleted while edited"
        deletes = [v for v in item.values if v.field == "_deleted"]
        edits = [(v.field, v.value, v.replica_name.split(" ")[0]) for v in item.values
                 if v.field != "_deleted"]
        assert sorted(v.replica_name.split(" ")[0] for v in deletes) == ["ana", "ben"]
        assert edits == [("code", "ATL", "cleo")]
        shown.append([(v.version, v.field, v.winner) for v in item.values])
    assert shown[0] == shown[1] == shown[2]
    # Keeping the edit closes the item everywhere and keeps the record.
    edit = next(v for v in SyncService(b).conflicts()[0].fields[0].values
                if v.field == "code")
    SyncService(b).conflict_service.resolve(f"region:{rid}:_deleted", keep=edit.version)
    send(b, a, tmp_path)
    send(b, c, tmp_path)
    assert dump(a) == dump(b) == dump(c)
    for ws in (a, b, c):
        assert SyncService(ws).conflict_count() == 0
        assert records(ws).get("region", rid)["code"] == "ATL"


def test_records_set_to_the_shown_value_resolves_the_conflict_and_says_so(
        replicas: MakeReplica, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = replicas("ana"), replicas("ben")
    rid = records(a).create("region", {"name": "Atlantis"})
    send(a, b, tmp_path)
    records(a).update("region", rid, {"name": "Atlantis A"})
    records(b).update("region", rid, {"name": "Atlantis B"})
    send(a, b, tmp_path)
    send(b, a, tmp_path)
    assert SyncService(a).conflict_count() == 1
    shown = records(a).get("region", rid)["name"]
    code = main(["records", "set", "region", rid, f"name={shown}", "--db", str(a.path)])
    out, err = capsys.readouterr()
    assert (code, out.strip(), err) == (0, "conflict on name resolved", "")
    assert SyncService(a).conflict_count() == 0
    # Setting it again is a plain no-op once nothing competes.
    main(["records", "set", "region", rid, f"name={shown}", "--db", str(a.path)])
    assert capsys.readouterr().out.strip() == "nothing changed"
    send(a, b, tmp_path)
    assert SyncService(b).conflict_count() == 0
    assert dump(a) == dump(b)
