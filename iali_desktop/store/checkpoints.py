"""Stored replica checkpoints (table `replica_checkpoint`, migrations 0003 and 0007).

Per replica: the latest checkpoint it signed that we have seen ("changes 1..seq hash to
`chain`"), and how far we have checked that chain against the changes we hold. The two
differ only while some of its earlier changes are missing here (a bundle made for
someone else); the next bundle that fills the gap completes the check.

`legacy`: the checkpoint was signed by another author over a chain of raw lines, the
way bundle format 1 did (migration 0007 marks them; see `sync/authorship.py`). Its
changes were verified when they arrived, but its signature cannot be checked by anyone
running this version, so it is never sent on, and any checkpoint of the new kind for the
same replica replaces it, whatever its sequence number.
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
    legacy: bool = False  # `latest` is signed the old way: never sent on

    @property
    def relayable(self) -> Checkpoint | None:
        """The checkpoint to send with this replica's changes (None: send none)."""
        return None if self.legacy else self.latest


_SELECT = ("SELECT replica, seq, chain, signature, public_key, verified_seq, verified_chain,"
           " legacy FROM replica_checkpoint")


def _held(r: Any) -> Held:
    cp = Checkpoint(r.replica, r.seq, r.chain, bytes(r.signature), bytes(r.public_key))
    return Held(cp, r.verified_seq, r.verified_chain, bool(r.legacy))


def all_held(conn: Connection) -> dict[str, Held]:
    return {h.latest.replica: h for h in map(_held, conn.execute(text(_SELECT)))}


def put(conn: Connection, cp: Checkpoint, verified_seq: int, verified_chain: str) -> None:
    """Keep the later of the held and the given checkpoint (the given one always, over a
    legacy one), and the further check."""
    newer = "(excluded.seq > seq OR legacy)"
    conn.execute(text(
        "INSERT INTO replica_checkpoint (replica, seq, chain, signature, public_key,"
        " verified_seq, verified_chain, legacy) VALUES (:r, :s, :c, :g, :k, :vs, :vc, 0)"
        " ON CONFLICT(replica) DO UPDATE SET"
        f" seq = CASE WHEN {newer} THEN excluded.seq ELSE seq END,"
        f" chain = CASE WHEN {newer} THEN excluded.chain ELSE chain END,"
        f" signature = CASE WHEN {newer} THEN excluded.signature ELSE signature END,"
        f" public_key = CASE WHEN {newer} THEN excluded.public_key ELSE public_key END,"
        " legacy = 0,"
        " verified_chain = CASE WHEN excluded.verified_seq > verified_seq"
        " THEN excluded.verified_chain ELSE verified_chain END,"
        " verified_seq = max(verified_seq, excluded.verified_seq)"),
        {"r": cp.replica, "s": cp.seq, "c": cp.chain, "g": cp.signature, "k": cp.public_key,
         "vs": verified_seq, "vc": verified_chain})
