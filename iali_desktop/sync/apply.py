"""Applying a bundle's changes in bulk, set-based, inside the caller's transaction.

Lines are validated and staged straight into `change` (`staging.py`), and checked there
against the versions held before; this module then inserts the staged versions'
`supersedes` edges and re-derives heads in a few statements. Rows are then re-derived a
chunk at a time, classified against what the record tables held before, and written
back. Memory stays flat: everything large lives in SQLite, not in Python.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import Connection

from iali_desktop.domain import hlc
from iali_desktop.domain.fields import FieldKind
from iali_desktop.domain.versions import DELETED_FIELD, ERASED_FIELD
from iali_desktop.store import erasure as erasure_store
from iali_desktop.store.catalog import record_type, table_of
from iali_desktop.store.merge import Derived, derive, stored_rows, write_rows

from .changes import driver
from .index import reindex_dependents, replace_entries
from .report import FieldRef, FutureStamp, HeldGroup, MissingRef, TypeCounts

Progress = Callable[[int, int, str], None] | None
ROW_CHUNK = 1000
EXAMPLES = 200  # how many items of each kind a report lists (counts are complete)



@dataclass
class Outcome:
    """What applying did; the importer turns it into the user's report."""

    staged: int = 0
    new: int = 0
    counts: dict[str, TypeCounts] = field(default_factory=dict)
    conflicts: list[FieldRef] = field(default_factory=list)
    deleted_while_edited: list[FieldRef] = field(default_factory=list)
    missing: list[MissingRef] = field(default_factory=list)
    future: list[FutureStamp] = field(default_factory=list)
    future_count: int = 0
    max_sane_hlc: int = 0
    unverified: list[str] = field(default_factory=list)
    held: list[HeldGroup] = field(default_factory=list)  # this bundle's versions held aside
    held_applied: int = 0  # versions held before that this import could apply
    # Complete counts; the lists above keep the first EXAMPLES items only (flat memory).
    conflict_count: int = 0
    deleted_while_edited_count: int = 0
    missing_count: int = 0
    # Personal values erased (an erasure applied, or versions of an erased record that
    # arrived): the caller empties the WAL, which still holds the pages before.
    erased: bool = False


def merge_staged(conn: Connection, progress: Progress, staged: int,
                 now_ms: int | None = None, erasures: bool = True) -> Outcome:
    """Insert the staged versions' edges (the versions are in `change` already,
    `staging.py`), re-derive heads and rows; classify. `staged`: how many versions the
    bundle carried; `erasures` False: no staged version is an `_erased` one (none in the
    bundle, none held before)."""
    raw = driver(conn)
    out = Outcome()
    out.staged = staged
    out.new = raw.execute("SELECT count(*) FROM sync_stage_scan").fetchone()[0]
    _stamps(raw, out, now_ms)
    # Versions of erased records just held aside.
    out.erased = erasure_store.redact_held(conn) > 0
    if out.new == 0:
        return out
    raw.execute("INSERT OR IGNORE INTO change_edge (by_replica, by_seq, sup_replica, sup_seq)"
                " SELECT by_replica, by_seq, sup_replica, sup_seq FROM sync_stage_edge")
    # A version stops being a head when anything supersedes it: the new edges, or edges
    # already held that point at a version only now arriving (it came after its successor).
    _unmark_superseded_heads(raw)
    raw.execute("INSERT OR IGNORE INTO sync_rows SELECT record_type, row_id"
                " FROM sync_stage_scan")
    # Personal values of erased records are erased as they arrive: a colleague's edit
    # made before the erasure reached them, or an old bundle, never brings them back.
    erased = erasure_store.redact_touched(conn)
    _refresh(conn, raw, out, progress)
    erasure_staged = erasures and raw.execute(
        "SELECT 1 FROM sync_stage_scan WHERE field = ? LIMIT 1", (ERASED_FIELD,)).fetchone()
    if erased or erasure_staged:
        out.erased = True
        erasure_store.compact_search(conn)  # the erased words leave the index's segments
    out.conflicts.sort(key=lambda c: (c.record_type, c.row_id, c.field))
    return out


def _unmark_superseded_heads(raw: sqlite3.Connection) -> None:
    """`is_head = 0` for the versions superseded by a staged edge or by a held edge that
    names a staged version. Driven from the staged side (row ids found through the
    primary key), so a small import never reads every head of a large database."""
    raw.execute("UPDATE change SET is_head = 0 WHERE rowid IN (SELECT c.rowid FROM"
                " (SELECT sup_replica AS r, sup_seq AS s FROM sync_stage_edge UNION"
                " SELECT e.sup_replica, e.sup_seq FROM sync_stage_scan s CROSS JOIN change_edge e"
                " ON e.sup_replica = s.replica AND e.sup_seq = s.seq) x"
                " CROSS JOIN change c ON c.replica = x.r AND c.seq = x.s WHERE c.is_head = 1)")


def _stamps(raw: sqlite3.Connection, out: Outcome, now_ms: int | None) -> None:
    limit = hlc.pack((hlc.wall_ms() if now_ms is None else now_ms) + hlc.FUTURE_TOLERANCE_MS)
    count, top = raw.execute("SELECT count(*) FILTER (WHERE hlc > ?1), max(hlc) FILTER"
                             " (WHERE hlc <= ?1) FROM sync_stage_scan", (limit,)).fetchone()
    out.future_count = int(count)
    if count:
        out.future = [FutureStamp(r, s, h) for r, s, h in raw.execute(
            "SELECT replica, seq, hlc FROM sync_stage_scan WHERE hlc > ? ORDER BY replica, seq"
            " LIMIT ?", (limit, EXAMPLES))]
    out.max_sane_hlc = int(top or 0)


