"""Read-only questions the printed reports ask of the change log."""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from iali_desktop.store.models import Change

CHANGE = Change.__table__


def latest_change_hlc(conn: Connection) -> int | None:
    """The hybrid logical clock stamp of the newest field version held here."""
    value = conn.execute(select(func.max(CHANGE.c.hlc))).scalar_one_or_none()
    return int(value) if value is not None else None
