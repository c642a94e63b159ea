"""What a database file is, and whether it can be written, found out before anything is
written to it.

Everything here reads the file through SQLite on a read-only connection, never with
`open()`: closing any descriptor of the file would drop the locks SQLite holds on it in
this process (ECOSYSTEM trap 13). A file is ours only when it names one of our own schema
revisions (or, for a newer release, holds our `local_state` table); anything else, another
program's SQLite or Alembic database included, is refused untouched: no WAL switch, no
tables, no pragmas that write.
"""

from __future__ import annotations

import enum
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from iali_desktop.domain.errors import DatabaseError, NotOurFileError
from iali_desktop.domain.translation import _

from . import migrate
from .sqlite_errors import error_for

OUR_MARKER_TABLE = "local_state"
PROBE_TIMEOUT_S = 5.0


class Access(enum.Enum):
    READ_WRITE = "read-write"
    READ_ONLY = "read-only"  # SQLite may still make its -wal and -shm files beside it
    IMMUTABLE = "immutable"  # read-only folder and no WAL: nobody can change the file


@dataclass(frozen=True)
class FileState:
    access: Access
    revision: str | None  # our schema revision; None for a new or empty file
    why_read_only: str = ""

    @property
    def empty(self) -> bool:
        return self.revision is None


def access_of(path: Path) -> tuple[Access, str]:
    """How the file can be opened here, and (if read-only) why, in a few words."""
    folder = path.resolve().parent
    folder_writable = os.access(folder, os.W_OK)
    if not path.exists():
        return (Access.READ_WRITE, "") if folder_writable else (
            Access.READ_ONLY, _("its folder cannot be written"))
    if not os.access(path, os.R_OK):
        raise DatabaseError(_("cannot read {path}: permission denied", path=path))
    if folder_writable and os.access(path, os.W_OK):
        return Access.READ_WRITE, ""
    if folder_writable:
        return Access.READ_ONLY, _("the file cannot be written")
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        return Access.READ_ONLY, _("its folder cannot be written")
    return Access.IMMUTABLE, _("its folder cannot be written")


def sqlite_uri(path: Path, access: Access) -> str:
    uri = path.resolve().as_uri()
    if access is Access.READ_ONLY:
        return uri + "?mode=ro"
    if access is Access.IMMUTABLE:
        return uri + "?mode=ro&immutable=1"
    return uri


def inspect_file(path: Path) -> FileState:
    """Whether `path` is ours (and at which revision), empty, or refused with a clear line.

    A missing file counts as empty (to be created by the caller, if it may)."""
    access, why = access_of(path)
    wal = path.with_name(path.name + "-wal")
    if not path.exists() or (path.stat().st_size == 0 and not (
            wal.exists() and wal.stat().st_size > 0)):
        return FileState(access, None, why)
    try:
        con = sqlite3.connect(sqlite_uri(path, access), uri=True, timeout=PROBE_TIMEOUT_S,
                              isolation_level=None)
    except sqlite3.Error as exc:
        raise error_for(exc, path) from None
    try:
        names = {row[0] for row in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        versions: set[str] = set()
        if "alembic_version" in names:
            versions = {str(row[0]) for row in con.execute(
                "SELECT version_num FROM alembic_version")}
    except sqlite3.DatabaseError as exc:
        raise error_for(exc, path) from None
    finally:
        con.close()
    if not names:
        return FileState(access, None, why)
    ours = versions & migrate.known_revisions()
    if len(versions) == 1 and ours:
        return FileState(access, ours.pop(), why)
    if OUR_MARKER_TABLE in names and "alembic_version" in names:
        raise DatabaseError(
            _("this database was written by a newer IALI Desktop; update IALI Desktop to open it"))
    raise NotOurFileError(_("{path} is not an IALI Desktop database", path=path))
