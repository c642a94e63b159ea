"""Backups with SQLite's online backup API (never a file copy: WAL holds recent pages).

A backup is written under a temporary name and renamed when complete, so a killed
process never leaves an empty or partial file that looks like a backup; the temporaries
a killed process left are removed by the next backup. Restoring copies a prepared file
into the live database in one SQLite write transaction (see `restore_from_file`).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine

from iali_desktop.domain.errors import DatabaseDamaged, DatabaseError
from iali_desktop.domain.translation import _
from iali_desktop.store.sqlite_errors import damaged_message

SUFFIX = ".iali-backup.db"
PARTIAL = ".partial"  # a backup being written: `.NAME.PID.partial`
STAMP = "%Y%m%dT%H%M%S%fZ"
STALE_AFTER_S = 24 * 3600  # a temporary this old is stale even if its pid is alive again
RESTORE_PAGES = 128  # pages per backup step (512 KiB); all steps are one dest transaction

StepHook = Callable[[int, int], None]  # (pages left, pages in all) after each step


def backup_to_file(engine: Engine, target: Path) -> Path:
    """Copy the database to `target`, which appears only once complete."""
    target.parent.mkdir(parents=True, exist_ok=True)
    clean_stale_partials(target.parent)
    partial = target.with_name(f".{target.name}.{os.getpid()}{PARTIAL}")
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        _copy(source, partial)
        _fsync(partial)
        partial.replace(target)
        _fsync(target.parent)
    except sqlite3.Error as exc:
        raise DatabaseError(_("backup to {target} failed: {exc}", target=target, exc=exc)) from None
    except OSError as exc:
        raise DatabaseError(_("backup to {target} failed: {strerror}",
                              target=target, strerror=exc.strerror or exc)) from None
    finally:
        raw.close()
        partial.unlink(missing_ok=True)
        Path(f"{partial}-journal").unlink(missing_ok=True)
    return target


def backup_to_folder(engine: Engine, folder: Path | None, reason: str,
                     now: dt.datetime | None = None) -> Path | None:
    if folder is None:
        return None
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).strftime(STAMP)
    return backup_to_file(engine, folder / f"{stamp}-{reason}{SUFFIX}")


def copy_file(source: Path, target: Path) -> None:
    """A backup file into a new file of its own (the restore works on such a copy)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        _copy(src, target)
    except sqlite3.Error as exc:
        raise DatabaseError(_("cannot read the backup {name}: {exc}",
                              name=source.name, exc=exc)) from None
    finally:
        src.close()


def _copy(source: sqlite3.Connection, target: Path) -> None:
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")  # a plain file: no -wal to carry along
    finally:
        dest.close()


