"""Keeping the full-text index in step with a bulk import.

Each chunk of the rows an import touched drops their entries (one lookup each: entries
sit at rowids derived from their records, `store/search_rowids.py`) and inserts its live
rows, with the same title and body as `store.search.index_rows` would give them (a test
compares the result with `search.rebuild`). Nothing is kept from one chunk to the next.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import Connection

from iali_desktop.domain.fields import FieldKind
from iali_desktop.store import search, search_rowids
from iali_desktop.store.catalog import record_type
from iali_desktop.store.merge import Derived
from iali_desktop.store.records import titles

from .changes import driver


def replace_entries(conn: Connection, type_name: str, rows: dict[str, Derived],
                    held: Collection[str]) -> None:
    """Drop the index entries of a chunk of the rows an import touched, each at its
    rowid (`store/search_rowids.py`: the cost follows the import, not the index), then
    index the live ones. Each rowid is computed once for both. `held`: the rows of the
    chunk the record table held before; only those can have entries (an entry is only
    ever written for a row of its table, and rows are never removed)."""
    keys = {row_id: search_rowids.rowid(type_name, row_id) for row_id in rows}
    raw = driver(conn)
    search_rowids.forget_rowids(raw, (keys[row_id] for row_id in rows if row_id in held))
    live = [row_id for row_id, d in rows.items() if d.live]
    if not live:
        return
    names = _plain_titles(type_name, rows, live) if _plain(type_name) else \
        titles(conn, type_name, live)
    params = [(keys[row_id], type_name, row_id, names.get(row_id, ""),
               search.body_text(type_name, rows[row_id].values)) for row_id in live]
    params.sort()  # by rowid: the content table's pages filled in order, not scattered
    raw.executemany("INSERT INTO search_index (rowid, record_type, row_id, title, body)"
                    " VALUES (?, ?, ?, ?, ?)", params)


def _plain(type_name: str) -> bool:
    rt = record_type(type_name)
    return not any(rt.field(f).kind in (FieldKind.REF, FieldKind.REFS) for f in rt.title_fields)


def _plain_titles(type_name: str, rows: dict[str, Derived], live: list[str]
                  ) -> dict[str, str]:
    """`store.records.titles` for types whose titles follow no reference, computed from
    the values in hand instead of reading every row back (the rebuild test compares)."""
    rt = record_type(type_name)
    # (field, numbered): an integer "number" or "position" reads "3."
    fields = [(name, rt.field(name).kind is FieldKind.INTEGER and name in ("number", "position"))
              for name in rt.title_fields]
    untitled = f"({rt.label.lower()} "
    out: dict[str, str] = {}
    for row_id in live:
        values = rows[row_id].values
        parts: list[str] = []
        for name, numbered in fields:
            value = values[name]
            if value is None or value == "":
                continue
            parts.append(f"{value}." if numbered else str(value))
        out[row_id] = " ".join(parts) if parts else f"{untitled}{row_id[:8]})"
    return out


def reindex_dependents(conn: Connection) -> None:
    """Re-index records whose title is made from a changed record's (a member's title is
    its organisation's name), as a local edit does, once every row is written: a
    dependent indexed earlier in this import may have used the old title."""
    raw = driver(conn)
    types = [r[0] for r in raw.execute("SELECT DISTINCT record_type FROM sync_changed")]
    for type_name in types:
        cursor = raw.execute("SELECT row_id FROM sync_changed WHERE record_type = ?"
                             " ORDER BY row_id", (type_name,))
        while chunk := [r[0] for r in cursor.fetchmany(500)]:
            for other, dependents in search.title_dependents(conn, type_name, chunk).items():
                search.index_rows(conn, other, dependents)
