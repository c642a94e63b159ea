"""SQLite's errors as one clear line each (the app's own DatabaseError classes)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from iali_desktop.domain.errors import (
    DatabaseDamaged,
    DatabaseError,
    DatabaseReadOnlyError,
    NotOurFileError,
)
from iali_desktop.domain.translation import _

# Primary result codes (https://sqlite.org/rescode.html); extended codes keep them in
# the low byte.
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT = 5, 6, 8, 10, 11
SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 13, 14, 26
LOW_SPACE_BYTES = 1 << 20  # below this, an I/O failure is taken for a full disk


def disk_full_message() -> str:
    return _("the disk is full; nothing was changed")


def damaged_message(path: Path, detail: str) -> str:
    return _("the database {path} is damaged ({detail})", path=path, detail=detail)


def error_for(exc: BaseException, path: Path) -> DatabaseError:
    """The DatabaseError to show for an SQLite failure on `path` (raw or via SQLAlchemy)."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig)
    code = getattr(orig, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == SQLITE_FULL or ("disk" in text and "full" in text):
        return DatabaseError(disk_full_message())
    if (primary in (SQLITE_IOERR, SQLITE_CANTOPEN) or "no transaction is active" in text
            or "disk I/O error" in text) and low_space(path):
        # SQLite cannot grow the shared-memory or WAL file, or already rolled back.
        return DatabaseError(disk_full_message())
    if primary in (SQLITE_BUSY, SQLITE_LOCKED) or "locked" in text or "busy" in text:
        return DatabaseError(
            _("the database {path} is busy in another program; try again in a moment", path=path))
    if primary == SQLITE_CORRUPT or "malformed" in text:
        # Damage, not a foreign file: the caller can offer the newest intact backup.
        return DatabaseDamaged(damaged_message(path, text))
    if primary == SQLITE_READONLY or "readonly" in text:
        return DatabaseReadOnlyError(
            _("the database {path} cannot be written here (read-only); nothing was changed",
              path=path))
    if (primary == SQLITE_NOTADB or "not a database" in text) and isinstance(
            orig, sqlite3.DatabaseError):
        return NotOurFileError(_("{path} is not an IALI Desktop database", path=path))
    if primary == SQLITE_CANTOPEN:
        return DatabaseError(_("cannot open the database {path}; check that it and its folder can "
                               "be read", path=path))
    return DatabaseError(_("database error: {text}", text=text))


def low_space(path: Path) -> bool:
    """Whether the disk holding `path` has (almost) no room left."""
    folder = Path(path).resolve().parent
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False
