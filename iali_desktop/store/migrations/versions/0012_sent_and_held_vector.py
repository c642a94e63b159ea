"""what was sent to each peer, and the held version vector kept as it grows

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03

`peer_sent`: per peer and author, the highest sequence number of that author's changes
sent to the peer in a delta (`seq`), and since when some of what was sent is waiting for
the peer's acknowledgement (`since_ms`, wall-clock milliseconds). The next delta starts
after it instead of after what the peer acknowledged; what stays unacknowledged for too
long is sent again (see `store/sent.py`).

`held_vector`: per author, a sequence number up to which every change of that author is
held here (a lower bound of the version vector). Changes are never removed from
`change`, so the bound stays true; computing the vector walks on from it, over the
changes that arrived since, instead of counting every change held.

`search_index` is not touched here: every upgrade rebuilds it (`store/database.py`), and
the rebuild writes each entry at the rowid derived from its record
(`store/search_rowids.py`), where an edit or an import drops it with one lookup.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "peer_sent",
        sa.Column("peer", sa.String(36), primary_key=True),
        sa.Column("author", sa.String(36), primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("since_ms", sa.BigInteger, nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "held_vector",
        sa.Column("replica", sa.String(36), primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    # Entries back at rowids in insertion order, as the code before this revision wrote.
    op.execute("CREATE TEMP TABLE search_entries AS SELECT record_type, row_id, title, body"
               " FROM search_index ORDER BY record_type, row_id")
    op.execute("DELETE FROM search_index")
    op.execute("INSERT INTO search_index (record_type, row_id, title, body)"
               " SELECT record_type, row_id, title, body FROM search_entries")
    op.execute("DROP TABLE search_entries")
    op.drop_table("held_vector")
    op.drop_table("peer_sent")
