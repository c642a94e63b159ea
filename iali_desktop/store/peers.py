"""Other replicas as this one knows them: keys, trust, what they hold, bundles received.

A peer's `known_vector` is what that peer holds, learned from its own bundles and from
what others relay about it; it only ever grows (pointwise maximum), so a late or
replayed bundle can never make us think a peer has less than it does. Delta exports
start from it, or from what was sent to the peer while that is recent (`sent.py`): a lost
USB stick costs at most the resend delay, never a change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select, update

from iali_desktop.store.models import Peer, ReceivedBundle
from iali_desktop.store.replica import load, set_settings

PEER = Peer.__table__
RECEIVED = ReceivedBundle.__table__
TRUSTED_KEY = "trusted_fingerprints"


@dataclass(frozen=True)
class PeerRow:
    replica_id: str
    name: str
    public_key: bytes | None
    fingerprint: str | None
    trusted: bool
    known_vector: dict[str, int]
    last_import_at: str | None
    last_export_at: str | None


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _row(r: Any) -> PeerRow:
    return PeerRow(r.replica_id, r.name, r.public_key, r.fingerprint, bool(r.trusted),
                   {str(k): int(v) for k, v in (r.known_vector or {}).items()},
                   r.last_import_at, r.last_export_at)


def all_peers(conn: Connection) -> list[PeerRow]:
    return [_row(r) for r in conn.execute(select(PEER).order_by(PEER.c.name,
                                                                PEER.c.replica_id))]


def get(conn: Connection, replica_id: str) -> PeerRow | None:
    r = conn.execute(select(PEER).where(PEER.c.replica_id == replica_id)).first()
    return None if r is None else _row(r)


def merge_vector(a: Mapping[str, int], b: Mapping[str, int]) -> dict[str, int]:
    out = dict(a)
    for k, v in b.items():
        if v > out.get(k, 0):
            out[k] = v
    return dict(sorted(out.items()))


def learn(conn: Connection, replica_id: str, name: str | None, vector: Mapping[str, int]
          ) -> None:
    """Record that `replica_id` holds at least `vector` (relayed or first-hand)."""
    current = get(conn, replica_id)
    if current is None:
        conn.execute(insert(PEER).values(replica_id=replica_id, name=name or "",
                                         trusted=False, known_vector=merge_vector({}, vector)))
        return
    values: dict[str, Any] = {"known_vector": merge_vector(current.known_vector, vector)}
    if name and not current.name:
        values["name"] = name
    conn.execute(update(PEER).where(PEER.c.replica_id == replica_id).values(**values))


def record_sender(conn: Connection, replica_id: str, name: str, public_key: bytes,
                  fingerprint: str, vector: Mapping[str, int]) -> None:
    """The sender of an applied bundle: its key pinned, trusted, name and vector updated."""
    learn(conn, replica_id, name, vector)
    conn.execute(update(PEER).where(PEER.c.replica_id == replica_id).values(
        name=name, public_key=public_key, fingerprint=fingerprint, trusted=True,
        last_import_at=now_iso()))


def pin_key(conn: Connection, replica_id: str, public_key: bytes, fingerprint: str) -> None:
    """Remember a replica's key first seen on its relayed changes (not trusted for that):
    a different key for it later is refused like a changed sender key."""
    conn.execute(update(PEER).where(PEER.c.replica_id == replica_id,
                                    PEER.c.public_key.is_(None))
                 .values(public_key=public_key, fingerprint=fingerprint))


def mark_exported(conn: Connection, replica_id: str) -> None:
    conn.execute(update(PEER).where(PEER.c.replica_id == replica_id)
                 .values(last_export_at=now_iso()))


def trusted_fingerprints(conn: Connection) -> set[str]:
    state = load(conn)
    listed = state.settings.get(TRUSTED_KEY, []) if state else []
    pinned = {p.fingerprint for p in all_peers(conn) if p.trusted and p.fingerprint}
    return set(listed) | pinned


def add_trusted_fingerprint(conn: Connection, fingerprint: str) -> None:
    state = load(conn)
    if state is None:
        return
    settings = dict(state.settings)
    listed = sorted(set(settings.get(TRUSTED_KEY, [])) | {fingerprint})
    settings[TRUSTED_KEY] = listed
    set_settings(conn, settings)
    conn.execute(update(PEER).where(PEER.c.fingerprint == fingerprint).values(trusted=True))


def received(conn: Connection, bundle_id: str) -> tuple[str, str] | None:
    """(sha256, imported_at) of a bundle applied before, if it was."""
    r = conn.execute(select(RECEIVED.c.sha256, RECEIVED.c.imported_at)
                     .where(RECEIVED.c.bundle_id == bundle_id)).first()
    return None if r is None else (r.sha256, r.imported_at)


def record_received(conn: Connection, bundle_id: str, sha256: str, sender: str,
                    summary: dict[str, Any]) -> None:
    conn.execute(insert(RECEIVED).values(bundle_id=bundle_id, sha256=sha256, sender=sender,
                                         imported_at=now_iso(), summary=summary))
