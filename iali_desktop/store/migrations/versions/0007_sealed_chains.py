"""sealed author chains: checkpoints over value digests (bundle format 2)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03

Bundle format 2 hashes each line of an author's chain with its value replaced by the
value's digest (`sync/jsonl.sealed_digest`), so that erasing personal data leaves every signed
chain verifiable, and signs checkpoints under a new label. The chains this database
stored were computed over raw lines. For every replica with a stored checkpoint:

- the verified chain is computed again, the new way, from the changes held here up to
  the verified sequence number (those changes were verified when they arrived);
- a checkpoint signed with this database's own key (its own replica id, or an id it
  had before a restore) is signed again, the new way, at the same sequence number;
- another author's checkpoint cannot be re-signed: it is marked `legacy`. It is never
  sent on (no one running format 2 could check it), so that author's changes are
  relayed only once a checkpoint of the new kind from that author arrives here.

The chain is computed here rather than by `sync/authorship.py` on purpose: this step
must keep meaning what it means today whatever later versions of the sync code do. A
test checks that both agree (`tests/sync/test_chain_upgrade.py`).
"""

from __future__ import annotations

import hashlib
from typing import Any

import orjson
import sqlalchemy as sa
from alembic import op
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

CHECKPOINT_LABEL = b"IALI Desktop replica checkpoint 2\x00"
ZERO = bytes(32)


def _sealed_line(replica: str, seq: int, stamp: int, record_type: str, row_id: str,
                 field: str, value: str, supersedes: list[list[Any]], seen: str | None
                 ) -> bytes:
    """A change line as bundle format 2 hashes it: the value replaced by the SHA-256 of
    its JSON-string spelling (no value is erased before this revision)."""
    line: dict[str, Any] = {"replica": replica, "seq": seq, "hlc": stamp,
                            "type": record_type, "row": row_id, "field": field,
                            "value": hashlib.sha256(orjson.dumps(value)).hexdigest(),
                            "supersedes": supersedes}
    if seen is not None:
        line["seen"] = orjson.loads(seen)
    return orjson.dumps(line, option=orjson.OPT_SORT_KEYS) + b"\n"


def _chain(conn: sa.Connection, replica: str, upto: int) -> tuple[int, bytes]:
    """The sealed chain over the replica's changes 1..upto held here, stopping before
    the first one missing: (last sequence number reached, chain there)."""
    links: dict[int, list[list[Any]]] = {}
    for by_seq, sup_replica, sup_seq in conn.execute(sa.text(
            "SELECT by_seq, sup_replica, sup_seq FROM change_edge WHERE by_replica = :r"
            " AND by_seq <= :u ORDER BY by_seq, sup_replica, sup_seq"),
            {"r": replica, "u": upto}):
        links.setdefault(by_seq, []).append([sup_replica, sup_seq])
    state, reached = ZERO, 0
    for seq, stamp, record_type, row_id, field, value, seen in conn.execute(sa.text(
            "SELECT seq, hlc, record_type, row_id, field, value, seen FROM change"
            " WHERE replica = :r AND seq <= :u ORDER BY seq"), {"r": replica, "u": upto}):
        if seq != reached + 1:
            break
        line = _sealed_line(replica, seq, stamp, record_type, row_id, field, value,
                            links.get(seq, []), seen)
        state = hashlib.sha256(state + line).digest()
        reached = seq
    return reached, state


def upgrade() -> None:
    with op.batch_alter_table("replica_checkpoint") as batch:
        batch.add_column(sa.Column("legacy", sa.Boolean, nullable=False,
                                   server_default=sa.false()))
    conn = op.get_bind()
    own = conn.execute(sa.text(
        "SELECT private_key, public_key FROM local_state WHERE id = 1")).first()
    rows = conn.execute(sa.text(
        "SELECT replica, seq, public_key, verified_seq FROM replica_checkpoint")).all()
    for replica, seq, public_key, verified_seq in rows:
        mine = own is not None and bytes(public_key) == bytes(own.public_key)
        reached, chain = _chain(conn, replica, max(seq, verified_seq) if mine else verified_seq)
        if not mine:
            conn.execute(sa.text(
                "UPDATE replica_checkpoint SET verified_seq = :vs, verified_chain = :vc,"
                " legacy = 1 WHERE replica = :r"), {"r": replica, "vs": reached,
                                                    "vc": chain.hex()})
        elif own is not None and reached:
            message = CHECKPOINT_LABEL + f"{replica}\x00{reached}\x00{chain.hex()}".encode()
            signature = Ed25519PrivateKey.from_private_bytes(bytes(own.private_key)).sign(
                message)
            conn.execute(sa.text(
                "UPDATE replica_checkpoint SET seq = :s, chain = :c, signature = :g,"
                " verified_seq = :s, verified_chain = :c, legacy = 0 WHERE replica = :r"),
                {"r": replica, "s": reached, "c": chain.hex(), "g": signature})
        else:  # nothing of its own held to vouch for
            conn.execute(sa.text("DELETE FROM replica_checkpoint WHERE replica = :r"),
                         {"r": replica})


def downgrade() -> None:
    # The raw-line chains cannot be restored without every author's key: a downgraded
    # database keeps the sealed verified chains and drops the mark.
    with op.batch_alter_table("replica_checkpoint") as batch:
        batch.drop_column("legacy")
