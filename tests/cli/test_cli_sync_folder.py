"""`sync folder set|run|status` as a user runs them on two databases sharing a folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from iali_desktop.cli import main


def ok(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_sync_folder_commands_carry_an_edit_and_show_what_waits(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    dbs, fps = {}, {}
    for name in ("ana", "ben"):
        db = tmp_path / name / f"{name}.db"
        db.parent.mkdir()
        ok(capsys, "init", "--db", str(db), "--name", name)
        dbs[name] = str(db)
        info = json.loads(ok(capsys, "info", "--db", str(db), "--json"))
        fps[name] = info["replica"]["fingerprint"]
        ok(capsys, "sync", "folder", "set", str(shared), "--db", str(db))
    ok(capsys, "records", "add", "region", "name=Atlantis", "--db", dbs["ana"])
    assert "wrote" in ok(capsys, "sync", "folder", "run", "--db", dbs["ana"])
    # Ben has not trusted Ana: her bundle waits, nothing is imported.
    out = ok(capsys, "sync", "folder", "run", "--db", dbs["ben"])
    assert "waiting for a decision" in out and fps["ana"] in out
    assert "Atlantis" not in ok(capsys, "records", "list", "region", "--db", dbs["ben"])
    ok(capsys, "peers", "trust", fps["ana"], "--db", dbs["ben"])
    out = ok(capsys, "sync", "folder", "run", "--db", dbs["ben"])
    assert "imported" in out
    assert "Atlantis" in ok(capsys, "records", "list", "region", "--db", dbs["ben"])
    status = json.loads(ok(capsys, "sync", "folder", "status", "--json", "--db", dbs["ben"]))
    assert status["reachable"] and status["waiting"] == [] and status["errors"] == {}
    assert [r["name"] for r in status["received"]] == ["ana"]
    assert status["last_written"].startswith(
        json.loads(ok(capsys, "info", "--db", dbs["ben"], "--json"))["replica"]["id"])


def test_sync_folder_set_refuses_the_database_folder(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "ana" / "ana.db"
    db.parent.mkdir()
    ok(capsys, "init", "--db", str(db), "--name", "ana")
    code = main(["sync", "folder", "set", str(db.parent), "--db", str(db)])
    _, err = capsys.readouterr()
    assert code == 1 and "database's folder" in err and "Traceback" not in err
    assert "no sync folder set" in ok(capsys, "sync", "folder", "status", "--db", str(db))
