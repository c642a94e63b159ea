"""Backups that do not grow without end: none for a bundle that brings nothing new, none
left half-written by a killed process, and old ones pruned by the retention policy."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

from iali_desktop.services import backups
from iali_desktop.services.maintenance import back_up_now
from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace

from .conftest import MakeReplica, records, send

NOW = dt.datetime(2026, 12, 3, 9, 30, tzinfo=dt.UTC)


def test_a_bundle_that_brings_nothing_new_takes_no_backup(replicas: MakeReplica,
                                                           tmp_path: Path) -> None:
    a, b, c = replicas("ana"), replicas("ben"), replicas("cleo")
    records(a).create("region", {"name": "Atlantis"})
    send(a, b, tmp_path)
    assert [x.reason for x in SyncService(b).backups()] == ["pre-import"]
    send(a, c, tmp_path)
    report = SyncService(b).import_bundle(_full(c, tmp_path), trust=True)  # A's, relayed
    assert report.changes_new == 0 and not report.already_applied
    assert report.backup is None
    assert len(SyncService(b).backups()) == 1


def test_a_small_import_takes_a_backup_only_when_none_is_an_hour_old(
        replicas: MakeReplica, tmp_path: Path) -> None:
    """A full copy costs time in proportion to the database: a colleague's few edits get
    one at most once an hour; a large import always gets one."""
    a, b = replicas("ana"), replicas("ben")
    records(a).create("region", {"name": "Atlantis"})
    assert SyncService(b).import_bundle(_full(a, tmp_path), trust=True).backup
    records(a).create("region", {"name": "Mu"})
    report = SyncService(b).import_bundle(_full(a, tmp_path, "2"))
    assert report.changes_new > 0 and report.backup is None
    with records(a).batch() as batch:  # more than SMALL_IMPORT new changes
        for i in range(backups.SMALL_IMPORT // 2 + 1):
            batch.create("region", {"name": f"Region {i}", "code": f"R{i}"})
    assert SyncService(b).import_bundle(_full(a, tmp_path, "3")).backup
    for old in SyncService(b).backups():
        old.path.unlink()  # backup files, not the database's own
    _backup_at(b, dt.datetime.now(dt.UTC) - dt.timedelta(minutes=61))
    records(a).create("region", {"name": "Thule"})
    assert SyncService(b).import_bundle(_full(a, tmp_path, "4")).backup


def _full(ws: Workspace, folder: Path, tag: str = "") -> Path:
    out = folder / f"full{tag}.ialibundle"
    SyncService(ws).export_bundle(out, full=True)
    return out


_BACK_UP_UNTIL_KILLED = """
import os, signal, sys, threading, time
from pathlib import Path
from iali_desktop.services.workspace import Workspace
from iali_desktop.services.maintenance import back_up_now

ws = Workspace.open(sys.argv[1])

def watch():  # killed as soon as the first backup's first file appears
    folder = ws.backups_dir
    while not (folder.is_dir() and any(folder.iterdir())):
        time.sleep(0.0002)
    os.kill(os.getpid(), signal.SIGKILL)

threading.Thread(target=watch, daemon=True).start()
while True:
    back_up_now(ws)
"""


def test_a_killed_backup_leaves_no_backup_file_and_its_remains_are_cleared(
        replicas: MakeReplica) -> None:
    a = replicas("ana")
    db, folder = a.path, a.backups_dir
    a.close()
    proc = subprocess.run(
        [sys.executable, "-c", _BACK_UP_UNTIL_KILLED, str(db)], capture_output=True,
        text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert not list(folder.glob("*.iali-backup.db")), "only whole backups carry the name"
    assert list(folder.glob(".*.partial")), "killed while writing the first backup"
    with Workspace.open(db) as ws:
        back_up_now(ws)
    assert not list(folder.glob(".*")), "the dead process's temporary is removed"


def _backup_at(ws: Workspace, when: dt.datetime, reason: str = "pre-import") -> Path:
    return backups.back_up(ws, reason, now=when)


def test_retention_keeps_recent_then_daily_weekly_monthly(replicas: MakeReplica) -> None:
    a = replicas("ana")
    start = NOW - dt.timedelta(days=500)
    made = []
    when = start
    while when < NOW - dt.timedelta(days=2):  # one every 4 days for 500 days
        made.append(_backup_at(a, when))
        when += dt.timedelta(days=4)
    for hour in range(12):  # then a busy day: many imports
        made.append(_backup_at(a, NOW - dt.timedelta(hours=12 - hour)))
    kept = backups.list_backups(a)
    stamps = sorted(b.when for b in kept if b.when is not None)
    assert len(made) == 137
    assert len(kept) <= backups.KEEP_RECENT + backups.KEEP_DAILY + backups.KEEP_WEEKLY \
        + backups.KEEP_MONTHLY
    assert kept[0].path == made[-1], "the newest is never pruned"
    assert {b.path for b in kept} >= set(made[-backups.KEEP_RECENT:])
    days = {t.date() for t in stamps}
    assert len(days) >= backups.KEEP_DAILY
    weeks = {t.isocalendar()[:2] for t in stamps}
    assert len(weeks) >= backups.KEEP_WEEKLY + 1
    months = {(t.year, t.month) for t in stamps}
    assert len(months) == backups.KEEP_MONTHLY
    assert stamps[0] > NOW - dt.timedelta(days=370), "nothing beyond twelve months"
    usage = backups.usage(a)
    assert usage.files == len(kept)
    assert usage.size == sum(p.path.stat().st_size for p in kept)


def _safety_then_imports(ws: Workspace, when: dt.datetime) -> Path:
    """A pre-restore backup, then a dozen imports the same day: the daily, weekly and
    monthly keepers are all younger than it."""
    safety = _backup_at(ws, when, "pre-restore")
    for minute in range(1, 13):
        _backup_at(ws, when + dt.timedelta(minutes=minute))
    return safety


def test_retention_spares_manual_and_recent_pre_restore_backups(replicas: MakeReplica
                                                                 ) -> None:
    a = replicas("ana")
    manual = _backup_at(a, NOW - dt.timedelta(days=800), "manual")
    old_safety = _safety_then_imports(a, NOW - dt.timedelta(days=60))
    assert old_safety in {b.path for b in backups.list_backups(a)}, "young: kept"
    safety = _safety_then_imports(a, NOW - dt.timedelta(days=10))
    paths = {b.path for b in backups.list_backups(a)}
    assert old_safety not in paths, "older than its days of grace: pruned"
    assert safety in paths and manual in paths


def test_backups_of_another_database_in_the_folder_are_never_pruned(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a = replicas("ana")
    other = replicas("ben")
    theirs = _backup_at(other, NOW - dt.timedelta(minutes=40))  # older than A's below
    target = a.backups_dir / theirs.name
    target.parent.mkdir(parents=True, exist_ok=True)
    theirs.replace(target)  # now in A's folder, with B's key
    for minute in range(30):
        _backup_at(a, NOW - dt.timedelta(minutes=minute))
    assert target.exists()
