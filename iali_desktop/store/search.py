"""Full-text search over every record type with FTS5 (accent-insensitive, ranked)."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Connection, bindparam, text

from iali_desktop.domain.fields import FieldKind
from iali_desktop.store import search_rowids
from iali_desktop.store.catalog import record_type, record_types, table_of
from iali_desktop.store.records import titles


@dataclass(frozen=True)
class Hit:
    record_type: str
    row_id: str
    title: str
    snippet: str


@cache
def _body_fields(name: str) -> tuple[str, ...]:
    # Record types are fixed for the process (`catalog.record_types` is cached too).
    return tuple(f.name for f in record_type(name).fields if f.searchable)


def body_text(name: str, values: Mapping[str, Any]) -> str:
    """The searchable text of a record: its searchable fields, list items one by one.

    Edits and bulk imports both index through this, so a record is found the same way
    whichever path wrote it."""
    parts: list[str] = []
    for col in _body_fields(name):
        value = values[col]
        if isinstance(value, list):
            parts.extend(str(v) for v in value)
        elif value:
            parts.append(str(value))
    return "\n".join(parts)


def index_rows(conn: Connection, name: str, ids: Iterable[str],
               indexed: Iterable[str] | None = None) -> None:
    """(Re)index these records. `indexed`, when given, says which of them may be in the
    index already (a batch knows the records it created have no entries): each delete of
    old entries scans the index, so a bulk create skips them."""
    ids = list(ids)
    if not ids:
        return
    stale = set(ids) if indexed is None else set(indexed)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        old = [i for i in chunk if i in stale]
        if old:  # one lookup each: entries sit at rowids derived from their records
            search_rowids.forget(_driver(conn), ((name, row_id) for row_id in old))
        table = table_of(name)
        rows = conn.execute(
            table.select().where(table.c.id.in_(chunk), table.c.deleted.is_(False))
        ).mappings().all()
        if not rows:
            continue
        by_id = {r["id"]: dict(r) for r in rows}
        names = titles(conn, name, list(by_id), rows=by_id)
        params = [{"k": search_rowids.rowid(name, row_id), "t": name, "r": row_id,
                   "title": names.get(row_id, ""), "body": body_text(name, row)}
                  for row_id, row in by_id.items()]
        conn.execute(text("INSERT INTO search_index (rowid, record_type, row_id, title, body)"
                          " VALUES (:k, :t, :r, :title, :body)"), params)


def _driver(conn: Connection) -> sqlite3.Connection:
    raw = conn.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


@cache
def _title_referrers(name: str) -> tuple[tuple[str, str], ...]:
    """(record type, field) whose title is made from a record of type `name`."""
    return tuple((other, field) for other, rt in record_types().items()
                 for field in rt.title_fields
                 if rt.field(field).kind is FieldKind.REF and rt.field(field).target == name)


def title_dependents(conn: Connection, name: str, ids: Iterable[str]) -> dict[str, list[str]]:
    """Live records whose title is made from these records' titles (a member's title is
    its organisation's name), so renaming the organisation re-indexes the member too."""
    ids = list(ids)
    out: dict[str, list[str]] = {}
    if not ids:
        return out
    raw = _driver(conn)  # an import asks this for every chunk of rows it changed
    for other, field in _title_referrers(name):
        table = table_of(other).name
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            found = raw.execute(f'SELECT id FROM "{table}" WHERE "{field}" IN'
                                f' ({",".join("?" * len(chunk))}) AND deleted IS 0', chunk)
            out.setdefault(other, []).extend(r[0] for r in found)
    return {k: v for k, v in out.items() if v}


def rebuild(conn: Connection) -> None:
    conn.execute(text("DELETE FROM search_index"))
    for name in record_types():
        table = table_of(name)
        ids = [r[0] for r in conn.execute(table.select().with_only_columns(table.c.id)
                                          .where(table.c.deleted.is_(False)))]
        index_rows(conn, name, ids)


def match_expression(query: str) -> str:
    # Each word becomes a quoted prefix term: no FTS syntax from the user reaches SQLite.
    words = re.findall(r"\w+", query, flags=re.UNICODE)
    return " ".join('"' + w.replace('"', "") + '"*' for w in words)


def acronym_hits(conn: Connection, query: str, types: Iterable[str] | None = None
                 ) -> list[Hit]:
    """Records whose acronym is exactly the query ("ILO", "ilo"): an acronym rarely
    appears in the full name, so the ranked index alone lists them far down or not at all.
    """
    word = query.strip()
    if not word or " " in word:
        return []
    wanted = set(types) if types is not None else None
    hits: list[Hit] = []
    for name, rt in record_types().items():
        if not rt.has_field("acronym") or (wanted is not None and name not in wanted):
            continue
        table = table_of(name)
        ids = [r[0] for r in conn.execute(
            table.select().with_only_columns(table.c.id, table.c.acronym).where(
                table.c.deleted.is_(False)).where(
                    text("lower(acronym) = lower(:w)")), {"w": word})]
        names = titles(conn, name, ids)
        hits.extend(Hit(name, row_id, names.get(row_id, ""), word) for row_id in ids)
    return hits


def search(conn: Connection, query: str, limit: int = 50,
           types: Iterable[str] | None = None) -> list[Hit]:
    expr = match_expression(query)
    if not expr:
        return []
    first = acronym_hits(conn, query, types)
    found = _ranked(conn, expr, limit, types)
    ids = {h.row_id for h in first}
    return (first + [h for h in found if h.row_id not in ids])[:limit]


def _ranked(conn: Connection, expr: str, limit: int, types: Iterable[str] | None
            ) -> list[Hit]:
    wanted = list(types) if types is not None else None
    sql = ("SELECT record_type, row_id, title,"
           " snippet(search_index, 3, '[', ']', ' … ', 12) AS snip"
           " FROM search_index WHERE search_index MATCH :q")
    params: dict[str, object] = {"q": expr, "n": limit}
    stmt = text(sql + (" AND record_type IN :types" if wanted else "")
                + " ORDER BY bm25(search_index, 0, 0, 5.0, 1.0) LIMIT :n")
    if wanted:
        stmt = stmt.bindparams(bindparam("types", expanding=True))
        params["types"] = wanted
    return [Hit(r.record_type, r.row_id, r.title, r.snip) for r in conn.execute(stmt, params)]


SEARCHABLE_KINDS = frozenset({FieldKind.TEXT, FieldKind.LONGTEXT, FieldKind.EMAIL,
                              FieldKind.STRINGS})
