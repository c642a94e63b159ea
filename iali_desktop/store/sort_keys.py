"""Stored language-order keys of the text columns that big tables are sorted by.

A text column sorts by `sort_key` (accents and case set aside, `domain.names`), a Python
function: sorting 100,000 engagements by summary called it 100,000 times for each first
page. It cannot sit in an index expression (with `trusted_schema` off, SQLite refuses
application functions in the schema), and a collation written in Python made every
insert call back into Python a dozen times. So each record's key is written beside the
record, in `sort_text` (migration 0016), whenever the record's row is written (created,
edited, merged from a bundle, erased); its indexes in ascending and descending order
serve the first page of a sorted table without a sort. Only the columns listed in
`STORED` have keys; the others keep sorting by `sort_key` at read time. Every upgrade
of a file fills them again (`backfill`, from `store/database.py`), so a column added to
`STORED` with a migration gets its keys for the rows already there.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Column, Connection, MetaData, String, Table, Text

from iali_desktop.domain.names import sort_key

# The text columns with a stored key, by record type: what big tables are sorted by (the
# people's and organisations' pages open in name order).
STORED: dict[str, tuple[str, ...]] = {
    "engagement": ("summary",), "organisation": ("name",), "person": ("name",)}

SORT_TEXT = Table(
    "sort_text", MetaData(),
    Column("record_type", String(40), primary_key=True),
    Column("field", String(60), primary_key=True),
    Column("row_id", String(36), primary_key=True),
    Column("key", Text),
)

_UPSERT = ("INSERT INTO sort_text (record_type, field, row_id, key) VALUES (?, ?, ?, ?)"
           " ON CONFLICT (record_type, field, row_id) DO UPDATE SET key = excluded.key")


def has_key(name: str, field: str) -> bool:
    return field in STORED.get(name, ())


def write(conn: Connection, name: str, rows: Iterable[tuple[str, Mapping[str, Any]]],
          *, new: bool = False) -> None:
    """Keep the keys of these rows (id, values written) current. A row that is `new`
    gets a key for every stored column, empty where the values leave it out; an
    existing row only for the columns its values set."""
    fields = STORED.get(name)
    if not fields:
        return
    params = [(name, field, row_id, sort_key(values.get(field)))
              for row_id, values in rows for field in fields if new or field in values]
    if params:
        _raw(conn).executemany(_UPSERT, params)


def write_columns(conn: Connection, name: str, columns: Sequence[str],
                  rows: Iterable[Sequence[Any]]) -> None:
    """As `write` for rows given as values in `columns`' order followed by the id."""
    if not any(has_key(name, c) for c in columns):
        return
    write(conn, name, ((row[-1], dict(zip(columns, row[:-1], strict=True))) for row in rows))


def backfill(conn: Connection) -> None:
    """Keys for every row of the stored columns (a database from before they were kept)."""
    raw = _raw(conn)
    for name, fields in STORED.items():
        for field in fields:
            found = raw.execute(f'SELECT id, "{field}" FROM "{name}"').fetchall()
            raw.executemany(_UPSERT, [(name, field, row_id, sort_key(value))
                                      for row_id, value in found])


def _raw(conn: Connection) -> Any:
    """The sqlite3 connection under `conn`, in its transaction (one `executemany`)."""
    return conn.connection.driver_connection
