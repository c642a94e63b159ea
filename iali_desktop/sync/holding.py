"""Versions kept aside until what they lack arrives (table `held_change`, migration 0004).

A trusted key speaks for its own changes only. Two kinds of received versions are
therefore not applied at once but held, exactly as received, and applied by the import
that brings what they lack:

- "proof": relayed by someone other than their author, while some of the author's
  earlier changes are missing here, so the author's signed hash chain cannot be checked
  (a relay could otherwise substitute them, and the genuine ones would then be refused
  as "other content");
- "version": naming in `supersedes` or `seen` a version that is neither held here nor
  applied by the same import (such an edge would silently make a later genuine edit of
  someone else never current), or a version of another field or record.

Every import stages the held versions next to the bundle's, so the same set-based
checks decide, in the same transaction, which can now be applied. Held versions are not
in the version vector, so peers keep sending them: holding never loses a change.
"""

from __future__ import annotations

import sqlite3

from .staging import STAGED_ROWS

_SETUP = (
    "CREATE TEMP TABLE IF NOT EXISTS sync_held_in (replica TEXT NOT NULL, seq INTEGER NOT"
    " NULL, vouched INTEGER NOT NULL, PRIMARY KEY (replica, seq)) WITHOUT ROWID",
    "CREATE TEMP TABLE IF NOT EXISTS sync_hold (replica TEXT NOT NULL, seq INTEGER NOT NULL,"
    " reason TEXT NOT NULL, PRIMARY KEY (replica, seq)) WITHOUT ROWID",
    "CREATE TEMP TABLE IF NOT EXISTS sync_above (replica TEXT PRIMARY KEY,"
    " above INTEGER NOT NULL) WITHOUT ROWID",
    "DELETE FROM sync_held_in", "DELETE FROM sync_hold", "DELETE FROM sync_above",
)
_NOT_HELD_BACK = ("NOT EXISTS (SELECT 1 FROM sync_hold x WHERE x.replica = {t}.replica"
                  " AND x.seq = {t}.seq)")


def pull_held(raw: sqlite3.Connection) -> None:
    """Stage the versions held by earlier imports, beside the bundle's (whose own copy of
    a version wins); forget held versions that are now held for good."""
    for sql in _SETUP:
        raw.execute(sql)
    raw.execute("DELETE FROM held_change WHERE EXISTS (SELECT 1 FROM sync_before c"
                " WHERE c.replica = held_change.replica AND c.seq = held_change.seq)")
    raw.execute("INSERT INTO sync_held_in SELECT replica, seq, vouched FROM held_change h"
                " WHERE NOT EXISTS (SELECT 1 FROM sync_stage s WHERE s.replica = h.replica"
                " AND s.seq = h.seq)")
    raw.execute("INSERT INTO main.change (replica, seq, hlc, record_type, row_id, field,"
                " value, seen, is_head) SELECT h.replica, h.seq, h.hlc, h.record_type,"
                " h.row_id, h.field, h.value, h.seen, 1 FROM held_change h JOIN sync_held_in i"
                " ON i.replica = h.replica AND i.seq = h.seq")
    raw.execute("INSERT OR IGNORE INTO sync_stage_edge SELECT h.replica, h.seq,"
                " json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]')"
                " FROM held_change h JOIN sync_held_in i ON i.replica = h.replica"
                " AND i.seq = h.seq, json_each(h.supersedes) j")


def bundle_tops(raw: sqlite3.Connection) -> dict[str, int]:
    """Per author, the highest seq among the bundle's own staged versions (kept by the
    stage writer as it goes, `stage_writer.py`: versions held before and pulled from
    `held_change` are not among them)."""
    return {str(r): int(top) for r, top in raw.execute("SELECT replica, top FROM sync_tops")}


def pulled_authors(raw: sqlite3.Connection) -> set[str]:
    return {str(r) for (r,) in raw.execute("SELECT DISTINCT replica FROM sync_held_in")}


def await_proof(raw: sqlite3.Connection, replica: str, above: int) -> None:
    """Note that `replica`'s staged versions above `above` need their author's proof
    (`hold_unproven` then holds those no key vouched for). An author with nothing
    staged above `above`, the usual case, is not noted: two key look-ups."""
    if raw.execute("SELECT 1 FROM sync_tops WHERE replica = ?1 AND top > ?2 UNION ALL"
                   " SELECT 1 FROM sync_held_in WHERE replica = ?1 AND seq > ?2 LIMIT 1",
                   (replica, above)).fetchone() is not None:
        raw.execute("INSERT OR REPLACE INTO sync_above VALUES (?, ?)", (replica, above))


