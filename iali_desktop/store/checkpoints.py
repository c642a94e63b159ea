"""Stored replica checkpoints (table `replica_checkpoint`, migration 0003).

Per replica: the latest checkpoint it signed that we have seen ("changes 1..seq hash to
`chain`"), and how far we have checked that chain against the changes we hold. The two
differ only while some of its earlier changes are missing here (a bundle made for
someone else); the next bundle that fills the gap completes the check.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

ZERO = "0" * 64


@dataclass(frozen=True)
class Checkpoint:
    replica: str
    seq: int
    chain: str  # hex SHA-256
    signature: bytes
    public_key: bytes


@dataclass(frozen=True)
class Held:
    latest: Checkpoint
    verified_seq: int
    verified_chain: str


_SELECT = ("SELECT replica, seq, chain, signature, public_key, verified_seq, verified_chain"
           " FROM replica_checkpoint")


def _held(r: Any) -> Held:
    cp = Checkpoint(r.replica, r.seq, r.chain, bytes(r.signature), bytes(r.public_key))
    return Held(cp, r.verified_seq, r.verified_chain)


def all_held(conn: Connection) -> dict[str, Held]:
    return {h.latest.replica: h for h in map(_held, conn.execute(text(_SELECT)))}


def put(conn: Connection, cp: Checkpoint, verified_seq: int, verified_chain: str) -> None:
    """Keep the later of the held and the given checkpoint, and the further check."""
    conn.execute(text(
        "INSERT INTO replica_checkpoint (replica, seq, chain, signature, public_key,"
        " verified_seq, verified_chain) VALUES (:r, :s, :c, :g, :k, :vs, :vc)"
        " ON CONFLICT(replica) DO UPDATE SET"
        " seq = CASE WHEN excluded.seq > seq THEN excluded.seq ELSE seq END,"
        " chain = CASE WHEN excluded.seq > seq THEN excluded.chain ELSE chain END,"
        " signature = CASE WHEN excluded.seq > seq THEN excluded.signature ELSE signature END,"
        " public_key = CASE WHEN excluded.seq > seq THEN excluded.public_key"
        " ELSE public_key END,"
        " verified_chain = CASE WHEN excluded.verified_seq > verified_seq"
        " THEN excluded.verified_chain ELSE verified_chain END,"
        " verified_seq = max(verified_seq, excluded.verified_seq)"),
        {"r": cp.replica, "s": cp.seq, "c": cp.chain, "g": cp.signature, "k": cp.public_key,
         "vs": verified_seq, "vc": verified_chain})
