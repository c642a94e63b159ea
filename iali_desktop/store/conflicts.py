"""Finding open conflicts: fields with several heads, and deletes that missed an edit.

Both are derived from the versions held, so every replica holding the same versions
lists the same conflicts. Field conflicts of deleted records are not listed (there is
nothing to show until the record is restored), but a conflict on the delete itself is.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Connection, text

from iali_desktop.domain.versions import DELETED_FIELD, Head
from iali_desktop.store.catalog import record_types
from iali_desktop.store.changelog import heads
from iali_desktop.store.merge import derive
from iali_desktop.store.records import existing_ids


@dataclass(frozen=True)
class OpenConflict:
    record_type: str
    row_id: str
    field: str  # DELETED_FIELD for a delete that missed an edit, or concurrent deletes
    heads: tuple[Head, ...]  # competing versions (for a missed edit: the delete first)
    missed: tuple[tuple[str, Head], ...] = ()  # (field, head) edits the delete never saw


def _multi_head_fields(conn: Connection) -> list[tuple[str, str, str]]:
    rows = conn.execute(text(
        "SELECT record_type, row_id, field FROM change WHERE is_head = 1"
        " GROUP BY record_type, row_id, field HAVING count(*) > 1"
        " ORDER BY record_type, row_id, field"))
    return [(r[0], r[1], r[2]) for r in rows]


def _delete_heads(conn: Connection) -> list[tuple[str, str]]:
    rows = conn.execute(text(
        "SELECT DISTINCT record_type, row_id FROM change WHERE is_head = 1 AND field = :f"
        " AND value = 'true' ORDER BY record_type, row_id"), {"f": DELETED_FIELD})
    return [(r[0], r[1]) for r in rows]


def open_conflicts(conn: Connection) -> list[OpenConflict]:
    known = record_types()
    fields = [f for f in _multi_head_fields(conn) if f[0] in known]
    by_type: dict[str, set[str]] = defaultdict(set)
    for t, r, _f in fields:
        by_type[t].add(r)
    live = {(t, r) for t, ids in by_type.items() for r in existing_ids(conn, t, ids)}
    out: list[OpenConflict] = []
    for t, r, f in fields:
        if f == DELETED_FIELD or (t, r) in live:
            hs = tuple(sorted((h for _n, h in heads(conn, t, r, f)),
                              key=lambda h: (-h.hlc, h.replica)))
            out.append(OpenConflict(t, r, f, hs))
    listed = {(c.record_type, c.row_id) for c in out if c.field == DELETED_FIELD}
    candidates: dict[str, list[str]] = defaultdict(list)
    for t, r in _delete_heads(conn):
        if t in known and (t, r) not in listed:
            candidates[t].append(r)
    for t, ids in candidates.items():
        for row_id, d in derive(conn, t, ids).items():
            if not d.deleted_while_edited:
                continue
            all_heads = heads(conn, t, row_id)
            deletes = [h for f, h in all_heads if f == DELETED_FIELD]
            top = max(deletes, key=lambda h: (h.hlc, h.replica))
            seen = set(top.seen or ())
            missed = tuple(sorted(((f, h) for f, h in all_heads
                                   if f != DELETED_FIELD and h.vid not in seen),
                                  key=lambda x: (x[0], x[1].replica, x[1].seq)))
            out.append(OpenConflict(t, row_id, DELETED_FIELD, (top,), missed))
    out.sort(key=lambda c: (c.record_type, c.row_id, c.field))
    return out
