"""Applying a bundle's changes in bulk, set-based, inside the caller's transaction.

Lines are validated and staged into temporary tables; SQL then checks them against the
versions held (the same id with other content is refused), inserts the new ones and
their `supersedes` edges, and re-derives heads in a few statements. Rows are then
re-derived a chunk at a time, classified against what the record tables held before,
and written back. Memory stays flat: everything large lives in SQLite, not in Python.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import Connection

from iali_desktop.domain import hlc
from iali_desktop.domain.errors import BundleError
from iali_desktop.domain.fields import FieldKind
from iali_desktop.domain.translation import _
from iali_desktop.domain.versions import DELETED_FIELD, ERASED_FIELD
from iali_desktop.store import erasure as erasure_store
from iali_desktop.store.catalog import record_type, table_of
from iali_desktop.store.merge import Derived, derive, stored_rows, write_rows

from .authorship import RunningChains
from .changes import driver
from .index import reindex_dependents, replace_entries
from .jsonl import LineChecker
from .limits import link_budget
from .report import FieldRef, FutureStamp, HeldGroup, MissingRef, TypeCounts
from .stage_writer import StageWriter

Progress = Callable[[int, int, str], None] | None
STAGE_BATCH = 5000
ROW_CHUNK = 1000
EXAMPLES = 200  # how many items of each kind a report lists (counts are complete)

_SETUP = (
    "CREATE TEMP TABLE IF NOT EXISTS sync_stage (replica TEXT NOT NULL, seq INTEGER NOT NULL,"
    " hlc INTEGER NOT NULL, record_type TEXT NOT NULL, row_id TEXT NOT NULL,"
    " field TEXT NOT NULL, value TEXT NOT NULL, seen TEXT, PRIMARY KEY (replica, seq))"
    " WITHOUT ROWID",
    "CREATE TEMP TABLE IF NOT EXISTS sync_stage_edge (by_replica TEXT NOT NULL,"
    " by_seq INTEGER NOT NULL, sup_replica TEXT NOT NULL, sup_seq INTEGER NOT NULL,"
    " PRIMARY KEY (by_replica, by_seq, sup_replica, sup_seq)) WITHOUT ROWID",
    "CREATE TEMP TABLE IF NOT EXISTS sync_rows (record_type TEXT NOT NULL,"
    " row_id TEXT NOT NULL, PRIMARY KEY (record_type, row_id)) WITHOUT ROWID",
    "CREATE TEMP TABLE IF NOT EXISTS sync_changed (record_type TEXT NOT NULL,"
    " row_id TEXT NOT NULL, PRIMARY KEY (record_type, row_id)) WITHOUT ROWID",
    "DELETE FROM sync_stage", "DELETE FROM sync_stage_edge", "DELETE FROM sync_rows",
    "DELETE FROM sync_changed",
)


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


def stage(conn: Connection, lines: Iterable[bytes], expected: int, progress: Progress,
          chains: RunningChains | None = None) -> LineChecker:
    """Validate every line and stage it; nothing outside the temp tables changes yet.
    `chains`, if given, is fed every line to extend each author's hash chain. Returns
    the checker, which noted what the lines hold (`LineChecker`)."""
    raw = driver(conn)
    for sql in _SETUP:
        raw.execute(sql)
    checker = LineChecker.for_schema()
    parse = checker.parse
    feed = chains.feed if chains is not None else None
    rows: list[tuple[object, ...]] = []
    append = rows.append  # bound once: this loop runs for every line of the bundle
    edges: list[tuple[str, int, str, int]] = []
    count = 0
    budget = link_budget(expected)
    links_seen = 0
    writer = StageWriter(raw)  # the connection is the writer's until it is closed
    try:
        for line in lines:
            count += 1
            if count > expected:
                raise BundleError(_("the bundle holds more changes than its manifest says"))
            row, links = parse(line)
            if feed is not None:
                feed(row[0], row[1], line + b"\n")
            append(row)
            # Each `seen` entry is one UUID string: two quotes (the shape is checked).
            links_seen += len(links) + (row[7].count('"') // 2 if row[7] else 0)
            if links_seen > budget:
                raise BundleError(_("the bundle's {expected} changes name more than {budget} "
                                    "earlier versions ('supersedes' and 'seen'); no genuine "
                                    "bundle does; refused", expected=expected, budget=budget))
            if links:
                edges.extend((row[0], row[1], r, s) for r, s in links)
            if len(rows) >= STAGE_BATCH:
                writer.write(rows, edges)
                rows.clear()
                edges.clear()
                if progress is not None:
                    progress(count, expected, "checking changes")
        if rows or edges:
            writer.write(rows, edges)
    except BaseException:
        writer.close(check=False)
        raise
    writer.close()
    if progress is not None:
        progress(count, expected, "checking changes")
    if count != expected:
        raise BundleError(_("the bundle holds fewer changes than its manifest says (truncated?)"))
    return checker


def refuse_orphan_erasures(conn: Connection) -> None:
    """An erased value travels only with (or after) its record's erasure: a relay cannot
    blank someone's data on its own."""
    hit = driver(conn).execute(
        "SELECT s.replica, s.seq FROM sync_stage s WHERE s.value LIKE 'erased:%'"
        " AND NOT EXISTS (SELECT 1 FROM sync_stage e WHERE e.record_type = s.record_type"
        " AND e.row_id = s.row_id AND e.field = ?1) AND NOT EXISTS (SELECT 1 FROM change c"
        " WHERE c.record_type = s.record_type AND c.row_id = s.row_id AND c.field = ?1)"
        " LIMIT 1", (ERASED_FIELD,)).fetchone()
    if hit is not None:
        raise BundleError(_("change {replica}:{seq} carries an erased value but no erasure of its "
                            "record; refused", replica=hit[0], seq=hit[1]))


