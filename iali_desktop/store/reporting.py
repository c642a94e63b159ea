"""Read-only questions the printed reports ask of the change log."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, func, select

from iali_desktop.store.models import Change

CHANGE = Change.__table__
_CHUNK = 500  # ids per query, well under SQLite's limit on bound parameters


def latest_change_hlc(conn: Connection) -> int | None:
    """The hybrid logical clock stamp of the newest field version held here."""
    value = conn.execute(select(func.max(CHANGE.c.hlc))).scalar_one_or_none()
    return int(value) if value is not None else None


def version_stats(conn: Connection, record_type: str, ids: Iterable[str]
                  ) -> dict[str, tuple[int, int, int]]:
    """Per record: how many field versions are held here, and the oldest and newest stamps.

    Versions are only ever added, so the count grows with every edit, delete or restore
    and is the same on every replica that holds the same versions."""
    out: dict[str, tuple[int, int, int]] = {}
    wanted = list(dict.fromkeys(ids))
    for start in range(0, len(wanted), _CHUNK):
        rows = conn.execute(
            select(CHANGE.c.row_id, func.count(), func.min(CHANGE.c.hlc), func.max(CHANGE.c.hlc))
            .where(CHANGE.c.record_type == record_type,
                   CHANGE.c.row_id.in_(wanted[start:start + _CHUNK]))
            .group_by(CHANGE.c.row_id)).all()
        for row_id, count, first, last in rows:
            out[str(row_id)] = (int(count), int(first), int(last))
    return out


def versions_of(conn: Connection, record_type: str, row_id: str
                ) -> list[tuple[str, str, int, int, str, bool]]:
    """Every version of a record's fields held here, oldest first:
    (field, replica, seq, hlc, value text, is_head)."""
    rows = conn.execute(
        select(CHANGE.c.field, CHANGE.c.replica, CHANGE.c.seq, CHANGE.c.hlc, CHANGE.c.value,
               CHANGE.c.is_head)
        .where(CHANGE.c.record_type == record_type, CHANGE.c.row_id == row_id)
        .order_by(CHANGE.c.hlc, CHANGE.c.replica, CHANGE.c.seq))
    return [(r.field, r.replica, r.seq, r.hlc, r.value, bool(r.is_head)) for r in rows]
