"""full-text search index over every record type

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

The index is filled by the application after any migration (store.search.rebuild), so
rows that exist before this migration become searchable too.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "record_type UNINDEXED, row_id UNINDEXED, title, body, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE search_index")
