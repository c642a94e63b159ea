"""Erasing a person's personal data: final, on every replica, through any relay."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import orjson
import pytest

from iali_desktop.cli import main
from iali_desktop.domain.erasure import erase as erase_value
from iali_desktop.domain.errors import BundleError, NotFoundError, ValidationError
from iali_desktop.services import backups, erasure
from iali_desktop.services.search import SearchService
from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace

from . import forge
from .conftest import MakeReplica, dump, export_for, records, send

EMAIL = "ana.quispe.private@example.org"
NAME = "Ana Quispe Mamani"
PHONE = "+51 999 111 222"


def _person(ws: Workspace) -> str:
    return records(ws).create("person", {"name": NAME, "email": EMAIL, "phone": PHONE,
                                         "country": "Peru", "notes": f"Call {NAME} first"})


def _file_bytes(ws: Workspace, folder: Path) -> bytes:
    """The whole database as SQLite would write it, via the backup API (the live files
    are never opened outside SQLite)."""
    copy = folder / f"copy-{ws.identity().name}.db"
    src = sqlite3.connect(ws.path)
    dst = sqlite3.connect(copy)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return copy.read_bytes()


def _traces(ws: Workspace, folder: Path, row: str) -> list[str]:
    """Every place the person's data could still be, named if it is there."""
    found = []
    with ws.read() as tx:
        raw = tx.connection.driver_connection
        values = [r[0] for r in raw.execute("SELECT value FROM change WHERE row_id = ?",
                                            (row,))]
        values += [r[0] for r in raw.execute("SELECT value FROM held_change")]
        index = [r[0] for r in raw.execute("SELECT body || title FROM search_index")]
    if any(EMAIL in v or "Quispe" in v for v in values):
        found.append("change log")
    if any(EMAIL in v or "Quispe" in v for v in index):
        found.append("search index")
    if SearchService(ws).search("Quispe"):
        found.append("search")
    row_values = records(ws).rows("person", [row])[row]
    if EMAIL in str(row_values) or "Quispe" in str(row_values):
        found.append("row")
    bundle = folder / f"full-{ws.identity().name}.ialibundle"
    SyncService(ws).export_bundle(bundle, full=True)
    with zipfile.ZipFile(bundle) as zf:
        if EMAIL.encode() in zf.read("changes.jsonl"):
            found.append("full export")
    data = _file_bytes(ws, folder).lower()  # the search index keeps words in lower case
    if any(s.lower().encode() in data for s in (EMAIL, PHONE, "Quispe", "Mamani")):
        found.append("database file")
    return found


# Run in a process of its own: this one holds the databases, and reading their files here
# would drop SQLite's locks (POSIX releases them when any descriptor of the file closes).
_SCAN = """
import json, sys
from pathlib import Path
from typing import Any
secrets = [s.lower().encode() for s in json.loads(sys.argv[1])]
found = []
for name in sys.argv[2:]:
    path = Path(name)
    if path.exists():
        data = path.read_bytes().lower()
        found += [f"{path.name}: {s.decode()}" for s in secrets if s in data]
print(json.dumps(found))
"""


def _on_disk(ws: Workspace) -> list[str]:
    """The erased values found, case-insensitively, in the database's own files as they
    lie on disk now (main file and WAL), the database being open."""
    secrets = orjson.dumps([EMAIL, PHONE, "Quispe", "Mamani"]).decode()
    files = [str(ws.path), f"{ws.path}-wal"]
    run = subprocess.run([sys.executable, "-c", _SCAN, secrets, *files], check=True,
                         capture_output=True, text=True, timeout=60)
    found = orjson.loads(run.stdout)
    assert isinstance(found, list)
    return found


