"""replica checkpoints: signed hash chains that let relayed changes prove their author

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

One row per replica whose changes this database holds: the latest checkpoint signed by
that replica (sequence number, hash chain over its changes 1..seq, Ed25519 signature,
key), and how far this database has itself checked the chain against the changes it
holds (`verified_seq`, `verified_chain`). A bundle relaying A's changes carries A's
checkpoint, so the receiver can check A's authorship whoever delivered them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "replica_checkpoint",
        sa.Column("replica", sa.String(36), primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("chain", sa.String(64), nullable=False),
        sa.Column("signature", sa.LargeBinary, nullable=False),
        sa.Column("public_key", sa.LargeBinary, nullable=False),
        sa.Column("verified_seq", sa.Integer, nullable=False),
        sa.Column("verified_chain", sa.String(64), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("replica_checkpoint")
