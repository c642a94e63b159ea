"""Failures during an import: an error at any point, or a killed process, leaves the
database as it was (or, once committed, wholly imported) and intact. The process is
killed at fixed points of the import's commit through the crash points of
iali_desktop/store/faults.py."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from iali_desktop.domain.errors import IaliError
from iali_desktop.domain.ids import new_id
from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace
from iali_desktop.store import faults
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


def _import_in_a_process(db: Path, bundle: Path, kill_at: str | None
                         ) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    env.pop(faults.ENV, None)
    if kill_at is not None:
        env[faults.ENV] = kill_at
    return subprocess.run([sys.executable, "-m", "iali_desktop", "import", str(bundle),
                           "--db", str(db), "--trust"], env=env, capture_output=True,
                          timeout=300)


def _intact_state(db: Path) -> tuple[str, list[Any]]:
    """Integrity check by SQLite itself (it recovers the WAL first), then the state."""
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()
    ws = Workspace.open(db)
    try:
        return state_of(ws)
    finally:
        ws.close()


@pytest.fixture(scope="module")
def killed_import_setup(seeded_template: Path, tmp_path_factory: pytest.TempPathFactory
                        ) -> tuple[Path, Path, tuple[str, list[Any]], tuple[str, list[Any]]]:
    """Ben's database (closed), a big bundle from Ana, and Ben's state before and after
    importing it without interruption."""
    from .conftest import make_replica

    folder = tmp_path_factory.mktemp("killed")
    ana = make_replica(seeded_template, folder / "ana", "ana")
    ben = make_replica(seeded_template, folder / "ben", "ben")
    bundle, _sender = _big_bundle(ana, folder, 3_000)
    ana.close()
    before = state_of(ben)
    ben.close()
    reference = folder / "reference" / "ben.db"
    reference.parent.mkdir()
    shutil.copyfile(ben.path, reference)
    done = _import_in_a_process(reference, bundle, kill_at=None)
    assert done.returncode == 0, done.stderr
    after = _intact_state(reference)
    assert after != before
    return ben.path, bundle, before, after


@pytest.mark.parametrize(("point", "outcome"), [("import-before-commit", "before"),
                                                ("import-after-commit", "after")])
def test_an_import_killed_at_its_commit_leaves_all_or_nothing(
        killed_import_setup: tuple[Path, Path, tuple[str, list[Any]], tuple[str, list[Any]]],
        tmp_path: Path, point: str, outcome: str) -> None:
    """SIGKILL at a fixed point inside the import's transaction (every change written,
    COMMIT next) and just after it: the database is intact and either exactly as it was
    or exactly as a complete import leaves it; a new import then completes it."""
    pristine, bundle, before, after = killed_import_setup
    db = tmp_path / "ben.db"
    shutil.copyfile(pristine, db)
    killed = _import_in_a_process(db, bundle, kill_at=point)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert _intact_state(db) == (before if outcome == "before" else after)
    again = _import_in_a_process(db, bundle, kill_at=None)
    assert again.returncode == 0, again.stderr
    assert _intact_state(db) == after