def hold_unproven(raw: sqlite3.Connection, sender: str) -> int:
    """Hold the staged versions noted by `await_proof` that their author's own key has
    not vouched for: the bundle's, unless the author signed the bundle; held ones, unless
    the bundle that brought them was the author's. Returns how many of the sender's."""
    if raw.execute("SELECT 1 FROM sync_above LIMIT 1").fetchone() is None:
        return 0
    # One pass over the stage for every author noted (a relay's bundle may carry
    # hundreds), not the authors' ranges of `change` (perhaps a million versions held
    # before, from 0 for an author not vouched for yet).
    raw.execute(
        "INSERT OR IGNORE INTO sync_hold SELECT s.replica, s.seq, 'proof'"
        " FROM sync_stage_scan s CROSS JOIN sync_above a ON a.replica = s.replica"
        " LEFT JOIN sync_held_in i ON i.replica = s.replica AND i.seq = s.seq"
        " WHERE s.seq > a.above AND CASE WHEN i.replica IS NULL THEN s.replica != ?"
        " ELSE i.vouched = 0 END", (sender,))
    return int(raw.execute("SELECT count(*) FROM sync_hold WHERE replica = ?"
                           " AND reason = 'proof'", (sender,)).fetchone()[0])


def discard_pulled_unvouched(raw: sqlite3.Connection, replica: str) -> bool:
    """Drop `replica`'s held versions no key vouched for (their author's chain disagrees:
    a relay altered them); peers send the genuine ones again. True if there were any."""
    found = raw.execute("SELECT count(*) FROM sync_held_in WHERE replica = ? AND vouched = 0",
                        (replica,)).fetchone()[0]
    if not found:
        return False
    for sql in (
            f"DELETE FROM main.change WHERE {STAGED_ROWS} AND replica = ?1 AND seq IN"
            " (SELECT seq FROM sync_held_in WHERE replica = ?1 AND vouched = 0)",
            "DELETE FROM sync_stage_edge WHERE by_replica = ?1 AND by_seq IN (SELECT seq FROM"
            " sync_held_in WHERE replica = ?1 AND vouched = 0)",
            "DELETE FROM held_change WHERE replica = ?1 AND seq IN (SELECT seq FROM"
            " sync_held_in WHERE replica = ?1 AND vouched = 0)",
            "DELETE FROM sync_held_in WHERE replica = ?1 AND vouched = 0"):
        raw.execute(sql, (replica,))
    return True


# A staged version whose `supersedes` names a version of its own field that is neither
# held nor about to be applied; and the same for a delete's `seen` (its record's versions).
_UNMET_SUPERSEDES = (
    "INSERT OR IGNORE INTO sync_hold SELECT DISTINCT s.replica, s.seq, 'version'"
    " FROM sync_stage_edge e CROSS JOIN sync_stage s ON s.replica = e.by_replica"
    " AND s.seq = e.by_seq WHERE " + _NOT_HELD_BACK.format(t="s") +
    " AND NOT EXISTS (SELECT 1 FROM sync_before c WHERE c.replica = e.sup_replica"
    " AND c.seq = e.sup_seq AND c.record_type = s.record_type AND c.row_id = s.row_id"
    " AND c.field = s.field)"
    " AND NOT EXISTS (SELECT 1 FROM sync_stage t WHERE t.replica = e.sup_replica"
    " AND t.seq = e.sup_seq AND t.record_type = s.record_type AND t.row_id = s.row_id"
    " AND t.field = s.field AND " + _NOT_HELD_BACK.format(t="t") + ")")
_UNMET_SEEN = (
    "INSERT OR IGNORE INTO sync_hold SELECT DISTINCT s.replica, s.seq, 'version'"
    " FROM sync_stage_scan s, json_each(s.seen) j WHERE s.seen IS NOT NULL AND "
    + _NOT_HELD_BACK.format(t="s") +
    " AND NOT EXISTS (SELECT 1 FROM sync_before c"
    " WHERE c.replica = json_extract(j.value, '$[0]')"
    " AND c.seq = json_extract(j.value, '$[1]') AND c.record_type = s.record_type"
    " AND c.row_id = s.row_id)"
    " AND NOT EXISTS (SELECT 1 FROM sync_stage t WHERE t.replica = json_extract(j.value,"
    " '$[0]') AND t.seq = json_extract(j.value, '$[1]') AND t.record_type = s.record_type"
    " AND t.row_id = s.row_id AND " + _NOT_HELD_BACK.format(t="t") + ")")