def _fsync(path: Path) -> None:
    # A backup file or the backups folder: never the live database's own files.
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def clean_stale_partials(folder: Path, now: float | None = None) -> list[Path]:
    """Remove the temporaries of backups whose process is gone (killed mid-backup)."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    moment = time.time() if now is None else now
    for path in folder.glob(f".*{PARTIAL}"):
        pid_text = path.name[: -len(PARTIAL)].rpartition(".")[2]
        alive = pid_text.isdigit() and _process_alive(int(pid_text))
        try:
            old = moment - path.stat().st_mtime > STALE_AFTER_S
        except FileNotFoundError:
            continue
        if alive and not old:
            continue
        remove_with_journals(path)
        removed.append(path)
    return removed


def remove_with_journals(path: Path) -> None:
    """Delete a temporary database file (not the live one) and its journal files."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def to_rollback_journal(path: Path) -> None:
    """Leave a closed, prepared database file as one plain file (no -wal beside it)."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.Error as exc:
        raise DatabaseError(_("cannot prepare {name}: {exc}", name=path.name, exc=exc)) from None
    finally:
        con.close()
    _fsync(path)


def replace_damaged(db_path: Path, prepared: Path, aside: Path,
                    on_step: Callable[[str], None]) -> None:
    """Put `prepared` in the place of a database too damaged to open, keeping the damaged
    file as `aside`. Only when no connection to it is open (none can be: it does not open).

    The -wal and -shm go aside first (a stale WAL would be replayed onto the new file),
    the damaged file is linked aside, then one rename replaces it: a kill at any point
    leaves the damaged database in place or the restored one."""
    for suffix in ("-wal", "-shm", "-journal"):
        side = Path(f"{db_path}{suffix}")
        if side.exists():
            side.replace(Path(f"{aside}{suffix}"))
    on_step("damaged journals set aside")
    try:
        os.link(db_path, aside)
    except FileNotFoundError:
        pass
    except OSError:  # no hard links here (FAT): a copy, since nothing holds the file
        shutil.copyfile(db_path, aside)
    on_step("damaged file kept")
    prepared.replace(db_path)
    _fsync(db_path.parent)


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def list_backups(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"*{SUFFIX}"), reverse=True)


def created_at(path: Path) -> dt.datetime | None:
    """When a backup was taken, from its name (None for a name not made here)."""
    try:
        return dt.datetime.strptime(path.name.partition("-")[0], STAMP).replace(tzinfo=dt.UTC)
    except ValueError:
        return None


def reason_of(path: Path) -> str:
    return path.name.partition("-")[2][: -len(SUFFIX)]


def restore_from_file(source: Path, engine: Engine, on_step: StepHook | None = None) -> None:
    """Replace the live database's whole content with `source`'s, inside SQLite.

    The backup API keeps the destination's write transaction open from its first step to
    its last and commits once: a process killed at any step leaves the database as it
    was (SQLite rolls the unfinished transaction back), a finished copy is whole.
    """
    if not source.is_file():
        raise DatabaseError(_("no backup at {source}", source=source))
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    raw = engine.raw_connection()
    try:
        dest = raw.driver_connection
        assert isinstance(dest, sqlite3.Connection)
        progress = (lambda _status, left, total: on_step(left, total)) if on_step else None
        src.backup(dest, pages=RESTORE_PAGES, progress=progress)
    except sqlite3.Error as exc:
        raise DatabaseError(_("restore from {source} failed: {exc}",
                              source=source, exc=exc)) from None
    finally:
        src.close()
        raw.close()


def integrity_ok(path: Path) -> bool:
    """Whether a backup file is an intact SQLite database (integrity and foreign keys)."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        rows = con.execute("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            return False
        return not con.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.Error:
        return False
    finally:
        con.close()


def check_intact(engine: Engine, path: Path) -> None:
    """`quick_check` on open (about 80 ms for 36 MB): damage found now can still be
    repaired from a backup, before new work is written on top of it."""
    with engine.connect() as conn:
        rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
    if rows != ["ok"]:
        raise DatabaseDamaged(damaged_message(path, rows[0] if rows else "no answer"))


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


def versions_in_file(path: Path, record_type: str, row_id: str) -> int:
    """How many versions of a record the backup file at `path` holds (0 if unreadable);
    for a personal-data export, which lists the backups a person appears in."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return 0
    try:
        return int(con.execute("SELECT count(*) FROM change WHERE record_type = ? AND"
                               " row_id = ?", (record_type, row_id)).fetchone()[0])
    except sqlite3.Error:
        return 0
    finally:
        con.close()


def record_counts_in_file(path: Path, type_names: list[str]) -> dict[str, int]:
    """How many live records of each type a backup file holds (types it lacks: left out),
    read on a read-only connection; for the preview of a restore."""
    counts: dict[str, int] = {}
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return counts
    try:
        for name in type_names:
            try:
                row = con.execute(f'SELECT count(*) FROM "{name}" WHERE deleted = 0').fetchone()
            except sqlite3.Error:
                continue
            counts[name] = int(row[0])
    finally:
        con.close()
    return counts
