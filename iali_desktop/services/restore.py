"""Restoring a backup: one atomic step, after which the replica syncs with everyone again.

1. The backup must pass `integrity_check`; the live state is backed up first
   ("pre-restore").
2. The backup is copied to a temporary file and prepared there, in one transaction:
   upgraded to the current schema; every change its own replica id holds is sealed with a
   checkpoint signed by that id's key (changes made after its last export would otherwise
   travel unsigned and every peer would refuse them); then the replica continues under a
   new id, sequence from 1, clock never behind the live one, and a name that tells it
   apart ("Ana (restored 2026-12-03)").
3. The prepared file replaces the live content in one SQLite write transaction (the
   backup API), or, for a database too damaged to open, by a rename.

A process killed at any point leaves the old state or the whole restored one. The old id
is never written again, and what it holds is a prefix of everything it ever wrote, so no
peer can see one (replica, seq) with two contents. See docs/architecture.md.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from iali_desktop.domain.errors import DatabaseDamaged, DatabaseError, NotFoundError
from iali_desktop.domain.ids import new_id
from iali_desktop.domain.translation import _
from iali_desktop.store import backup as backup_store
from iali_desktop.store import replica as replica_store
from iali_desktop.store.database import Database
from iali_desktop.sync.authorship import seal_held

from . import backups, paths
from .backups import BackupInfo
from .workspace import Workspace

NAME_MAX = 120
_RESTORED = re.compile(r" \(restored [^)]*\)$")

# Called with the name of each step a restore reaches: a seam for fault-injection tests,
# which kill the process there. Empty in normal use.
FAULT_HOOKS: list[Callable[[str], None]] = []


def _reached(step: str) -> None:
    for hook in list(FAULT_HOOKS):
        hook(step)


@dataclass(frozen=True)
class RestoreResult:
    restored: Path  # the backup restored
    safety: Path | None  # the live state, backed up first (None: it was damaged)
    set_aside: Path | None  # the damaged file, kept under this name
    replica_id: str  # the new id
    name: str  # the new display name


def restored_name(name: str, now: dt.datetime, avoid: set[str]) -> str:
    """"Ana" -> "Ana (restored 2026-12-03)"; with the time too if that name is in use."""
    base = _RESTORED.sub("", name)
    for label in (f"{now:%Y-%m-%d}", f"{now:%Y-%m-%d %H:%M:%S}"):
        suffix = f" (restored {label})"
        candidate = base[: NAME_MAX - len(suffix)] + suffix
        if candidate not in avoid:
            break
    return candidate


def find_backup(ws: Workspace, text: Path | str) -> Path:
    """One of this database's backups, by file name or path."""
    found = backups.list_backups(ws)
    candidates = {str(b.path): b.path for b in found}
    candidates.update({b.path.name: b.path for b in found})
    path = candidates.get(str(text))
    if path is None:
        raise NotFoundError(_("no backup '{text}' of this database (see 'backups')", text=text))
    return path


def restore(ws: Workspace, backup: Path | str, now: dt.datetime | None = None
            ) -> RestoreResult:
    """Replace the open database by one of its backups (the current state is backed up
    first)."""
    moment = now or dt.datetime.now(dt.UTC)
    path = find_backup(ws, backup)
    _check_intact(path)
    with ws.read() as tx:
        live = replica_store.load(tx)
    if live is None:
        raise DatabaseError(_("this database has no replica identity yet"))
    safety = backup_store.backup_to_folder(ws.db.engine, ws.backups_dir, "pre-restore",
                                           moment)
    _reached("safety backup written")
    temp = _temp_path(ws.backups_dir)
    try:
        replica_id, name = _prepare(path, temp, live.last_hlc, moment, {live.name})
        _reached("copy prepared")
        backup_store.restore_from_file(temp, ws.db.engine,
                                       on_step=lambda _left, _total: _reached("copying"))
        _reached("restored")
    finally:
        backup_store.remove_with_journals(temp)
    backups.prune(ws, moment)
    return RestoreResult(path, safety, None, replica_id, name)


