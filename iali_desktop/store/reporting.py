"""Read-only questions the printed reports ask of the change log."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from iali_desktop.store.models import Change

CHANGE = Change.__table__


@dataclass(frozen=True)
class OpenConflict:
    """A field of a record with more than one current version (concurrent edits)."""

    record_type: str
    row_id: str
    field: str
    versions: int


def open_conflicts(conn: Connection) -> list[OpenConflict]:
    """Every field whose change log has several heads, in a stable order."""
    count = func.count().label("versions")
    stmt = (select(CHANGE.c.record_type, CHANGE.c.row_id, CHANGE.c.field, count)
            .where(CHANGE.c.is_head.is_(True))
            .group_by(CHANGE.c.record_type, CHANGE.c.row_id, CHANGE.c.field)
            .having(count > 1)
            .order_by(CHANGE.c.record_type, CHANGE.c.row_id, CHANGE.c.field))
    return [OpenConflict(r.record_type, r.row_id, r.field, int(r.versions))
            for r in conn.execute(stmt)]


def latest_change_hlc(conn: Connection) -> int | None:
    """The hybrid logical clock stamp of the newest field version held here."""
    value = conn.execute(select(func.max(CHANGE.c.hlc))).scalar_one_or_none()
    return int(value) if value is not None else None
