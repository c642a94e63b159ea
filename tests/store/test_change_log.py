"""Every write is a versioned change; deletes are tombstones; seeds are the same everywhere."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from iali_desktop.domain import hlc
from iali_desktop.domain.ids import derived_id
from iali_desktop.services.records import RecordService
from iali_desktop.services.setup import initialise
from iali_desktop.services.workspace import Workspace


def changes(path: Path, row_id: str) -> list[tuple[str, int, int, str, int]]:
    with sqlite3.connect(path) as conn:
        return list(conn.execute(
            "SELECT field, seq, hlc, value, is_head FROM change WHERE row_id = ? ORDER BY seq",
            (row_id,)))


def test_each_field_write_is_a_version_that_supersedes_the_last(seeded_db: Path) -> None:
    with Workspace.open(seeded_db) as ws:
        records = RecordService(ws)
        pid = records.create("person", {"name": "Ana", "country": "Chile"})
        records.update("person", pid, {"country": "Peru"})
        replica = ws.identity().replica_id
    rows = changes(seeded_db, pid)
    assert [(r[0], r[3], r[4]) for r in rows] == [
        ("name", '"Ana"', 1), ("country", '"Chile"', 0), ("country", '"Peru"', 1)]
    stamps = [r[2] for r in rows]
    assert stamps == sorted(stamps) and len(set(stamps)) == 3
    with sqlite3.connect(seeded_db) as conn:
        edges = list(conn.execute(
            "SELECT sup_replica, sup_seq FROM change_edge WHERE by_replica = ? AND by_seq = ?",
            (replica, rows[2][1])))
    assert edges == [(replica, rows[1][1])]


def test_a_delete_is_a_tombstone_and_the_row_stays(seeded_db: Path) -> None:
    with Workspace.open(seeded_db) as ws:
        records = RecordService(ws)
        pid = records.create("person", {"name": "Ana"})
        records.delete("person", pid)
    with sqlite3.connect(seeded_db) as conn:
        assert conn.execute("SELECT deleted FROM person WHERE id = ?", (pid,)).fetchone() == (1,)
    assert [r[0] for r in changes(seeded_db, pid)] == ["name", "_deleted"]


def test_clock_never_goes_back_when_the_wall_clock_does(
        seeded_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Workspace.open(seeded_db) as ws:
        records = RecordService(ws)
        pid = records.create("person", {"name": "Before"})
        monkeypatch.setattr(hlc, "wall_ms", lambda: 0)  # the laptop's clock jumps to 1970
        records.update("person", pid, {"name": "After"})
    first, second = changes(seeded_db, pid)
    assert second[2] > first[2]


def test_seed_records_have_the_same_ids_and_versions_on_every_install(tmp_path: Path) -> None:
    for name in ("a", "b"):
        ws, _ = initialise(tmp_path / f"{name}.db", name)
        ws.close()

    def seed_log(path: Path) -> list[tuple[object, ...]]:
        with sqlite3.connect(path) as conn:
            return list(conn.execute(
                "SELECT replica, seq, hlc, record_type, row_id, field, value FROM change"
                " ORDER BY replica, seq"))

    assert seed_log(tmp_path / "a.db") == seed_log(tmp_path / "b.db")
    plan_id = derived_id("plan-2021-2024")
    with Workspace.open(tmp_path / "a.db") as ws:
        plan = RecordService(ws).get("action_plan", plan_id)
    assert plan["period_start"] == 2021