def newest_good_for(db_path: Path) -> BackupInfo | None:
    """The newest backup of the database at `db_path` that passes `integrity_check`.

    Works when the database cannot be opened: its key is read if it still can be;
    otherwise the folder must hold the backups of one database only."""
    folder = paths.backups_dir(db_path)
    key = backup_store.backup_key(db_path) if db_path.exists() else None
    if key is None:
        keys = {backup_store.backup_key(p) for p in backup_store.list_backups(folder)}
        keys.discard(None)
        if len(keys) > 1:
            raise DatabaseError(_("{folder} holds backups of several databases; restore one by "
                                  "name ('iali-desktop restore NAME --db {db_path}')",
                                  folder=folder, db_path=db_path))
        key = next(iter(keys), None)
    return backups.newest_good(folder, key) if key is not None else None


def damage_advice(db_path: Path | None, damage: DatabaseDamaged) -> str:
    """One line for a database that does not open: what is wrong and how to restore."""
    path = Path(db_path) if db_path is not None else paths.default_db_path()
    try:
        good = newest_good_for(path)
    except DatabaseError as exc:
        return f"{damage}; {exc}"
    if good is None:
        return f"{damage}; no intact backup of it was found in {paths.backups_dir(path)}"
    when = good.created.replace("T", " ").replace("+00:00", " UTC")
    return (f"{damage}; the newest intact backup is {good.path.name} ({when}): restore it "
            f"with 'iali-desktop restore --newest-good --db {path}'")


def restore_damaged(db_path: Path, backup: BackupInfo | None = None,
                    now: dt.datetime | None = None) -> RestoreResult:
    """Put the newest good backup (or `backup`) in the place of a database that cannot
    be opened; the damaged file is kept beside it. No connection to it may be open."""
    db_path = Path(db_path)
    moment = now or dt.datetime.now(dt.UTC)
    chosen = backup or newest_good_for(db_path)
    if chosen is None:
        raise DatabaseError(_("no intact backup of {db_path} in {folder}",
                              db_path=db_path, folder=paths.backups_dir(db_path)))
    _check_intact(chosen.path)
    temp = _temp_path(paths.backups_dir(db_path))
    aside = db_path.with_name(f"{db_path.name}.damaged-{moment:%Y%m%dT%H%M%S}")
    try:
        replica_id, name = _prepare(chosen.path, temp, 0, moment, set())
        _reached("copy prepared")
        backup_store.replace_damaged(db_path, temp, aside, _reached)
        _reached("restored")
    finally:
        backup_store.remove_with_journals(temp)
    return RestoreResult(chosen.path, None, aside, replica_id, name)


def restore_newest_good(db_path: Path | None) -> RestoreResult:
    """Restore the newest intact backup, into the open database or, if it is too damaged
    to open, in its place."""
    path = Path(db_path) if db_path is not None else paths.default_db_path()
    try:
        ws = Workspace.open(path)
    except DatabaseDamaged:
        return restore_damaged(path)
    with ws:
        chosen = backups.newest_good(ws.backups_dir, backups.own_key(ws))
        if chosen is None:
            raise DatabaseError(_("no intact backup of {path} in {backups_dir}",
                                  path=path, backups_dir=ws.backups_dir))
        return restore(ws, chosen.path)


def _check_intact(path: Path) -> None:
    if not backup_store.integrity_ok(path):
        raise DatabaseError(_("the backup {name} is damaged itself; choose an older one",
                              name=path.name))


def _temp_path(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    backup_store.clean_stale_partials(folder)
    return folder / f".restore-{new_id()}.{os.getpid()}{backup_store.PARTIAL}"


def _prepare(source: Path, temp: Path, clock: int, now: dt.datetime, avoid: set[str]
             ) -> tuple[str, str]:
    """Copy `source` to `temp` and make it the restored replica, in one transaction."""
    backup_store.copy_file(source, temp)
    db = Database.open(temp)  # upgrades an older backup to the current schema
    try:
        with db.write() as tx:
            state = replica_store.load(tx)
            if state is None:
                raise DatabaseError(_("{name} is not a backup of an IALI Desktop database",
                                      name=source.name))
            seal_held(tx, state.replica_id, state.private_key, state.public_key)
            replica_id = new_id()
            name = restored_name(state.name, now, avoid | {state.name})
            replica_store.new_identity(tx, replica_id, name, max(clock, state.last_hlc))
    finally:
        db.close()
    backup_store.to_rollback_journal(temp)
    return replica_id, name
