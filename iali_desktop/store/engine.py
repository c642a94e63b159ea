"""Opening the SQLite file: pragmas on every connection and explicit transaction control.

Python 3.11's sqlite3 driver commits DDL on its own and never issues BEGIN IMMEDIATE, so
the driver's transaction handling is turned off (`isolation_level=None`) and SQLAlchemy's
"begin" event emits the BEGIN itself: DEFERRED for reads, IMMEDIATE for writes, so that
a write never fails half-way on a lock upgrade and a failed migration rolls back whole.
"""

from __future__ import annotations

import sqlite3
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.pool import ConnectionPoolEntry

from iali_desktop.domain.names import sort_key

from . import search_rowids
from .probe import Access, sqlite_uri

BUSY_TIMEOUT_MS = 5000
BEGIN_MODE = "iali_begin_mode"


def make_engine(path: Path, access: Access = Access.READ_WRITE) -> Engine:
    """An engine on `path`; a read-only `access` opens it through a read-only URI."""
    def connect() -> sqlite3.Connection:
        return sqlite3.connect(sqlite_uri(path, access), uri=True, isolation_level=None,
                               timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)

    engine = create_engine(f"sqlite:///{path}", creator=connect, pool_size=4, max_overflow=4)
    event.listen(engine, "connect", partial(_on_connect, writable=access is Access.READ_WRITE))
    event.listen(engine, "begin", _on_begin)
    return engine


def _on_connect(dbapi_conn: sqlite3.Connection, _record: ConnectionPoolEntry, *,
                writable: bool) -> None:
    cur = dbapi_conn.cursor()
    try:
        if writable:  # switching the journal mode writes the file's header
            cur.execute("PRAGMA journal_mode=WAL")
        # FULL: an OS crash or power loss cannot lose a confirmed import or edit.
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA trusted_schema=OFF")
        # Erased personal data must not linger in free pages.
        cur.execute("PRAGMA secure_delete=ON")
        cur.execute("PRAGMA cache_size=-65536")
    finally:
        cur.close()
    # ORDER BY sort_key(name): lists in language order, not code points ("Émilie" < "Rahul").
    dbapi_conn.create_function("sort_key", 1, sort_key, deterministic=True)
    # Where a record's full-text entry sits (`search_rowids`), for `store.text_filter`.
    dbapi_conn.create_function("search_rowid", 2, search_rowids.rowid, deterministic=True)


def _on_begin(conn: Connection) -> None:
    mode: Any = conn.get_execution_options().get(BEGIN_MODE, "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")
