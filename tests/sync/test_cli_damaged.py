"""A database that no longer opens: the command line says so in one line, names the
newest intact backup, and `restore --newest-good` puts it in place."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from iali_desktop.services.maintenance import back_up_now
from iali_desktop.services.workspace import Workspace

from .test_cli_sync import exchange, ok, run


def _damage(path: Path, offset: int, size: int = 8192) -> None:
    # Nothing holds the file (every command closed it): safe to write to it directly.
    with path.open("r+b") as fh:
        fh.seek(offset)
        fh.write(os.urandom(size))


@pytest.fixture
def pair(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    dbs = {}
    for name in ("ana", "ben"):
        db = tmp_path / name / f"{name}.db"
        db.parent.mkdir()
        ok(capsys, "init", "--db", str(db), "--name", name)
        dbs[name] = str(db)
    return dbs


def test_a_damaged_database_names_its_newest_good_backup_and_restores_it(
        pair: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ben = Path(pair["ben"])
    ok(capsys, "records", "add", "region", "name=Thule", "--db", pair["ben"])
    ok(capsys, "records", "add", "region", "name=Atlantis", "--db", pair["ana"])
    good = ok(capsys, "dump", "--db", pair["ben"])
    exchange(capsys, tmp_path, pair, "ana", "ben")  # backup 1: Thule, no Atlantis
    with Workspace.open(ben) as ws:
        back_up_now(ws)  # backup 2, damaged below (a small import within the hour takes none)
    ok(capsys, "records", "add", "region", "name=Mu", "--db", pair["ana"])
    exchange(capsys, tmp_path, pair, "ana", "ben")
    backups = json.loads(ok(capsys, "backups", "--json", "--db", pair["ben"]))
    assert len(backups) == 2
    _damage(Path(backups[0]["path"]), 8192)
    _damage(ben, 4096, ben.stat().st_size - 8192)

    code, out, err = run(capsys, "info", "--db", pair["ben"])
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "damaged" in err and "Traceback" not in err
    assert backups[1]["name"] in err and f"restore --newest-good --db {ben}" in err

    out = ok(capsys, "restore", "--newest-good", "--db", pair["ben"])
    assert backups[1]["name"] in out and "damaged file was kept" in out
    kept = [p for p in ben.parent.glob("ben.db.damaged-*")
            if not p.name.endswith(("-wal", "-shm"))]
    assert len(kept) == 1 and kept[0].stat().st_size > 0
    info = json.loads(ok(capsys, "info", "--json", "--db", pair["ben"]))
    assert info["replica"]["name"].startswith("ben (restored ")
    assert ok(capsys, "dump", "--db", pair["ben"]) == good
    # The restored database syncs both ways again.
    exchange(capsys, tmp_path, pair, "ben", "ana")
    exchange(capsys, tmp_path, pair, "ana", "ben")
    assert "Mu" in ok(capsys, "dump", "--db", pair["ben"])


def test_restore_newest_good_also_works_on_a_healthy_database(
        pair: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = ok(capsys, "dump", "--db", pair["ben"])
    ok(capsys, "records", "add", "region", "name=Atlantis", "--db", pair["ana"])
    exchange(capsys, tmp_path, pair, "ana", "ben")
    assert "Atlantis" in ok(capsys, "dump", "--db", pair["ben"])
    out = ok(capsys, "restore", "--newest-good", "--db", pair["ben"])
    assert "state before was saved" in out
    assert ok(capsys, "dump", "--db", pair["ben"]) == before


def test_damage_in_a_page_that_opening_does_not_read_is_found_on_open(
        pair: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    ben = Path(pair["ben"])
    ok(capsys, "info", "--db", pair["ben"])
    _damage(ben, ben.stat().st_size - 8192)  # the last two pages, records not the schema
    code, _out, err = run(capsys, "info", "--db", pair["ben"])
    assert code == 1 and "damaged" in err and "no intact backup" in err
