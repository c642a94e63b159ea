"""attachments: files on records, their content kept by digest in pieces

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03

`attachment` is a replicated record type (a file's name, type, size, digest, owner).
The content is local: `blob_chunk` holds it in pieces of about 1 MiB keyed by SHA-256,
and a `blob` row marks a digest whose pieces are all present and verified. Identical
content is stored once.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachment",
        sa.Column("owner_type", sa.Text(), nullable=True),
        sa.Column("owner_id", sa.Text(), nullable=True),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("media_type", sa.Text(), nullable=True),
        sa.Column("size", sa.Integer(), nullable=True),
        sa.Column("sha256", sa.Text(), nullable=True),
        sa.Column("added_by", sa.Text(), nullable=True),
        sa.Column("added_at", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    op.create_index("ix_attachment_owner", "attachment", ["owner_type", "owner_id"])
    op.create_table(
        "blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_blob")),
    )
    op.create_table(
        "blob_chunk",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_blob_chunk")),
    )
    op.create_index("ux_blob_chunk_piece", "blob_chunk", ["sha256", "n"], unique=True)


def downgrade() -> None:
    op.drop_index("ux_blob_chunk_piece", table_name="blob_chunk")
    op.drop_table("blob_chunk")
    op.drop_table("blob")
    op.drop_index("ix_attachment_owner", table_name="attachment")
    op.drop_table("attachment")
