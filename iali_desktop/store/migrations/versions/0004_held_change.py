"""held changes: received versions kept aside until their author's proof or their
superseded versions arrive

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03

A version relayed by someone other than its author, whose author's signed chain cannot
be checked yet (some of the author's earlier changes are missing here), or a version
that names in `supersedes` or `seen` a version not held here, is not applied: it waits
in `held_change`, exactly as received, and is applied by the import that brings what it
lacks. `vouched` is 1 when the bundle that brought it was signed by its author.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "held_change",
        sa.Column("replica", sa.String(36), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("hlc", sa.BigInteger, nullable=False),
        sa.Column("record_type", sa.String(40), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(60), nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("seen", sa.Text, nullable=True),
        sa.Column("supersedes", sa.Text, nullable=False),  # JSON [[replica, seq], ...]
        sa.Column("vouched", sa.Boolean, nullable=False),
        sa.Column("reason", sa.String(10), nullable=False),  # "proof" or "version"
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    op.drop_table("held_change")
