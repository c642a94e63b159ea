"""Applying versions that arrive from elsewhere (seeds, bundles) and refreshing winners.

The same code serves seeds and sync bundles, so every replica derives its record rows
from the set of versions it holds in one deterministic way: identical version sets give
identical rows, whatever order they arrived in.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlalchemy import Connection, and_, bindparam, select, text

from iali_desktop.domain import erasure
from iali_desktop.domain.errors import BundleError
from iali_desktop.domain.translation import _
from iali_desktop.domain.versions import (
    DELETED_FIELD,
    ERASED_FIELD,
    Head,
    Version,
    in_conflict,
    is_deleted,
    winner,
)
from iali_desktop.store import erasure as erasure_store
from iali_desktop.store import sort_keys
from iali_desktop.store.catalog import table_of
from iali_desktop.store.changelog import CHANGE, dumps

RowKey = tuple[str, str]  # (record_type, row_id)


@dataclass
class ApplyResult:
    inserted: int = 0
    duplicates: int = 0
    rows: set[RowKey] = field(default_factory=set)
    fields: set[tuple[str, str, str]] = field(default_factory=set)


def existing(conn: Connection, vids: Sequence[tuple[str, int]]
             ) -> dict[tuple[str, int], tuple[object, ...]]:
    """Versions already held, keyed by id, with the content that identifies them."""
    by_replica: dict[str, list[int]] = defaultdict(list)
    for replica, seq in vids:
        by_replica[replica].append(seq)
    found: dict[tuple[str, int], tuple[object, ...]] = {}
    stmt = (select(CHANGE.c.replica, CHANGE.c.seq, CHANGE.c.hlc, CHANGE.c.record_type,
                   CHANGE.c.row_id, CHANGE.c.field, CHANGE.c.value)
            .where(and_(CHANGE.c.replica == bindparam("replica"),
                        CHANGE.c.seq.in_(bindparam("seqs", expanding=True)))))
    for replica, seqs in by_replica.items():
        for start in range(0, len(seqs), 500):
            for r in conn.execute(stmt, {"replica": replica, "seqs": seqs[start:start + 500]}):
                found[(r.replica, r.seq)] = (r.hlc, r.record_type, r.row_id, r.field, r.value)
    return found


def apply_versions(conn: Connection, versions: Iterable[Version]) -> ApplyResult:
    """Insert versions not held yet, re-derive heads and rows they touch. Idempotent."""
    batch = list(versions)
    result = ApplyResult()
    held = existing(conn, [v.vid for v in batch])
    fresh: list[Version] = []
    seen_ids: set[tuple[str, int]] = set()
    for v in batch:
        ident = (v.hlc, v.record_type, v.row_id, v.field, erasure.digest(v.value))
        if v.vid in held or v.vid in seen_ids:
            other = held.get(v.vid)
            # A version held here erased is the same version as its unerased copy.
            if other is not None and (*other[:4], erasure.digest(str(other[4]))) != ident:
                raise BundleError(
                    _("version {replica}:{seq} arrived with other content than the one held here "
                      "(a replica reused its ids)", replica=v.replica, seq=v.seq)
                )
            result.duplicates += 1
            continue
        seen_ids.add(v.vid)
        fresh.append(v)
    if not fresh:
        return result
    conn.execute(
        text("INSERT INTO change (replica, seq, hlc, record_type, row_id, field, value, seen,"
             " is_head) VALUES (:replica, :seq, :hlc, :record_type, :row_id, :field, :value,"
             " :seen, 1)"),
        [{"replica": v.replica, "seq": v.seq, "hlc": v.hlc, "record_type": v.record_type,
          "row_id": v.row_id, "field": v.field, "value": v.value,
          "seen": None if v.seen is None else dumps([list(x) for x in v.seen])}
         for v in fresh],
    )
    edges = [{"br": v.replica, "bs": v.seq, "sr": r, "ss": s}
             for v in fresh for r, s in v.supersedes]
    if edges:
        conn.execute(text("INSERT OR IGNORE INTO change_edge (by_replica, by_seq, sup_replica,"
                          " sup_seq) VALUES (:br, :bs, :sr, :ss)"), edges)
    result.inserted = len(fresh)
    for v in fresh:
        result.fields.add((v.record_type, v.row_id, v.field))
        result.rows.add((v.record_type, v.row_id))
    erasure_store.redact(conn, sorted(result.rows))
    recompute_heads(conn, result.fields)
    refresh_rows(conn, result.rows)
    return result


def recompute_heads(conn: Connection, fields: Iterable[tuple[str, str, str]]) -> None:
    # A version is a head unless a version of the *same field* supersedes it. Edges from a
    # version of another field cannot exist: supersedes only ever lists same-field heads.
    conn.execute(
        text("UPDATE change SET is_head = NOT EXISTS (SELECT 1 FROM change_edge e"
             " WHERE e.sup_replica = change.replica AND e.sup_seq = change.seq)"
             " WHERE record_type = :t AND row_id = :r AND field = :f"),
        [{"t": t, "r": r, "f": f} for t, r, f in fields],
    )


@dataclass(frozen=True, slots=True)
class Derived:
    """A row as its current heads make it: the same on every replica holding them."""

    live: bool
    deleted_while_edited: bool  # a delete is the winner, but an edit it never saw is not
    values: dict[str, object]
    conflicts: tuple[tuple[str, tuple[tuple[str, int], ...]], ...] = ()  # (field, heads)


def _driver(conn: Connection) -> sqlite3.Connection:
    # Bulk paths go straight to the driver: SQLAlchemy's per-row parameter handling
    # costs more than the SQL itself on 100,000-row imports.
    raw = conn.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def _columns(record_type: str) -> tuple[list[str], set[str]]:
    table = table_of(record_type)
    columns = [c.name for c in table.columns if c.name not in ("id", "deleted")]
    json_cols = {c.name for c in table.columns if c.type.__class__.__name__ == "JSON"}
    return columns, json_cols


def _in(ids: Sequence[str]) -> str:
    return ",".join("?" * len(ids))


# Per row, its heads as one JSON object {field: value} (an erased value reads as null,
# as `erasure.value_of` has it), and how many heads it has. `json()` parses each value, so
# a stored text that is not one JSON value fails here as `orjson.loads` would on its own.
_IS_ERASED = (f"length(value) = {erasure.ERASED_LENGTH}"
              f" AND substr(value, 1, {len(erasure.PREFIX)}) = '{erasure.PREFIX}'")
_ROW_HEADS = (
    "SELECT row_id, count(*), json_group_object(field, CASE WHEN " + _IS_ERASED +
    " THEN json('null') ELSE json(value) END) FROM change WHERE record_type = ?"
    " AND is_head = 1 AND row_id IN ({marks}) GROUP BY row_id")
_OTHER_FIELDS = frozenset({DELETED_FIELD, ERASED_FIELD})


def derive(conn: Connection, record_type: str, ids: Sequence[str]) -> dict[str, Derived]:
    """Each row's winning values and deleted flag, from the versions held.

    The winner of a field is its head with the highest (hlc, replica), as in
    `domain.versions.winner`; the deleted flag is `domain.versions.is_deleted`. A field's
    heads are listed in `conflicts` only when their values differ
    (`domain.versions.in_conflict`).

    Most rows have one head per field and no delete or erasure: their values come from
    SQLite as one JSON object per row (`_ROW_HEADS`), without a Python object per head;
    that is most of the cost of a 100,000-change import. The other rows (several heads
    of a field, `_deleted`, `_erased`) read their heads one by one
    (`derive_head_by_head`).
    """
    columns, _json = _columns(record_type)
    known = frozenset(columns)
    raw = _driver(conn)
    out: dict[str, Derived] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        found: dict[str, Derived] = {}
        tangled: list[str] = []
        for row_id, heads, fields in raw.execute(_ROW_HEADS.format(marks=_in(chunk)),
                                                 [record_type, *chunk]):
            values: dict[str, object] = orjson.loads(fields)
            if len(values) != heads or not _OTHER_FIELDS.isdisjoint(values):
                tangled.append(row_id)  # two heads of a field make one key: len differs
                continue
            row: dict[str, object] = dict.fromkeys(columns)
            for col, value in values.items():
                if col in known:
                    row[col] = value
            found[row_id] = Derived(True, False, row, ())
        if tangled:
            found.update(derive_head_by_head(conn, record_type, tangled))
        for row_id in chunk:  # in the order asked (reports list the first items)
            derived = found.get(row_id)
            out[row_id] = derived if derived is not None else \
                _derived(None, columns, known, erasure.value_of)  # no heads: an empty row
    return out


def derive_head_by_head(conn: Connection, record_type: str, ids: Sequence[str]
                        ) -> dict[str, Derived]:
    """`derive` reading each head on its own: for rows with several heads of a field, a
    delete or an erasure (any row, for a test to compare). Rows without heads are left
    out."""
    columns, _json = _columns(record_type)
    known = frozenset(columns)
    # row -> field -> [(row_id, field, replica, seq, hlc, value, seen)], as fetched
    found: dict[str, dict[str, list[Any]]] = {}
    raw = _driver(conn)
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        for head in raw.execute(
                "SELECT row_id, field, replica, seq, hlc, value, seen FROM change"
                f" WHERE record_type = ? AND is_head = 1 AND row_id IN ({_in(chunk)})",
                [record_type, *chunk]):
            found.setdefault(head[0], {}).setdefault(head[1], []).append(head)
    return {row_id: _derived(fields, columns, known, erasure.value_of)
            for row_id, fields in found.items()}


def _derived(fields: dict[str, list[Any]] | None, columns: list[str], known: frozenset[str],
             loads: Any) -> Derived:
    """One row's Derived from its heads grouped by field (see `derive`)."""
    values: dict[str, object] = dict.fromkeys(columns)
    if fields is None:
        return Derived(True, False, values, ())
    several: set[str] = set()
    for col, heads in fields.items():
        if col not in known:
            continue
        if len(heads) == 1:
            values[col] = loads(heads[0][5])
        else:
            values[col] = loads(max(heads, key=lambda h: (h[4], h[2]))[5])
            several.add(col)
    conflicts = []
    if several:
        for col in columns:  # in column order, as the report lists them
            if col in several and in_conflict(h[5] for h in fields[col]):
                # erased values never conflict
                conflicts.append((col, tuple(sorted((h[2], h[3]) for h in fields[col]))))
    live, dwe = True, False
    deletes = fields.get(DELETED_FIELD)
    if deletes:
        to_heads = [Head(r, q, t, v, None if s is None else tuple(
            (str(a), int(b)) for a, b in orjson.loads(s)))
            for _i, _f, r, q, t, v, s in deletes]
        # An erasure is no edit a delete must have seen: it keeps nothing alive.
        others = [Head(r, q, t, v) for f, hs in fields.items()
                  if f not in (DELETED_FIELD, ERASED_FIELD)
                  for _i, _f, r, q, t, v, _s in hs]
        live = not is_deleted(to_heads, others)
        dwe = live and winner(to_heads).value == "true"
    return Derived(live, dwe, values, tuple(conflicts))


