"""Backups with SQLite's online backup API (never a file copy: WAL holds recent pages)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from iali_desktop.domain.errors import DatabaseError

SUFFIX = ".iali-backup.db"


def backup_to_file(engine: Engine, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    except sqlite3.Error as exc:
        raise DatabaseError(f"backup to {target} failed: {exc}") from None
    finally:
        raw.close()
    return target


def backup_to_folder(engine: Engine, folder: Path | None, reason: str) -> Path | None:
    if folder is None:
        return None
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return backup_to_file(engine, folder / f"{stamp}-{reason}{SUFFIX}")


def list_backups(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"*{SUFFIX}"), reverse=True)


def restore_from_file(source: Path, engine: Engine) -> None:
    """Replace the database's whole content with a backup's, inside SQLite."""
    if not source.is_file():
        raise DatabaseError(f"no backup at {source}")
    with source.open("rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise DatabaseError(f"{source} is not a backup of an IALI Desktop database")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    raw = engine.raw_connection()
    try:
        dest = raw.driver_connection
        assert isinstance(dest, sqlite3.Connection)
        src.backup(dest)
    except sqlite3.Error as exc:
        raise DatabaseError(f"restore from {source} failed: {exc}") from None
    finally:
        src.close()
        raw.close()


def backup_key(source: Path) -> bytes | None:
    """The public key of the install a backup was taken from (None if unreadable): lets
    a backups folder shared by several databases list and restore only one's own."""
    try:
        con = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = con.execute("SELECT public_key FROM local_state WHERE id = 1").fetchone()
    except sqlite3.Error:
        return None
    finally:
        con.close()
    return bytes(row[0]) if row is not None else None
