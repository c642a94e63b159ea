"""Backups a person asks for from Settings, next to the automatic pre-upgrade ones.

Backups use SQLite's online backup API (through `store.backup`), so they are consistent
even while the window holds the database open in WAL mode.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from iali_desktop.store import backup as backup_store

from .workspace import Workspace

SUFFIX = backup_store.SUFFIX


@dataclass(frozen=True)
class BackupFile:
    path: Path
    created: dt.datetime  # UTC, from the file name's stamp (the file's mtime as fallback)
    reason: str
    size: int


def back_up_now(ws: Workspace) -> Path:
    """A full copy of the database into the workspace's backups folder."""
    target = backup_store.backup_to_folder(ws.db.engine, ws.backups_dir, "manual")
    assert target is not None  # the folder is given, so a path comes back
    return target


def list_backups(ws: Workspace) -> list[BackupFile]:
    """The backups in the workspace's backups folder, newest first."""
    return [_describe(p) for p in backup_store.list_backups(ws.backups_dir)]


def _describe(path: Path) -> BackupFile:
    stem = path.name.removesuffix(SUFFIX)
    stamp, _, reason = stem.partition("-")
    try:
        created = dt.datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=dt.UTC)
    except ValueError:
        created = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
        reason = stem
    return BackupFile(path, created, reason or "backup", path.stat().st_size)
