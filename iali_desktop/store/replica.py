"""This install's identity and clocks (the single `local_state` row)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from iali_desktop.store import vectors
from iali_desktop.store.models import Change, LocalState

STATE = LocalState.__table__
CHANGE = Change.__table__


@dataclass(frozen=True)
class ReplicaState:
    replica_id: str
    name: str
    public_key: bytes
    private_key: bytes
    last_hlc: int
    last_seq: int
    created_at: str
    demo: bool
    settings: dict[str, Any]


def load(conn: Connection) -> ReplicaState | None:
    row = conn.execute(select(STATE).where(STATE.c.id == 1)).mappings().first()
    if row is None:
        return None
    return ReplicaState(row["replica_id"], row["name"], row["public_key"], row["private_key"],
                        row["last_hlc"], row["last_seq"], row["created_at"], bool(row["demo"]),
                        dict(row["settings"] or {}))


def create(conn: Connection, replica_id: str, name: str, private_key: bytes,
           public_key: bytes) -> None:
    conn.execute(insert(STATE).values(
        id=1, replica_id=replica_id, name=name, private_key=private_key,
        public_key=public_key, last_hlc=0, last_seq=0, demo=False, settings={},
        created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    ))


def set_name(conn: Connection, name: str) -> None:
    conn.execute(update(STATE).where(STATE.c.id == 1).values(name=name))


def set_demo(conn: Connection, demo: bool) -> None:
    conn.execute(update(STATE).where(STATE.c.id == 1).values(demo=demo))


def set_settings(conn: Connection, settings: dict[str, Any]) -> None:
    conn.execute(update(STATE).where(STATE.c.id == 1).values(settings=settings))


def observe_clock(conn: Connection, stamp: int) -> None:
    """Keep our clock ahead of every stamp we have seen, so our next edits sort after."""
    conn.execute(update(STATE).where(STATE.c.id == 1, STATE.c.last_hlc < stamp)
                 .values(last_hlc=stamp))


def change_count(conn: Connection, replica_id: str | None = None) -> int:
    stmt = select(func.count()).select_from(CHANGE)
    if replica_id is not None:
        stmt = stmt.where(CHANGE.c.replica == replica_id)
    return int(conn.execute(stmt).scalar_one())


def version_vector(conn: Connection) -> dict[str, int]:
    """Per replica, the highest seq such that every seq up to it is held here."""
    return vectors.version_vector(conn)


def new_identity(conn: Connection, replica_id: str, name: str, last_hlc: int) -> None:
    """Continue under a new replica id and name, its sequence from 1 (after a restore: the
    old id's later sequence numbers may already be out there with other content), the
    clock never behind `last_hlc`."""
    conn.execute(update(STATE).where(STATE.c.id == 1).values(
        replica_id=replica_id, name=name, last_seq=0,
        last_hlc=func.max(STATE.c.last_hlc, last_hlc)))


def count_beyond(conn: Connection, vector: dict[str, int], exclude: frozenset[str]) -> int:
    """How many held changes a replica holding `vector` lacks (seed origins excluded):
    one index range per author, so the cost follows what it lacks."""
    total = 0
    for replica, top in vectors.tops(conn).items():
        if replica in exclude or top <= vector.get(replica, 0):
            continue
        total += int(conn.execute(select(func.count()).select_from(CHANGE).where(
            CHANGE.c.replica == replica, CHANGE.c.seq > vector.get(replica, 0))).scalar_one())
    return total