def drop_known(conn: Connection, staged: int) -> int:
    """Refuse a staged version held here with other content; unstage the ones held.
    `staged`: how many versions the bundle carries (all staged so far); returned."""
    raw = driver(conn)
    erasure_store.register_digest(raw)
    if not _any_held(raw):
        return staged
    # A version held here erased and its unerased copy (or the reverse) are one version:
    # their values' digests agree (domain/erasure.py).
    clash = raw.execute(
        "SELECT s.replica, s.seq FROM sync_stage s JOIN change c ON c.replica = s.replica"
        " AND c.seq = s.seq WHERE c.hlc IS NOT s.hlc OR c.record_type IS NOT s.record_type"
        " OR c.row_id IS NOT s.row_id OR c.field IS NOT s.field OR (c.value IS NOT s.value"
        f" AND {erasure_store.DIGEST_FUNCTION}(c.value) IS NOT"
        f" {erasure_store.DIGEST_FUNCTION}(s.value)) OR c.seen IS NOT s.seen LIMIT 1"
    ).fetchone()
    if clash is not None:
        raise BundleError(_("change {replica}:{seq} arrived with other content than the one held "
                            "here (that replica reused its ids); refused",
                            replica=clash[0], seq=clash[1]))
    if raw.execute("SELECT 1 FROM sync_stage s WHERE EXISTS (SELECT 1 FROM change c"
                   " WHERE c.replica = s.replica AND c.seq = s.seq) LIMIT 1").fetchone() is None:
        return staged  # nothing held yet: nothing to unstage (every edge's version is staged)
    raw.execute("DELETE FROM sync_stage WHERE EXISTS (SELECT 1 FROM change c"
                " WHERE c.replica = sync_stage.replica AND c.seq = sync_stage.seq)")
    raw.execute("DELETE FROM sync_stage_edge WHERE NOT EXISTS (SELECT 1 FROM sync_stage s"
                " WHERE s.replica = by_replica AND s.seq = by_seq)")
    return staged


def _any_held(raw: sqlite3.Connection) -> bool:
    """Whether any staged version may be held here already: one probe of `change` per
    author over the range of its staged numbers (a first import of a large bundle would
    otherwise look up every version twice to find none)."""
    ranges = raw.execute("SELECT replica, min(seq), max(seq) FROM sync_stage GROUP BY replica"
                         ).fetchall()
    return any(raw.execute("SELECT 1 FROM change WHERE replica = ? AND seq BETWEEN ? AND ?"
                           " LIMIT 1", r).fetchone() is not None for r in ranges)


def merge_staged(conn: Connection, progress: Progress, staged: int,
                 now_ms: int | None = None, erasures: bool = True) -> Outcome:
    """Insert the staged versions (none held yet, see `drop_known`), re-derive heads and
    rows; classify. `staged`: how many versions the bundle carried; `erasures` False:
    no staged version is an `_erased` one (none in the bundle, none held before)."""
    raw = driver(conn)
    out = Outcome()
    out.staged = staged
    out.new = raw.execute("SELECT count(*) FROM sync_stage").fetchone()[0]
    _stamps(raw, out, now_ms)
    # Versions of erased records just held aside.
    out.erased = erasure_store.redact_held(conn) > 0
    if out.new == 0:
        return out
    raw.execute("INSERT INTO change (replica, seq, hlc, record_type, row_id, field, value, seen,"
                " is_head) SELECT replica, seq, hlc, record_type, row_id, field, value, seen, 1"
                " FROM sync_stage")
    raw.execute("INSERT OR IGNORE INTO change_edge (by_replica, by_seq, sup_replica, sup_seq)"
                " SELECT by_replica, by_seq, sup_replica, sup_seq FROM sync_stage_edge")
    # A version stops being a head when anything supersedes it: the new edges, or edges
    # already held that point at a version only now arriving (it came after its successor).
    _unmark_superseded_heads(raw)
    raw.execute("INSERT OR IGNORE INTO sync_rows SELECT record_type, row_id FROM sync_stage")
    # Personal values of erased records are erased as they arrive: a colleague's edit
    # made before the erasure reached them, or an old bundle, never brings them back.
    erased = erasure_store.redact_touched(conn)
    _refresh(conn, raw, out, progress)
    erasure_staged = erasures and raw.execute(
        "SELECT 1 FROM sync_stage WHERE field = ? LIMIT 1", (ERASED_FIELD,)).fetchone()
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
                " SELECT e.sup_replica, e.sup_seq FROM sync_stage s CROSS JOIN change_edge e"
                " ON e.sup_replica = s.replica AND e.sup_seq = s.seq) x"
                " CROSS JOIN change c ON c.replica = x.r AND c.seq = x.s WHERE c.is_head = 1)")


def _stamps(raw: sqlite3.Connection, out: Outcome, now_ms: int | None) -> None:
    limit = hlc.pack((hlc.wall_ms() if now_ms is None else now_ms) + hlc.FUTURE_TOLERANCE_MS)
    count, top = raw.execute("SELECT count(*) FILTER (WHERE hlc > ?1), max(hlc) FILTER"
                             " (WHERE hlc <= ?1) FROM sync_stage", (limit,)).fetchone()
    out.future_count = int(count)
    if count:
        out.future = [FutureStamp(r, s, h) for r, s, h in raw.execute(
            "SELECT replica, seq, hlc FROM sync_stage WHERE hlc > ? ORDER BY replica, seq"
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
