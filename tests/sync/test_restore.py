"""Restoring a backup: the restored replica syncs with everyone again, atomically.

The steps of the report: A adds a record it never exports, imports B's bundle (so the
pre-import backup holds that record, unsigned), restores that backup, adds another record
and exports; B must accept it, and keep accepting A's bundles afterwards.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace

from .conftest import MakeReplica, dump, export_for, records, send


def _region_names(ws: Workspace) -> set[str]:
    text = dump(ws)
    return {name for name in ("Atlantis", "Lemuria", "Thule", "Mu") if name in text}


def _restore_after_an_unexported_edit(replicas: MakeReplica, tmp_path: Path
                                      ) -> tuple[Workspace, Workspace]:
    a, b = replicas("ana"), replicas("ben")
    records(b).create("region", {"name": "Thule"})
    records(a).create("region", {"name": "Atlantis"})  # never exported before the restore
    send(b, a, tmp_path)
    [backup] = SyncService(a).backups()
    assert backup.reason == "pre-import"
    SyncService(a).restore(backup.path.name)
    records(a).create("region", {"name": "Lemuria"})
    return a, b


def test_a_restored_replica_is_accepted_by_its_peers_and_keeps_syncing(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b = _restore_after_an_unexported_edit(replicas, tmp_path)
    SyncService(b).import_bundle(export_for(a, b, tmp_path), trust=True)
    assert {"Atlantis", "Lemuria"} <= _region_names(b)
    # Another round both ways: still accepted, and both hold the same content.
    records(b).create("region", {"name": "Mu"})
    send(b, a, tmp_path)
    records(a).create("region", {"name": "Hyperborea"})
    send(a, b, tmp_path)
    send(b, a, tmp_path)
    assert dump(a) == dump(b)
    assert "Hyperborea" in dump(b)


def test_a_restored_replica_takes_a_name_its_peers_can_tell_apart(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b = replicas("ana"), replicas("ben")
    send(a, b, tmp_path)  # B knows "ana" under the old id
    records(b).create("region", {"name": "Thule"})
    send(b, a, tmp_path)
    backup = SyncService(a).backups()[0]
    SyncService(a).restore(backup.path.name)
    name = a.identity().name
    assert name.startswith("ana (restored ") and name != "ana"
    send(a, b, tmp_path)
    names = [p.name for p in SyncService(b).peers()]
    assert names.count("ana") == 1 and name in names
    out = tmp_path / "to-restored.ialibundle"
    summary = SyncService(b).export_bundle(out, peer=name)
    assert summary.to == a.identity().replica_id
    SyncService(a).import_bundle(out, trust=True)  # the trust came after the backup



def test_a_second_restore_the_same_day_takes_yet_another_name(replicas: MakeReplica,
                                                              tmp_path: Path) -> None:
    a, b = replicas("ana"), replicas("ben")
    records(b).create("region", {"name": "Thule"})
    send(b, a, tmp_path)
    backup = SyncService(a).backups()[0]
    first = SyncService(a).restore(backup.path.name).name
    second = SyncService(a).restore(backup.path.name).name
    assert first.startswith("ana (restored ") and second.startswith("ana (restored ")
    assert first != second and "(restored" not in second.replace(" (restored ", "", 1)


_KILL_AT_STEP = """
import os, signal, sys
from iali_desktop.services import restore
import pytest

from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace

db, backup, step, nth = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
seen = []

def kill_at(name):
    seen.append(name)
    if seen.count(step) == nth:
        os.kill(os.getpid(), signal.SIGKILL)

restore.FAULT_HOOKS.append(kill_at)
with Workspace.open(db) as ws:
    SyncService(ws).restore(backup)
print("steps:", ",".join(seen))
"""


def _restore_in_a_process(db: Path, backup: str, step: str, nth: int
                          ) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _KILL_AT_STEP, str(db), backup, step, str(nth)],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])})


def _state(db: Path) -> tuple[str, int, str]:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        replica, seq = con.execute("SELECT replica_id, last_seq FROM local_state").fetchone()
    finally:
        con.close()
    with Workspace.open(db) as ws:
        return replica, seq, dump(ws)


def _reset(db: Path, saved: Path, keep: Path) -> None:
    """Put the saved database back (nothing holds it) and drop backups made since."""
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(saved, db)
    for path in keep.parent.glob("*.iali-backup.db"):
        if path != keep:
            path.unlink()


@pytest.mark.slow
def test_a_restore_killed_at_any_step_leaves_the_old_state_or_the_whole_restored_one(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b = replicas("ana"), replicas("ben")
    records(b).create("region", {"name": "Thule"})
    records(a).create("region", {"name": "Atlantis"})
    send(b, a, tmp_path)
    records(a).create("region", {"name": "Lemuria"})  # after the backup: a restore drops it
    [backup] = SyncService(a).backups()
    db, old_id = a.path, a.identity().replica_id
    a.close()
    saved = tmp_path / "saved.db"
    shutil.copyfile(db, saved)  # closed, checkpointed: one plain file
    old = _state(db)
    assert old[1] > 0 and "Lemuria" in old[2]
    # A restore that runs through, to learn its steps and the restored content.
    done = _restore_in_a_process(db, backup.path.name, "none", 1)
    assert done.returncode == 0, done.stderr
    steps = done.stdout.split("steps: ")[1].strip().split(",")
    assert steps.count("copying") >= 2, "the copy must take several steps to kill between"
    restored = _state(db)
    assert restored[0] != old_id and restored[1] == 0 and "Lemuria" not in restored[2]
    outcomes = set()
    for step in sorted(set(steps), key=steps.index):
        for nth in ([1, 2, steps.count(step)] if step == "copying" else [1]):
            _reset(db, saved, backup.path)
            proc = _restore_in_a_process(db, backup.path.name, step, nth)
            assert proc.returncode == -signal.SIGKILL, (step, proc.stderr)
            after = _state(db)
            if after == old:
                outcomes.add(f"old after {step} {nth}")
                continue
            # Otherwise wholly restored: the backup's content, a fresh id, no seq used.
            assert after[0] != old_id and after[1] == 0, (step, nth)
            assert after[2] == restored[2], (step, nth)
            outcomes.add(f"restored after {step} {nth}")
    # Killed between two steps of the copy: the old state; after its last step (the
    # commit): the restored one.
    last = steps.count("copying")
    assert {"old after copying 1", "old after copying 2", f"restored after copying {last}",
            "old after copy prepared 1", "restored after restored 1"} <= outcomes, outcomes
    # Nothing half-made stays: the next restore removes the killed runs' temporaries.
    assert list(backup.path.parent.glob(".*"))
    with Workspace.open(db) as ws:
        SyncService(ws).restore(backup.path.name)
        assert not list(ws.backups_dir.glob(".*"))
        # And the result syncs: B takes A's bundle.
        SyncService(b).import_bundle(export_for(ws, b, tmp_path), trust=True)
    assert "Atlantis" in dump(b)