def stored_rows(conn: Connection, record_type: str, ids: Sequence[str]
                ) -> dict[str, tuple[bool, dict[str, object]]]:
    """(deleted, values) of rows as the record table holds them, in derive()'s terms."""
    columns, json_cols = _columns(record_type)
    table = table_of(record_type).name
    names = ", ".join(f'"{c}"' for c in columns)
    raw = _driver(conn)
    out: dict[str, tuple[bool, dict[str, object]]] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        for row in raw.execute(f'SELECT id, deleted, {names} FROM "{table}"'
                               f" WHERE id IN ({_in(chunk)})", chunk):
            values = {}
            for col, value in zip(columns, row[2:], strict=True):
                if col in json_cols and isinstance(value, str):
                    value = orjson.loads(value)
                values[col] = value
            out[row[0]] = (bool(row[1]), values)
    return out


def write_rows(conn: Connection, record_type: str, rows: dict[str, Derived]) -> None:
    """Upsert derived rows into the record table (which holds winners for fast reads)."""
    if not rows:
        return
    columns, json_cols = _columns(record_type)
    cols = ["id", "deleted", *columns]
    json_at = [i for i, c in enumerate(cols) if c in json_cols]
    params = []
    for row_id, d in rows.items():
        values: list[object] = [row_id, not d.live, *map(d.values.__getitem__, columns)]
        for i in json_at:
            if values[i] is not None:
                values[i] = dumps(values[i])
        params.append(values)
    names = ", ".join(f'"{c}"' for c in cols)
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in cols if c != "id")
    _driver(conn).executemany(
        f'INSERT INTO "{table_of(record_type).name}" ({names})'
        f' VALUES ({_in(cols)}) ON CONFLICT(id) DO UPDATE SET {updates}', params)
    sort_keys.write(conn, record_type, ((row_id, d.values) for row_id, d in rows.items()),
                    new=True)


def refresh_rows(conn: Connection, rows: Iterable[RowKey]) -> None:
    """Write each row's winning values and its deleted flag from its current heads."""
    by_type: dict[str, list[str]] = defaultdict(list)
    for record_type, row_id in rows:
        by_type[record_type].append(row_id)
    for record_type, ids in by_type.items():
        write_rows(conn, record_type, derive(conn, record_type, ids))
