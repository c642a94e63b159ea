"""Erasing a record's personal data from every place the database keeps it.

An erasure is a version of the field `_erased` (value "true") on the record. Wherever it
is held, the values of the record's personal fields (`FieldSpec.personal`) are replaced
in every version that holds them, in the change log and among versions held aside
(`domain/erasure.py` says how), so the row derived from them has those fields empty, the
search index loses them, and no export can carry them. Versions for those fields that
arrive later (a colleague's edit made before the erasure reached them, an old bundle
replayed) are erased the moment they are applied.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import Connection, Engine, text

from iali_desktop.domain import erasure
from iali_desktop.domain.versions import ERASED_FIELD
from iali_desktop.store.catalog import record_type, record_types

DIGEST_FUNCTION = "iali_value_digest"


def personal_fields(type_name: str) -> list[str]:
    return [f.name for f in record_type(type_name).fields if f.personal]


def has_personal_fields(type_name: str) -> bool:
    return bool(personal_fields(type_name))


def _driver(conn: Connection) -> sqlite3.Connection:
    raw = conn.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def register_digest(raw: sqlite3.Connection) -> None:
    """Make `iali_value_digest(value)` available to SQL on this connection: how a
    version's value is compared once one copy of it may be erased."""
    raw.create_function(DIGEST_FUNCTION, 1, _sql_digest, deterministic=True)


def _sql_digest(value: str | None) -> str | None:
    return None if value is None else erasure.digest(value)


def is_erased(conn: Connection, type_name: str, row_id: str) -> bool:
    return conn.execute(text(
        "SELECT 1 FROM change WHERE record_type = :t AND row_id = :r AND field = :f LIMIT 1"),
        {"t": type_name, "r": row_id, "f": ERASED_FIELD}).first() is not None


def erasures(conn: Connection) -> list[tuple[str, str, int]]:
    """(record type, row id, earliest erasure stamp) of every erased record held."""
    return [(r[0], r[1], int(r[2])) for r in conn.execute(text(
        "SELECT record_type, row_id, min(hlc) FROM change WHERE field = :f"
        " GROUP BY record_type, row_id ORDER BY 3"), {"f": ERASED_FIELD})]


def redact(conn: Connection, rows: Iterable[tuple[str, str]]) -> int:
    """Erase the personal values of every version (held or held aside) of those rows
    that carry an erasure. Returns how many values were erased."""
    raw = _driver(conn)
    count = 0
    for type_name, row_id in rows:
        fields = personal_fields(type_name) if type_name in record_types() else []
        if not fields or not raw.execute(
                "SELECT 1 FROM change WHERE record_type = ? AND row_id = ? AND field = ?"
                " LIMIT 1", (type_name, row_id, ERASED_FIELD)).fetchone():
            continue
        marks = ",".join("?" * len(fields))
        for table in ("change", "held_change"):
            found = raw.execute(
                f"SELECT replica, seq, value FROM {table} WHERE record_type = ? AND"
                f" row_id = ? AND field IN ({marks}) AND value NOT LIKE 'erased:%'",
                (type_name, row_id, *fields)).fetchall()
            raw.executemany(f"UPDATE {table} SET value = ? WHERE replica = ? AND seq = ?",
                            [(erasure.erase(v), r, s) for r, s, v in found])
            count += len(found)
    return count


def redact_touched(conn: Connection) -> int:
    """`redact` for the erased records among those an import touched (`sync_rows`),
    looked up from those rows (CROSS JOIN keeps SQLite from scanning `change`)."""
    rows = _driver(conn).execute(
        "SELECT DISTINCT c.record_type, c.row_id FROM sync_rows s CROSS JOIN change c"
        " ON s.record_type = c.record_type AND s.row_id = c.row_id WHERE c.field = ?",
        (ERASED_FIELD,)).fetchall()
    return redact(conn, [(str(t), str(r)) for t, r in rows])


def redact_held(conn: Connection) -> int:
    """`redact` for erased records of which an import has just held versions aside."""
    rows = _driver(conn).execute(
        "SELECT DISTINCT h.record_type, h.row_id FROM held_change h"
        " WHERE h.value NOT LIKE 'erased:%' AND EXISTS (SELECT 1 FROM change c"
        " WHERE c.record_type = h.record_type AND c.row_id = h.row_id AND c.field = ?)",
        (ERASED_FIELD,)).fetchall()
    return redact(conn, [(str(t), str(r)) for t, r in rows])


def compact_search(conn: Connection) -> None:
    """Merge the full-text index into one segment: an FTS5 delete only adds a marker,
    and the erased words would stay in the older segments until a merge."""
    conn.execute(text("INSERT INTO search_index (search_index) VALUES ('optimize')"))


def truncate_wal(engine: Engine) -> bool:
    """Copy the WAL into the database file and truncate it to zero bytes: the WAL still
    holds the pages as they were before the erasure (the main file's freed pages are
    zeroed by `secure_delete`). False when a reader kept it from completing."""
    with engine.connect() as conn:  # the driver's own connection: no BEGIN around it
        raw = conn.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        busy, _log, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return not busy


def unerased_in_file(path: Path, erased: list[tuple[str, str]]) -> int:
    """How many of these erased records still have a personal value in the database
    file at `path` (a backup: never the live database). A file that cannot be read is
    counted as holding all of them."""
    if not erased:
        return 0
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return len(erased)
    try:
        count = 0
        for type_name, row_id in erased:
            fields = personal_fields(type_name)
            marks = ",".join("?" * len(fields))
            hit = con.execute(
                f"SELECT 1 FROM change WHERE record_type = ? AND row_id = ? AND field IN"
                f" ({marks}) AND value NOT LIKE 'erased:%' AND value != 'null' LIMIT 1",
                (type_name, row_id, *fields)).fetchone()
            count += hit is not None
        return count
    except sqlite3.Error:
        return len(erased)
    finally:
        con.close()
