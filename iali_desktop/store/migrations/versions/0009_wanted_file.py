"""wanted files: the attached files each peer said it still lacks

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03

Every bundle's manifest lists (`wants`) the digests of attached files its sender holds
the record of but not the content (a bundle made without files, a file left out for
its size). The receiver keeps that list per sender, replacing it with each new bundle
from that sender, and its next bundles to that sender carry those files when it holds
them, even though the changes naming them were acknowledged long ago.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "wanted_file",
        sa.Column("replica", sa.String(36), primary_key=True),
        sa.Column("sha256", sa.String(64), primary_key=True),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    op.drop_table("wanted_file")
