"""This database's backups: listing, making, and pruning them by a retention policy.

Backups live in the `backups` folder beside the database; a folder shared by several
databases lists and prunes only the backups whose key is this database's. The policy,
like Anki's: the most recent few, then one a day, one a week and one a month; never the
newest, never a manual one, never a recent pre-restore one, nor the newest pre-upgrade
one (the only copy at the old schema).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from iali_desktop.store import backup as backup_store
from iali_desktop.store import erasure as erasure_store
from iali_desktop.store import replica as replica_store

from .workspace import Workspace

log = logging.getLogger(__name__)

KEEP_RECENT = 8
KEEP_DAILY = 7  # the newest backup of each of the 7 latest days that have one
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
PRE_RESTORE_KEPT_DAYS = 30
NEVER_PRUNED = frozenset({"manual"})
# A small import is preceded by a backup only when none was taken within the hour: a
# full copy costs time in proportion to the database (seconds at 100,000 records), and a
# colleague's ten edits every few minutes need no copy each. A restore keeps nothing less
# for it: the live database is backed up first ("pre-restore"), so what came after the
# older backup stays at hand.
SMALL_IMPORT = 1000
PRE_IMPORT_EVERY = dt.timedelta(hours=1)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: str  # ISO time, UTC ("" for a name not made by this app)
    reason: str
    size: int

    @property
    def when(self) -> dt.datetime | None:
        return backup_store.created_at(self.path)


@dataclass(frozen=True)
class BackupUsage:
    files: int
    size: int  # bytes


def backups_of_key(folder: Path, key: bytes | None) -> list[BackupInfo]:
    """The backups in `folder` taken from the database with this key, newest first."""
    out: list[BackupInfo] = []
    for path in backup_store.list_backups(folder):
        if backup_store.backup_key(path) != key:
            continue
        when = backup_store.created_at(path)
        try:
            size = path.stat().st_size
        except FileNotFoundError:  # pruned by another process meanwhile
            continue
        out.append(BackupInfo(path, when.isoformat(timespec="seconds") if when else "",
                              backup_store.reason_of(path), size))
    return out


def own_key(ws: Workspace) -> bytes | None:
    with ws.read() as tx:
        state = replica_store.load(tx)
    return state.public_key if state is not None else None


def list_backups(ws: Workspace) -> list[BackupInfo]:
    """Backups of this database (not of others sharing its folder), newest first."""
    return backups_of_key(ws.backups_dir, own_key(ws))


def usage(ws: Workspace) -> BackupUsage:
    """How many backup files of this database there are, and their size together."""
    found = list_backups(ws)
    return BackupUsage(len(found), sum(b.size for b in found))


def back_up(ws: Workspace, reason: str, now: dt.datetime | None = None) -> Path:
    """A full copy of the database into the backups folder, then the old ones pruned."""
    target = backup_store.backup_to_folder(ws.db.engine, ws.backups_dir, reason, now)
    assert target is not None  # the folder is given, so a path comes back
    prune(ws, now)
    return target


def pre_import_due(ws: Workspace, new_changes: int, now: dt.datetime | None = None) -> bool:
    """Whether an import bringing `new_changes` takes a backup first: always for more
    than `SMALL_IMPORT`, otherwise when this database has no backup younger than
    `PRE_IMPORT_EVERY`. Reads the names, newest first, and opens only the recent ones."""
    if new_changes > SMALL_IMPORT:
        return True
    since = (now or dt.datetime.now(dt.UTC)) - PRE_IMPORT_EVERY
    key = own_key(ws)
    for path in backup_store.list_backups(ws.backups_dir):
        when = backup_store.created_at(path)
        if when is None:
            continue
        if when < since:
            return True
        if backup_store.backup_key(path) == key:
            return False
    return True


def prune(ws: Workspace, now: dt.datetime | None = None) -> list[Path]:
    """Delete this database's backups that the retention policy does not keep."""
    found = list_backups(ws)
    keep = retained(found, now or dt.datetime.now(dt.UTC))
    removed: list[Path] = []
    for b in found:
        if b.path in keep:
            continue
        try:
            b.path.unlink()  # a backup file: never the live database's own files
        except FileNotFoundError:
            continue
        removed.append(b.path)
    if removed:
        log.info("pruned %d old backups", len(removed))
    return removed


@dataclass(frozen=True)
class ErasedHeld:
    """A backup made before an erasure: it still holds the data of `people` people
    whose personal data was erased since."""

    backup: BackupInfo
    people: int

    @property
    def warning(self) -> str:
        who = "person" if self.people == 1 else "people"
        return (f"{self.backup.path.name} may still hold personal data of {self.people} "
                f"erased {who}")


def holding_erased(ws: Workspace) -> list[ErasedHeld]:
    """This database's backups that still hold personal data erased since they were made
    (read in each backup file), newest first."""
    with ws.read() as tx:
        erased = [(t, r) for t, r, _stamp in erasure_store.erasures(tx)]
    out: list[ErasedHeld] = []
    for b in list_backups(ws):
        people = erasure_store.unerased_in_file(b.path, erased)
        if people:
            out.append(ErasedHeld(b, people))
    return out


def purge_holding_erased(ws: Workspace) -> list[Path]:
    """Delete every backup that still holds erased personal data, whatever the retention
    policy (manual backups too): the erasure is meant to be complete."""
    removed: list[Path] = []
    for held in holding_erased(ws):
        try:
            held.backup.path.unlink()  # a backup file: never the live database's own files
        except FileNotFoundError:
            continue
        removed.append(held.backup.path)
    if removed:
        log.info("deleted %d backups made before an erasure", len(removed))
    return removed


def retained(backups: Iterable[BackupInfo], now: dt.datetime) -> set[Path]:
    """The backups the policy keeps (see the module's docstring)."""
    dated = sorted(((b.when, b) for b in backups if b.when is not None),
                   key=lambda pair: pair[0], reverse=True)
    keep = {b.path for b in backups if b.when is None or b.reason in NEVER_PRUNED}
    keep.update(b.path for _when, b in dated[:KEEP_RECENT])
    periods: list[tuple[Callable[[dt.datetime], object], int]] = [
        (lambda t: t.date(), KEEP_DAILY),
        (lambda t: t.isocalendar()[:2], KEEP_WEEKLY),
        (lambda t: (t.year, t.month), KEEP_MONTHLY)]
    for period, limit in periods:
        seen: set[object] = set()
        for when, b in dated:
            bucket = period(when)
            if bucket in seen:
                continue
            if len(seen) == limit:
                break
            seen.add(bucket)
            keep.add(b.path)
    recent = now - dt.timedelta(days=PRE_RESTORE_KEPT_DAYS)
    keep.update(b.path for when, b in dated if b.reason == "pre-restore" and when >= recent)
    upgrades = [b for _when, b in dated if b.reason == "pre-upgrade"]
    keep.update(b.path for b in upgrades[:1])
    return keep


def newest_good(folder: Path, key: bytes | None) -> BackupInfo | None:
    """The newest backup of the database with `key` that passes `integrity_check`."""
    for b in backups_of_key(folder, key):
        if backup_store.integrity_ok(b.path):
            return b
    return None


def record_counts(backup: BackupInfo) -> dict[str, int]:
    """What a backup holds, per record type with at least one record (restore preview)."""
    from .records import record_types

    names = list(record_types())
    counts = backup_store.record_counts_in_file(backup.path, names)
    return {name: n for name, n in counts.items() if n}
