"""Finding open conflicts: fields whose heads differ, and deletes that missed an edit.

Both are derived from the versions held, so every replica holding the same versions
lists the same conflicts. Field conflicts of deleted records are not listed (there is
nothing to show until the record is restored), but a conflict on the delete itself is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, text

from iali_desktop.domain.versions import DELETED_FIELD, ERASED_FIELD, Head, winner
from iali_desktop.store.catalog import record_types
from iali_desktop.store.changelog import heads
from iali_desktop.store.merge import derive
from iali_desktop.store.records import existing_ids


@dataclass(frozen=True)
class OpenConflict:
    record_type: str
    row_id: str
    field: str  # DELETED_FIELD for a delete that missed an edit, or delete against restore
    heads: tuple[Head, ...]  # competing versions, newest first (for a delete: every
    #                          current version of `_deleted`)
    missed: tuple[tuple[str, Head], ...] = ()  # (field, head) edits the delete never saw


def _multi_value_fields(conn: Connection, record: tuple[str, str] | None
                        ) -> list[tuple[str, str, str]]:
    # Heads that agree on the value are no conflict (`domain.versions.in_conflict`).
    # Fields with several heads are found in the heads index alone (it holds every column
    # the grouping needs); only their few heads are read for their values. Counting
    # distinct values over every head read the whole log: seconds at 500,000 versions,
    # and the status bar asks at start-up.
    rows = conn.execute(text(
        "WITH several AS (SELECT record_type, row_id, field FROM change WHERE is_head = 1"
        + _ONE_RECORD * (record is not None) +
        " GROUP BY record_type, row_id, field HAVING count(*) > 1)"
        " SELECT s.record_type, s.row_id, s.field FROM several s JOIN change c"
        " ON c.record_type = s.record_type AND c.row_id = s.row_id AND c.field = s.field"
        " AND c.is_head = 1"
        " GROUP BY s.record_type, s.row_id, s.field HAVING count(DISTINCT CASE WHEN c.value"
        " LIKE 'erased:%' THEN 'erased:' ELSE c.value END) > 1"
        " ORDER BY s.record_type, s.row_id, s.field"), _record_params(record))
    return [(r[0], r[1], r[2]) for r in rows]


def _delete_heads(conn: Connection, record: tuple[str, str] | None
                  ) -> list[tuple[str, str]]:
    rows = conn.execute(text(
        "SELECT DISTINCT record_type, row_id FROM change WHERE is_head = 1 AND field = :f"
        + _ONE_RECORD * (record is not None) +
        " AND value = 'true' ORDER BY record_type, row_id"),
        {"f": DELETED_FIELD, **_record_params(record)})
    return [(r[0], r[1]) for r in rows]


_ONE_RECORD = " AND record_type = :one_type AND row_id = :one_row"


def _record_params(record: tuple[str, str] | None) -> dict[str, str]:
    return {} if record is None else {"one_type": record[0], "one_row": record[1]}


def _newest_first(hs: Iterable[Head]) -> tuple[Head, ...]:
    return tuple(sorted(hs, key=lambda h: (-h.hlc, h.replica)))


def _missed_edits(conn: Connection, record_type: str, row_id: str
                  ) -> tuple[tuple[Head, ...], tuple[tuple[str, Head], ...]]:
    """The record's delete heads (newest first) and the edits the winning delete never
    saw: the same test as `domain.versions.is_deleted`, so what kept the record alive is
    exactly what the review item shows."""
    all_heads = heads(conn, record_type, row_id)
    deletes = _newest_first(h for f, h in all_heads if f == DELETED_FIELD)
    seen = set(winner(deletes).seen or ())
    missed = tuple(sorted(((f, h) for f, h in all_heads
                           if f not in (DELETED_FIELD, ERASED_FIELD)
                           and h.vid not in seen),
                          key=lambda x: (x[0], x[1].replica, x[1].seq)))
    return deletes, missed


def open_conflicts(conn: Connection, record: tuple[str, str] | None = None
                   ) -> list[OpenConflict]:
    """Every open conflict; with `record` (type, id), that record's alone, found through
    the heads index on its own versions rather than over the whole log (a form asks each
    time it opens a record)."""
    known = record_types()
    fields = [f for f in _multi_value_fields(conn, record) if f[0] in known]
    by_type: dict[str, set[str]] = defaultdict(set)
    for t, r, _f in fields:
        by_type[t].add(r)
    live = {(t, r) for t, ids in by_type.items() for r in existing_ids(conn, t, ids)}
    out: list[OpenConflict] = []
    for t, r, f in fields:
        if f != DELETED_FIELD and (t, r) in live:
            out.append(OpenConflict(t, r, f, _newest_first(h for _n, h in heads(conn, t, r, f))))
    # Delete conflicts: a delete against a restore ("deleted or kept"), and deletes (one or
    # several, agreeing) that missed an edit, which keeps the record alive for review.
    split = {(t, r) for t, r, f in fields if f == DELETED_FIELD}
    candidates: dict[str, list[str]] = defaultdict(list)
    for t, r in sorted(split | set(_delete_heads(conn, record))):
        if t in known:
            candidates[t].append(r)
    for t, ids in candidates.items():
        for row_id, d in derive(conn, t, ids).items():
            if (t, row_id) not in split and not d.deleted_while_edited:
                continue
            deletes, missed = _missed_edits(conn, t, row_id)
            out.append(OpenConflict(t, row_id, DELETED_FIELD, deletes,
                                    missed if d.deleted_while_edited else ()))
    out.sort(key=lambda c: (c.record_type, c.row_id, c.field))
    return out
