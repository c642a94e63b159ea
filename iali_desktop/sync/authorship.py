"""Authorship that survives relays: each replica signs a hash chain over its changes.

Replica R's chain is H(0) = 32 zero bytes, H(n) = SHA-256(H(n-1) || sealed line n), where
line n is R's change number n exactly as a bundle carries it, and sealing replaces its
value by the value's digest (`jsonl.sealed_digest`): erasing a person's data later changes a
line's value but not its digest, so chains signed before the erasure still verify. R
signs "R, n, H(n)" under `LABEL` (a checkpoint) whenever it exports; every bundle
carries the checkpoint of each replica whose changes it holds, whoever made the bundle
(and its sender's own, always). The receiver extends the chain it last
verified for R with the new lines and must arrive at R's signed value: a relay can
neither forge nor alter R's changes, and R's key is pinned on first sight, so a
different key for R later is refused like a changed sender key.
"""

from __future__ import annotations

import heapq
import sqlite3
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from sqlalchemy import Connection

from iali_desktop.domain.errors import BundleError
from iali_desktop.domain.translation import _
from iali_desktop.store import checkpoints as checkpoint_store
from iali_desktop.store.checkpoints import ZERO, Checkpoint

from .changes import HELD, HELD_BEFORE, STAGED, driver, lines
from .jsonl import sealed_digest

# Bundle format 1 hashed raw lines and signed under "IALI Desktop replica checkpoint\0":
# the label changed with the chain, so a checkpoint of the old kind can never pass as
# one of the new (migration 0007 re-signs this database's own, and marks others' legacy).
LABEL = b"IALI Desktop replica checkpoint 2\x00"
__all__ = ["ZERO", "ChainGapError", "RunningChains", "check_signature", "extend", "seal_held",
           "sign", "step"]


def step(chain: bytes, line: bytes) -> bytes:
    """One link of an author's chain: H(n) from H(n-1) and line n as a bundle holds it."""
    return sealed_digest(line, chain)


class ChainGapError(Exception):
    """Some changes a checkpoint covers are not held here yet: checked later."""


def _message(replica: str, seq: int, chain: str) -> bytes:
    return LABEL + f"{replica}\x00{seq}\x00{chain}".encode("ascii")


def sign(private_key: bytes, public_key: bytes, replica: str, seq: int, chain: str
         ) -> Checkpoint:
    signature = Ed25519PrivateKey.from_private_bytes(private_key).sign(
        _message(replica, seq, chain))
    return Checkpoint(replica, seq, chain, signature, public_key)


def check_signature(cp: Checkpoint, who: str) -> None:
    try:
        Ed25519PublicKey.from_public_bytes(cp.public_key).verify(
            cp.signature, _message(cp.replica, cp.seq, cp.chain))
    except (InvalidSignature, ValueError):
        raise BundleError(_("the changes by {who} carry a signature that does not verify (forged "
                            "or altered on the way); refused", who=who)) from None


def extend(raw: sqlite3.Connection, replica: str, start: int, chain: str, end: int,
           *, staged: bool = False) -> str:
    """The chain at `end`, from the chain at `start` over the changes held in between
    (and, with `staged`, those an import has staged: the two sets do not overlap, and
    `change` holds both until the import ends, `staging.py`)."""
    state = bytes.fromhex(chain)
    expected = start + 1
    if end > start:
        source = lines(raw, [(replica, start)], HELD_BEFORE if staged else HELD)
        if staged:
            source = heapq.merge(source, lines(raw, [(replica, start)], STAGED),
                                 key=lambda item: item[1])
        for _r, seq, _h, line in source:
            if seq > end:
                break
            if seq != expected:
                break
            state = step(state, line)
            expected += 1
    if expected != end + 1:
        raise ChainGapError(replica)
    return state.hex()


def seal_held(conn: Connection, replica: str, private_key: bytes, public_key: bytes
              ) -> Checkpoint | None:
    """Sign, as `replica`, a checkpoint over all of its changes held here, and store it.

    A restore calls this for the backup's own replica id before leaving it for a new one:
    the changes made after its last export would otherwise travel unsigned for ever. The
    held changes of one's own id are a prefix of everything it ever wrote (sequence
    numbers are only appended), so this checkpoint agrees with any it signed before."""
    raw = driver(conn)
    top = raw.execute("SELECT max(seq) FROM change WHERE replica = ?", (replica,)).fetchone()[0]
    if top is None:
        return None
    held = checkpoint_store.all_held(conn).get(replica)
    if held is not None and held.latest.seq >= top:
        return held.latest
    seq0, chain0 = (held.verified_seq, held.verified_chain) \
        if held is not None and held.verified_seq <= top else (0, ZERO)
    chain = extend(raw, replica, seq0, chain0, top)
    cp = sign(private_key, public_key, replica, top, chain)
    checkpoint_store.put(conn, cp, top, chain)
    return cp


@dataclass
class RunningChains:
    """Chains computed from a bundle's lines as they stream past (no second pass)."""

    start: dict[str, tuple[int, str]]  # replica -> (seq, chain) verified here already
    state: dict[str, tuple[int, bytes]] = field(default_factory=dict)  # (last seq, chain)

    def feed(self, replica: str, seq: int, line: bytes) -> None:
        current = self.state.get(replica)
        if current is None:
            seq0, chain0 = self.start.get(replica, (0, ZERO))
            current = (seq0, bytes.fromhex(chain0))
            self.state[replica] = current
        if seq == current[0] + 1:  # lines below were verified before; a gap stops here
            self.state[replica] = (seq, sealed_digest(line, current[1]))

    def at(self, replica: str) -> tuple[int, str] | None:
        current = self.state.get(replica)
        return None if current is None else (current[0], current[1].hex())