def test_no_erased_value_is_left_in_the_database_files_on_disk(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b = replicas("ana"), replicas("ben")
    row = _person(a)
    send(a, b, tmp_path)
    for n in range(3):  # versions, pages rewritten, WAL frames: more places to linger
        records(b).update("person", row, {"notes": f"Call {NAME} first, take {n}"})
    send(b, a, tmp_path)
    assert _on_disk(b)  # the scan sees what is there

    erasure.erase(a, "person", row)
    assert _on_disk(a) == []
    send(a, b, tmp_path)
    assert _on_disk(b) == []


def test_an_erasure_reaches_another_replica_and_leaves_no_trace_there(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b = replicas("ana"), replicas("ben")
    row = _person(a)
    records(a).update("person", row, {"email": "ana.q.2@example.org"})
    records(a).update("person", row, {"email": EMAIL})
    send(a, b, tmp_path)
    assert "database file" in _traces(b, tmp_path, row)  # the scan sees what is there

    erasure.erase(a, "person", row)
    assert _traces(a, tmp_path, row) == []
    send(a, b, tmp_path)
    assert _traces(b, tmp_path, row) == []
    stub = records(b).get("person", row)
    assert stub["name"] is None and stub["country"] == "Peru"  # references still hold


def test_an_edit_made_before_the_erasure_arrived_does_not_bring_the_data_back(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b = replicas("ana"), replicas("ben")
    row = _person(a)
    send(a, b, tmp_path)
    records(b).update("person", row, {"email": EMAIL.replace("private", "work"),
                                      "notes": f"{NAME} moved"})
    erasure.erase(a, "person", row)
    send(b, a, tmp_path)  # Ben's edit arrives after Ana's erasure
    assert _traces(a, tmp_path, row) == []
    assert records(a).get("person", row)["email"] is None
    send(a, b, tmp_path)  # and Ben's own edit is erased when the erasure reaches him
    assert _traces(b, tmp_path, row) == []
    assert records(b).get("person", row)["notes"] is None
    assert SyncService(b).conflicts() == []
    assert dump(a) == dump(b)  # both orders converge


def test_a_replayed_old_bundle_does_not_bring_the_data_back(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b, c = replicas("ana"), replicas("ben"), replicas("carla")
    row = _person(a)
    old = export_for(a, c, tmp_path, full=True, name="old.ialibundle")
    send(a, b, tmp_path)
    erasure.erase(a, "person", row)
    send(a, c, tmp_path, full=True)
    SyncService(c).import_bundle(old, trust=True)  # made before the erasure
    assert _traces(c, tmp_path, row) == []
    old_from_ben = export_for(b, c, tmp_path, full=True, name="ben-old.ialibundle")
    send(a, b, tmp_path)
    SyncService(c).import_bundle(old_from_ben, trust=True)
    assert _traces(c, tmp_path, row) == []
    assert _traces(b, tmp_path, row) == []


def test_an_erasure_relayed_by_a_third_replica_still_verifies(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b, c = replicas("ana"), replicas("ben"), replicas("carla")
    row = _person(a)
    records(a).create("region", {"name": "Later region"})
    send(a, b, tmp_path)
    send(b, c, tmp_path)  # Carla has verified Ana's chain over the unerased lines
    d = replicas("dora")
    erasure.erase(a, "person", row)
    send(a, b, tmp_path)
    report = SyncService(c).import_bundle(export_for(b, c, tmp_path), trust=True)
    assert not report.held and not report.unverified_authors
    report = SyncService(d).import_bundle(export_for(b, d, tmp_path, full=True), trust=True)
    assert not report.held and not report.unverified_authors  # a fresh replica, all erased
    assert report.erased  # an erasure arrived, though no value here needed blanking
    assert _traces(c, tmp_path, row) == [] and _traces(d, tmp_path, row) == []
    records(a).update("person", row, {"country": "Chile"})  # Ana's chain goes on
    send(a, c, tmp_path)
    assert records(c).get("person", row)["country"] == "Chile"


def test_restoring_an_erased_person_shows_no_personal_values(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a = replicas("ana")
    row = _person(a)
    records(a).delete("person", row)
    erasure.erase(a, "person", row)
    b = replicas("ben")
    send(a, b, tmp_path)
    for ws in (a, b):  # the erasure is no edit the delete missed: still deleted
        with pytest.raises(NotFoundError):
            records(ws).get("person", row)
        assert SyncService(ws).conflicts() == []
    records(a).restore("person", row)
    restored = records(a).get("person", row)
    assert restored["name"] is None and restored["email"] is None
    assert restored["notes"] is None and restored["phone"] is None
    assert _traces(a, tmp_path, row) == []


def test_an_erased_persons_data_cannot_be_typed_in_again(replicas: MakeReplica) -> None:
    a = replicas("ana")
    row = _person(a)
    erasure.erase(a, "person", row)
    with pytest.raises(ValidationError, match="erased"):
        records(a).update("person", row, {"email": EMAIL})
    records(a).update("person", row, {"country": "Bolivia"})  # the stub stays editable


def test_backups_made_before_an_erasure_are_flagged_and_purged_in_one_step(
        replicas: MakeReplica, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = replicas("ana"), replicas("ben")
    row = _person(a)
    before = backups.back_up(a, "manual")
    send(a, b, tmp_path)
    erasure.erase(a, "person", row)
    after = backups.back_up(a, "manual")
    flagged = backups.holding_erased(a)
    assert [h.backup.path for h in flagged] == [before]
    assert flagged[0].warning.endswith("may still hold personal data of 1 erased person")
    backups.back_up(b, "manual")  # Ben's backup holds the person...
    send(a, b, tmp_path)  # ...and the erasure arrives after it
    assert len(backups.holding_erased(b)) == 1

    assert main(["backups", "--db", str(a.path)]) == 0
    assert "may still hold personal data of 1 erased person" in capsys.readouterr().out
    assert main(["backups", "--purge-before-erasure", "--db", str(a.path)]) == 0
    assert not before.exists() and after.exists()
    assert backups.holding_erased(a) == []
    assert backups.purge_holding_erased(b) and backups.holding_erased(b) == []


def test_a_relay_cannot_erase_someones_data_without_an_erasure(
        replicas: MakeReplica, tmp_path: Path) -> None:
    """Author chains cover a value's digest, so an erased line still verifies: the
    receiver therefore accepts an erased value only beside its record's erasure."""
    a, b, c = replicas("ana"), replicas("ben"), replicas("carla")
    row = _person(a)
    send(a, b, tmp_path)
    honest = export_for(b, c, tmp_path, full=True)
    def blank(data: dict[str, Any]) -> None:
        if data["row"] == row and data["field"] == "email":
            data["value"] = erase_value(data["value"])

    blanked = forge.rewritten(honest, tmp_path / "blanked.ialibundle", forge.identity(b),
                              blank)
    with pytest.raises(BundleError, match="erased value but no erasure"):
        SyncService(c).import_bundle(blanked, trust=True)
    SyncService(c).import_bundle(honest, trust=True)
    assert records(c).get("person", row)["email"] == EMAIL


def test_an_edit_held_aside_after_the_erasure_is_erased_too(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b, c, d = replicas("ana"), replicas("ben"), replicas("carla"), replicas("dora")
    row = _person(a)
    send(a, c, tmp_path)
    records(c).create("region", {"name": "Carla's first region"})
    send(c, d, tmp_path)
    send(d, b, tmp_path)  # Ben learns what Dora holds
    records(c).update("person", row, {"email": "carla.typed." + EMAIL})
    send(c, b, tmp_path)
    erasure.erase(a, "person", row)
    # Ben's delta for Dora relays Carla's edit without her earlier changes, which Ana
    # lacks: Ana holds it aside until Carla's own proof arrives.
    report = SyncService(a).import_bundle(export_for(b, d, tmp_path), trust=True)
    assert report.held
    assert _traces(a, tmp_path, row) == []
    send(c, a, tmp_path)  # the proof: the held edit is applied, erased
    assert _traces(a, tmp_path, row) == []


def test_the_command_line_erases_only_when_confirmed(
        replicas: MakeReplica, capsys: pytest.CaptureFixture[str]) -> None:
    a = replicas("ana")
    row = _person(a)
    assert main(["records", "erase", "person", row, "--db", str(a.path)]) == 1
    assert "add --yes to confirm" in capsys.readouterr().err
    assert records(a).get("person", row)["email"] == EMAIL  # stdin is no terminal here
    assert main(["records", "erase", "person", row, "--yes", "--db", str(a.path)]) == 0
    out = capsys.readouterr().out
    assert "erased name, email, phone, notes of person" in out
    assert EMAIL not in out and NAME not in out
    assert records(a).get("person", row)["email"] is None
    assert main(["records", "erase", "region", row, "--yes", "--db", str(a.path)]) != 0
    assert "holds no personal data" in capsys.readouterr().err
