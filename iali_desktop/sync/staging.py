"""Staging a bundle's checked versions straight into `change`, inside the import's transaction.

An import writes each checked version into `change` itself as the lines stream (on a
second thread, `stage_writer.py`): copying them from a temporary stage afterwards would
write every version twice. Which rows are this import's, and which were held before
it, is told by their rowids: `sync_mark` keeps the highest rowid `change` had when the
import began, new rows are numbered above it (SQLite numbers a row one above the
highest; nothing deletes a row held before during an import), so

- `sync_stage`: the versions staged by this import (rowid above the mark), looked up
  by key (replica, seq) or by record and field;
- `sync_stage_scan`: the same rows read in rowid order, for statements that go over the
  whole stage: no index of `change` may be used, or a small import into a large
  database would read every version held (an aggregate over a covering index looks
  cheaper to SQLite than it is);
- `sync_before`: the versions held before the import, for every check that compares
  what arrives with what was held.

A version held before and carried again by the bundle is not staged (its row is kept as
held); the bundle's copy goes into `sync_known`, where `check_known` compares it with
the held one. Versions set aside (`holding.py`) are deleted from `change` again before
the rows are derived. A refusal rolls the whole transaction back, staged rows with it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable

from sqlalchemy import Connection

from iali_desktop.domain.errors import BundleError, DatabaseError
from iali_desktop.domain.translation import _
from iali_desktop.domain.versions import ERASED_FIELD
from iali_desktop.store import erasure as erasure_store

from .authorship import RunningChains
from .changes import driver
from .jsonl import LineChecker
from .limits import link_budget
from .stage_writer import LISTED_TWICE, StageWriter

Progress = Callable[[int, int, str], None] | None
STAGE_BATCH = 5000

_COLUMNS = "replica, seq, hlc, record_type, row_id, field, value, seen"
STAGED_ROWS = "rowid > (SELECT mark FROM sync_mark)"  # a `change` row staged by this import
# SQLite's largest rowid: past it, SQLite numbers new rows at random, and a staged row
# could fall below the mark.
_LAST_ROWID = 2**63 - 1

_SETUP = (
    "CREATE TEMP TABLE IF NOT EXISTS sync_mark (mark INTEGER NOT NULL)",
    f"CREATE TEMP VIEW IF NOT EXISTS sync_stage AS SELECT {_COLUMNS} FROM main.change"
    f" WHERE {STAGED_ROWS}",
    f"CREATE TEMP VIEW IF NOT EXISTS sync_stage_scan AS SELECT {_COLUMNS} FROM main.change"
    f" NOT INDEXED WHERE {STAGED_ROWS}",
    f"CREATE TEMP VIEW IF NOT EXISTS sync_before AS SELECT {_COLUMNS} FROM main.change"
    " WHERE rowid <= (SELECT mark FROM sync_mark)",
    "CREATE TEMP TABLE IF NOT EXISTS sync_known (replica TEXT NOT NULL, seq INTEGER NOT NULL,"
    " hlc INTEGER NOT NULL, record_type TEXT NOT NULL, row_id TEXT NOT NULL,"
    " field TEXT NOT NULL, value TEXT NOT NULL, seen TEXT, PRIMARY KEY (replica, seq))"
    " WITHOUT ROWID",
    "CREATE TEMP TABLE IF NOT EXISTS sync_tops (replica TEXT PRIMARY KEY,"
    " top INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TEMP TABLE IF NOT EXISTS sync_stage_edge (by_replica TEXT NOT NULL,"
    " by_seq INTEGER NOT NULL, sup_replica TEXT NOT NULL, sup_seq INTEGER NOT NULL,"
    " PRIMARY KEY (by_replica, by_seq, sup_replica, sup_seq)) WITHOUT ROWID",
    "CREATE TEMP TABLE IF NOT EXISTS sync_rows (record_type TEXT NOT NULL,"
    " row_id TEXT NOT NULL, PRIMARY KEY (record_type, row_id)) WITHOUT ROWID",
    "CREATE TEMP TABLE IF NOT EXISTS sync_changed (record_type TEXT NOT NULL,"
    " row_id TEXT NOT NULL, PRIMARY KEY (record_type, row_id)) WITHOUT ROWID",
    "DELETE FROM sync_mark", "DELETE FROM sync_known", "DELETE FROM sync_tops",
    "DELETE FROM sync_stage_edge",
    "DELETE FROM sync_rows", "DELETE FROM sync_changed",
)


def begin(raw: sqlite3.Connection, expected: int) -> None:
    """Create the stage's tables and views (once per connection) and set the mark.
    `expected`: how many versions the bundle carries (the held ones may join them)."""
    for sql in _SETUP:
        raw.execute(sql)
    mark = raw.execute("SELECT coalesce(max(rowid), 0) FROM main.change").fetchone()[0]
    held = raw.execute("SELECT count(*) FROM held_change").fetchone()[0]
    if mark > _LAST_ROWID - expected - held:
        raise DatabaseError(_("the change log's row numbers are exhausted; nothing was "
                              "imported"))
    raw.execute("INSERT INTO sync_mark VALUES (?)", (mark,))


def stage(conn: Connection, lines: Iterable[bytes], expected: int, progress: Progress,
          chains: RunningChains | None = None) -> LineChecker:
    """Validate every line and stage it (see the module's note). `chains`, if given, is
    fed every line to extend each author's hash chain. Returns the checker, which noted
    what the lines hold (`LineChecker`)."""
    raw = driver(conn)
    begin(raw, expected)
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
    blank someone's data on its own. (`change` holds the staged versions too; a copy of
    a version held here counts as well, though the held copy stands: the bundle that
    carries it is forged all the same.)"""
    hit = driver(conn).execute(
        "SELECT s.replica, s.seq FROM (SELECT replica, seq, record_type, row_id, value"
        " FROM sync_stage_scan UNION ALL SELECT replica, seq, record_type, row_id, value"
        " FROM sync_known) s WHERE s.value LIKE 'erased:%'"
        " AND NOT EXISTS (SELECT 1 FROM change c WHERE c.record_type = s.record_type"
        " AND c.row_id = s.row_id AND c.field = ?) LIMIT 1", (ERASED_FIELD,)).fetchone()
    if hit is not None:
        raise BundleError(_("change {replica}:{seq} carries an erased value but no erasure of its "
                            "record; refused", replica=hit[0], seq=hit[1]))


def check_known(conn: Connection, staged: int) -> int:
    """Refuse a version listed twice, or held here with other content (its value, stamp,
    place, `seen` or the versions it supersedes); forget the edges of the versions held
    already (the held copy's stand). `staged`: how many versions the bundle carries;
    returned."""
    raw = driver(conn)
    erasure_store.register_digest(raw)
    if raw.execute("SELECT 1 FROM sync_known LIMIT 1").fetchone() is None:
        return staged  # every version the bundle carries was new here
    # A known copy of a version this same import staged: the bundle carried it twice
    # (in two batches; twice in one batch is caught as it is written).
    if raw.execute("SELECT 1 FROM sync_known k CROSS JOIN sync_stage s ON s.replica = k.replica"
                   " AND s.seq = k.seq LIMIT 1").fetchone() is not None:
        raise BundleError(_(LISTED_TWICE))
    # A version held here erased and its unerased copy (or the reverse) are one version:
    # their values' digests agree (domain/erasure.py).
    clash = raw.execute(
        "SELECT s.replica, s.seq FROM sync_known s CROSS JOIN sync_before c"
        " ON c.replica = s.replica AND c.seq = s.seq WHERE c.hlc IS NOT s.hlc"
        " OR c.record_type IS NOT s.record_type OR c.row_id IS NOT s.row_id"
        " OR c.field IS NOT s.field OR (c.value IS NOT s.value"
        f" AND {erasure_store.DIGEST_FUNCTION}(c.value) IS NOT"
        f" {erasure_store.DIGEST_FUNCTION}(s.value)) OR c.seen IS NOT s.seen LIMIT 1"
    ).fetchone()
    if clash is None:
        # The versions it supersedes are part of a version too: the held copy's edges
        # and the bundle copy's must be the same set.
        clash = raw.execute(
            "SELECT k.replica, k.seq FROM sync_known k WHERE EXISTS (SELECT 1 FROM"
            " sync_stage_edge e WHERE e.by_replica = k.replica AND e.by_seq = k.seq"
            " AND NOT EXISTS (SELECT 1 FROM change_edge c WHERE c.by_replica = e.by_replica"
            " AND c.by_seq = e.by_seq AND c.sup_replica = e.sup_replica"
            " AND c.sup_seq = e.sup_seq)) OR EXISTS (SELECT 1 FROM change_edge c"
            " WHERE c.by_replica = k.replica AND c.by_seq = k.seq AND NOT EXISTS (SELECT 1"
            " FROM sync_stage_edge e WHERE e.by_replica = c.by_replica AND e.by_seq = c.by_seq"
            " AND e.sup_replica = c.sup_replica AND e.sup_seq = c.sup_seq)) LIMIT 1").fetchone()
    if clash is not None:
        raise BundleError(_("change {replica}:{seq} arrived with other content than the one held "
                            "here (that replica reused its ids); refused",
                            replica=clash[0], seq=clash[1]))
    raw.execute("DELETE FROM sync_stage_edge WHERE EXISTS (SELECT 1 FROM sync_known k"
                " WHERE k.replica = by_replica AND k.seq = by_seq)")
    return staged