def _new_conflicts(raw: sqlite3.Connection, type_name: str, rows: dict[str, Derived],
                   out: Outcome) -> None:
    """Open conflicts that involve a version this bundle brought: new, or newly extended."""
    for row_id, d in rows.items():
        for field_name, heads in d.conflicts:
            if any(raw.execute("SELECT 1 FROM sync_stage WHERE replica = ? AND seq = ?",
                               vid).fetchone() for vid in heads):
                out.conflict_count += 1
                if len(out.conflicts) < EXAMPLES:
                    out.conflicts.append(FieldRef(type_name, row_id, field_name))


def _row_chunks(raw: sqlite3.Connection) -> Iterator[tuple[str, list[str]]]:
    """The rows to refresh, by type, ROW_CHUNK at a time: each chunk is read when it is
    needed (keyset paging), so no list of every row touched is kept."""
    types = [t for (t,) in raw.execute("SELECT DISTINCT record_type FROM sync_rows"
                                       " ORDER BY record_type")]
    for type_name in types:
        after = ""
        while ids := [r for (r,) in raw.execute(
                "SELECT row_id FROM sync_rows WHERE record_type = ? AND row_id > ?"
                " ORDER BY row_id LIMIT ?", (type_name, after, ROW_CHUNK))]:
            yield type_name, ids
            after = ids[-1]


def _refresh(conn: Connection, raw: sqlite3.Connection, out: Outcome, progress: Progress
             ) -> None:
    total = raw.execute("SELECT count(*) FROM sync_rows").fetchone()[0]
    done = 0
    # References not held when their chunk is written may point at a record of a type
    # written later in this same import: they are checked again once every row is in.
    unresolved: list[tuple[str, str, str, str, str]] = []
    for type_name, ids in _row_chunks(raw):
        before = stored_rows(conn, type_name, ids)
        after = derive(conn, type_name, ids)
        changed: dict[str, Derived] = {}
        counts = out.counts.get(type_name, TypeCounts(type_name))
        tally = {"new": counts.new, "changed": counts.changed, "deleted": counts.deleted,
                 "restored": counts.restored}
        for row_id in ids:
            kind = _classify(before.get(row_id), after[row_id])
            if kind is not None:
                changed[row_id] = after[row_id]
            if kind in tally:
                tally[kind] += 1
            if after[row_id].deleted_while_edited:
                out.deleted_while_edited_count += 1
                if len(out.deleted_while_edited) < EXAMPLES:
                    out.deleted_while_edited.append(FieldRef(type_name, row_id, DELETED_FIELD))
        out.counts[type_name] = TypeCounts(type_name, **tally)
        write_rows(conn, type_name, changed)
        raw.executemany("INSERT INTO sync_changed VALUES (?, ?)",
                        [(type_name, row_id) for row_id in changed])
        replace_entries(conn, type_name, after, before.keys())
        unresolved += _unresolved_refs(conn, type_name, after)
        _new_conflicts(raw, type_name, after, out)
        done += len(ids)
        if progress is not None:
            progress(done, total, "updating records")
    _record_missing(conn, unresolved, out)
    reindex_dependents(conn)


def _classify(before: tuple[bool, dict[str, object]] | None, after: Derived) -> str | None:
    """new / changed / deleted / restored, "quiet" (a hidden row to rewrite), or None."""
    if before is None:
        return "new" if after.live else "quiet"
    was_live = not before[0]
    if was_live and not after.live:
        return "deleted"
    if not was_live and after.live:
        return "restored"
    if before[1] != after.values:
        return "changed" if after.live else "quiet"
    return None


def _held(conn: Connection, wanted: dict[str, set[str]]) -> set[tuple[str, str]]:
    held: set[tuple[str, str]] = set()
    raw = driver(conn)
    for target, ids in wanted.items():
        table = table_of(target).name
        id_list = sorted(ids)
        for start in range(0, len(id_list), 500):
            chunk = id_list[start:start + 500]
            found = raw.execute(f'SELECT id FROM "{table}" WHERE id IN'
                                f' ({",".join("?" * len(chunk))})', chunk)
            held.update((target, r[0]) for r in found)
    return held


def _unresolved_refs(conn: Connection, type_name: str, rows: dict[str, Derived]
                     ) -> list[tuple[str, str, str, str, str]]:
    """(type, row, field, target type, target id) of references not held right now."""
    wanted: dict[str, set[str]] = defaultdict(set)
    refs: list[tuple[str, str, str, str, str]] = []
    for spec in record_type(type_name).fields:
        if spec.kind not in (FieldKind.REF, FieldKind.REFS) or not spec.target:
            continue
        for row_id, d in rows.items():
            value = d.values.get(spec.name)
            if not d.live or not value:
                continue
            for target_id in value if isinstance(value, list) else [value]:
                wanted[spec.target].add(str(target_id))
                refs.append((type_name, row_id, spec.name, spec.target, str(target_id)))
    held = _held(conn, wanted)
    return [r for r in refs if (r[3], r[4]) not in held]


def _record_missing(conn: Connection, refs: list[tuple[str, str, str, str, str]],
                    out: Outcome) -> None:
    """Count the references still pointing at records this database does not hold."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for ref in refs:
        wanted[ref[3]].add(ref[4])
    held = _held(conn, wanted)
    for type_name, row_id, field_name, target, target_id in refs:
        if (target, target_id) not in held:
            out.missing_count += 1
            if len(out.missing) < EXAMPLES:
                out.missing.append(MissingRef(type_name, row_id, field_name, target,
                                              target_id))