# Staged edges that do not go back in time. A version supersedes only versions its author
# already had, so a genuine edge nearly always points at an earlier stamp (the exception:
# a version stamped by a clock running ahead). Versions are applied only after the ones
# they name, so a cycle can only form among versions staged together, and every cycle
# has at least one edge that does not go back in time: only those few edges need the
# exact (recursive) check, and only a real cycle is held.
_SUSPECT_EDGES = (
    "SELECT e.by_replica, e.by_seq, e.sup_replica, e.sup_seq FROM sync_stage_edge e"
    " CROSS JOIN sync_stage s ON s.replica = e.by_replica AND s.seq = e.by_seq"
    " CROSS JOIN sync_stage t ON t.replica = e.sup_replica AND t.seq = e.sup_seq"
    " WHERE t.hlc >= s.hlc AND " + _NOT_HELD_BACK.format(t="s") + " AND "
    + _NOT_HELD_BACK.format(t="t"))
_REACHES = (
    "WITH RECURSIVE reach(replica, seq) AS (SELECT ?, ? UNION SELECT e.sup_replica,"
    " e.sup_seq FROM reach JOIN sync_stage_edge e ON e.by_replica = reach.replica"
    " AND e.by_seq = reach.seq)"
    " SELECT 1 FROM reach WHERE replica = ? AND seq = ? LIMIT 1")


def hold_unmet_links(raw: sqlite3.Connection) -> None:
    """Hold every version naming one that will not be here, and every version in a
    cycle of `supersedes` (it would leave its field without a current value); repeat,
    since holding one version leaves those that name it unmet in turn."""
    while True:
        added = raw.execute(_UNMET_SUPERSEDES).rowcount + raw.execute(_UNMET_SEEN).rowcount
        if added > 0:
            continue
        for by_r, by_s, sup_r, sup_s in raw.execute(_SUSPECT_EDGES).fetchall():
            if raw.execute(_REACHES, (sup_r, sup_s, by_r, by_s)).fetchone() is not None:
                raw.execute("INSERT OR IGNORE INTO sync_hold VALUES (?, ?, 'version')",
                            (by_r, by_s))
                added += 1
                break  # one cut at a time: the loop above holds what depends on it
        if added <= 0:
            return


def set_aside(raw: sqlite3.Connection, sender: str
              ) -> tuple[list[tuple[str, str, int]], int]:
    """Move the versions to hold out of the stage into `held_change`; forget held ones
    about to be applied. Returns (author, reason, count) of the bundle's own versions
    held, and how many versions held before will now be applied."""
    groups = [(str(r), str(why), int(n)) for r, why, n in raw.execute(
        "SELECT x.replica, x.reason, count(*) FROM sync_hold x WHERE NOT EXISTS (SELECT 1"
        " FROM sync_held_in i WHERE i.replica = x.replica AND i.seq = x.seq)"
        " GROUP BY x.replica, x.reason ORDER BY x.replica, x.reason")]
    raw.execute(
        "INSERT OR REPLACE INTO held_change (replica, seq, hlc, record_type, row_id, field,"
        " value, seen, supersedes, vouched, reason) SELECT s.replica, s.seq, s.hlc,"
        " s.record_type, s.row_id, s.field, s.value, s.seen, (SELECT json_group_array("
        "json_array(e.sup_replica, e.sup_seq)) FROM sync_stage_edge e WHERE e.by_replica ="
        " s.replica AND e.by_seq = s.seq), CASE WHEN i.replica IS NULL THEN s.replica = ?"
        " ELSE i.vouched END, x.reason FROM sync_hold x CROSS JOIN sync_stage s ON s.replica ="
        " x.replica AND s.seq = x.seq LEFT JOIN sync_held_in i ON i.replica = x.replica"
        " AND i.seq = x.seq", (sender,))
    if raw.execute("SELECT 1 FROM sync_hold LIMIT 1").fetchone() is not None:
        # (Each statement reads the whole stage: skipped when nothing is held.)
        raw.execute(f"DELETE FROM main.change WHERE {STAGED_ROWS} AND EXISTS (SELECT 1"
                    " FROM sync_hold x WHERE x.replica = change.replica"
                    " AND x.seq = change.seq)")
        raw.execute("DELETE FROM sync_stage_edge WHERE EXISTS (SELECT 1 FROM sync_hold x"
                    " WHERE x.replica = by_replica AND x.seq = by_seq)")
    applied = raw.execute("SELECT count(*) FROM sync_held_in i WHERE " +
                          _NOT_HELD_BACK.format(t="i")).fetchone()[0]
    raw.execute("DELETE FROM held_change WHERE EXISTS (SELECT 1 FROM sync_stage s"
                " WHERE s.replica = held_change.replica AND s.seq = held_change.seq)")
    return groups, int(applied)


def held_count(raw: sqlite3.Connection) -> int:
    return int(raw.execute("SELECT count(*) FROM held_change").fetchone()[0])
