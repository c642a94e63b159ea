"""Failures during an import: an error at any point, or a killed process, leaves the
database as it was (or, once committed, wholly imported) and intact."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from iali_desktop.domain.errors import IaliError
from iali_desktop.domain.ids import new_id
from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace
from iali_desktop.store.changelog import dumps

from . import forge
from .conftest import MakeReplica, export_for, records, send
from .test_adversarial import state_of


class Interrupter:
    """Aborts SQLite work after a set number of progress ticks (every 200 VM steps)."""

    def __init__(self) -> None:
        self.fail_at: int | None = None
        self.ticks = 0

    def __call__(self) -> int:
        self.ticks += 1
        return 1 if self.fail_at is not None and self.ticks >= self.fail_at else 0

    def install(self, ws: Workspace) -> None:
        ws.db.engine.dispose()

        @event.listens_for(ws.db.engine, "connect")
        def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
            dbapi_conn.set_progress_handler(self, 200)


def _busy_sender(replicas: MakeReplica, tmp_path: Path) -> tuple[Workspace, Workspace, Path]:
    a, b = replicas("ana"), replicas("ben")
    send(a, b, tmp_path)
    with records(a).batch() as batch:
        ids = [batch.create("region", {"name": f"Region {i}", "code": f"R{i}"})
               for i in range(60)]
        for rid in ids[:20]:
            batch.update("region", rid, {"name": "Renamed"})
        for rid in ids[20:30]:
            batch.delete("region", rid)
    return a, b, export_for(a, b, tmp_path)


def test_an_interruption_at_any_point_of_an_import_changes_nothing(
        replicas: MakeReplica, tmp_path: Path) -> None:
    _a, b, path = _busy_sender(replicas, tmp_path)
    stop = Interrupter()
    stop.install(b)
    stop.ticks = 0
    before = state_of(b)
    SyncService(b).preview(path)
    total = stop.ticks
    assert total > 50
    rng = random.Random(20261125)
    for fail_at in sorted(rng.sample(range(1, total), 12)):
        stop.fail_at, stop.ticks = fail_at, 0
        with pytest.raises(IaliError) as info:
            SyncService(b).import_bundle(path)
        assert "nothing was imported" in str(info.value) or "interrupted" in str(info.value)
        stop.fail_at = None
        assert state_of(b) == before
    report = SyncService(b).import_bundle(path)
    assert report.changes_new > 0 and state_of(b) != before


def test_an_error_in_the_middle_of_the_work_rolls_everything_back(
        replicas: MakeReplica, tmp_path: Path) -> None:
    _a, b, path = _busy_sender(replicas, tmp_path)
    before = state_of(b)
    calls: list[str] = []

    class BoomError(IaliError):
        pass

    def progress(done: int, total: int, message: str) -> None:
        calls.append(message)
        if message == "updating records":
            raise BoomError("stopped by the test")

    with pytest.raises(BoomError):
        SyncService(b).import_bundle(path, progress=progress)
    assert "checking changes" in calls or "checking the bundle" in calls
    assert state_of(b) == before


def test_disk_full_during_an_import_is_one_clear_error(replicas: MakeReplica,
                                                       tmp_path: Path) -> None:
    _a, b, path = _busy_sender(replicas, tmp_path)
    before = state_of(b)
    b.db.engine.dispose()

    @event.listens_for(b.db.engine, "connect")
    def _small_disk(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + 2}")

    with pytest.raises(IaliError, match="disk is full; nothing was"):
        SyncService(b).import_bundle(path)
    b.db.engine.dispose()
    event.remove(b.db.engine, "connect", _small_disk)
    assert state_of(b) == before


def _big_bundle(sender: Workspace, tmp_path: Path, count: int) -> tuple[Path, str]:
    signer = forge.identity(sender)
    lines = []
    for seq in range(1, count + 1):
        row = new_id()
        lines.append(forge.line(field="name", hlc=1000 + seq, replica=signer.replica_id, row=row,
                                seq=seq, supersedes=[], type="region",
                                value=dumps(f"Region {seq}")))
    path = forge.forge(tmp_path / "big.ialibundle", signer, b"".join(lines))
    return path, signer.replica_id


def _killed_import_leaves_all_or_nothing(replicas: MakeReplica, tmp_path: Path, runs: int
                                         ) -> None:
    a, b = replicas("ana"), replicas("ben")
    count = 40_000
    path, sender = _big_bundle(a, tmp_path, count)
    db = b.path
    b.close()
    outcomes = set()
    rng = random.Random(7)
    for _run in range(runs):
        proc = subprocess.Popen(
            [sys.executable, "-m", "iali_desktop", "import", str(path), "--db", str(db),
             "--trust"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
        time.sleep(rng.uniform(0.4, 2.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        con = sqlite3.connect(db)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            held = con.execute("SELECT count(*) FROM change WHERE replica = ?",
                               (sender,)).fetchone()[0]
            recorded = con.execute("SELECT count(*) FROM received_bundle").fetchone()[0]
        finally:
            con.close()
        assert (held, recorded) in ((0, 0), (count, 1))
        outcomes.add(held)
        if held:
            break
    ws = Workspace.open(db)
    try:
        SyncService(ws).import_bundle(path, trust=True)
        with ws.read() as tx:
            from sqlalchemy import text

            assert tx.execute(text("SELECT count(*) FROM region WHERE name LIKE 'Region %'")
                              ).scalar_one() == count
    finally:
        ws.close()


def test_a_killed_import_leaves_the_database_intact_and_all_or_nothing(
        replicas: MakeReplica, tmp_path: Path) -> None:
    _killed_import_leaves_all_or_nothing(replicas, tmp_path, runs=2)


@pytest.mark.slow
def test_many_killed_imports(replicas: MakeReplica, tmp_path: Path) -> None:
    _killed_import_leaves_all_or_nothing(replicas, tmp_path, runs=10)
