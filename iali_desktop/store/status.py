"""Queries behind the status bar and the dashboard's sync panel: conflicts and peers."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from iali_desktop.store.models import Change, Peer

CHANGE = Change.__table__
PEER = Peer.__table__


@dataclass(frozen=True)
class PeerStatus:
    replica_id: str
    name: str
    trusted: bool
    last_import_at: str | None
    last_export_at: str | None


def conflict_count(conn: Connection) -> int:
    """Fields (record type, row, field) that hold more than one current version."""
    conflicted = (
        select(CHANGE.c.record_type, CHANGE.c.row_id, CHANGE.c.field)
        .where(CHANGE.c.is_head.is_(True))
        .group_by(CHANGE.c.record_type, CHANGE.c.row_id, CHANGE.c.field)
        .having(func.count() > 1)
        .subquery()
    )
    return int(conn.execute(select(func.count()).select_from(conflicted)).scalar_one())


def peers(conn: Connection) -> list[PeerStatus]:
    """Every peer heard of, the most recently exchanged with first."""
    last = func.max(func.coalesce(PEER.c.last_import_at, ""),
                    func.coalesce(PEER.c.last_export_at, ""))
    rows = conn.execute(select(PEER).order_by(last.desc(), PEER.c.name)).mappings().all()
    return [PeerStatus(r["replica_id"], r["name"], bool(r["trusted"]), r["last_import_at"],
                       r["last_export_at"]) for r in rows]
