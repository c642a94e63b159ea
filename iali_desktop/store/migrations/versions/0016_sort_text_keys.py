"""stored language-order keys of the text columns big tables are sorted by

Revision ID: 0016
Revises: 0012
Create Date: 2026-12-03

`sort_text` holds, per record and sorted text column (`store/sort_keys.py`, `STORED`),
the column's `sort_key`: sorting 100,000 engagements by summary computed it for every
row at each first page. Two indexes serve a page sorted each way (empty values last, ties
by id ascending, as `store/browse.py` orders) without sorting. Existing rows get their keys
here; from then on every write of a record row keeps its keys current.
"""

from __future__ import annotations

from alembic import op

from iali_desktop.store import sort_keys

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE TABLE sort_text (record_type VARCHAR(40) NOT NULL,"
               " field VARCHAR(60) NOT NULL, row_id VARCHAR(36) NOT NULL, key TEXT,"
               " PRIMARY KEY (record_type, field, row_id)) WITHOUT ROWID")
    op.execute("CREATE INDEX ix_sort_text_up ON sort_text"
               " (record_type, field, (key IS NULL), key, row_id)")
    op.execute("CREATE INDEX ix_sort_text_down ON sort_text"
               " (record_type, field, (key IS NULL), key DESC, row_id)")
    sort_keys.backfill(op.get_bind())


def downgrade() -> None:
    op.execute("DROP TABLE sort_text")
