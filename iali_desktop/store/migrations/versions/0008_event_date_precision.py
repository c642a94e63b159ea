"""event date precision: what is known of an event's dates (day, month or year)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03

The seeds date some events only to a year or a month ("in year 2023"); they were stored
as the first day of that year or month, and printed as if that day were known. The new
`date_precision` column says how much of `start_date` and `end_date` is known; empty
means the day, so every existing row keeps its meaning. The column is filled from the
change log, so a database taken down to an older schema and up again loses nothing.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("date_precision", sa.String(length=40), nullable=True))
        batch_op.create_index(batch_op.f("ix_event_date_precision"), ["date_precision"],
                              unique=False)
    op.execute(
        "UPDATE event SET date_precision = ("
        " SELECT json_extract(c.value, '$') FROM change AS c"
        " WHERE c.record_type = 'event' AND c.row_id = event.id"
        " AND c.field = 'date_precision' AND c.is_head"
        " ORDER BY c.hlc DESC, c.replica DESC LIMIT 1)")


def downgrade() -> None:
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_date_precision"))
        batch_op.drop_column("date_precision")
