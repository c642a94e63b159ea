"""agenda papers: each agenda item's kind and the papers the secretary chose for it;
an event's start time

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03

The meeting pack prints under each agenda item what its `papers` field names (its
attached files, generated sections), instead of guessing from words in its title; new
items take default papers from their `kind`. The agenda's times run from the meeting's
`start_time` (HH:MM, 09:00 when empty). Existing items keep no papers chosen, which the
pack reads as "its attached files".

A database taken down below this revision and up again keeps these fields: the change log
still holds their versions, and the upgrade refills each new column with its winner (the
head with the highest (hlc, replica), as `domain.versions.winner`).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("start_time", sa.Text(), nullable=True))
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("papers", sa.JSON(), nullable=True))
        batch_op.create_index(batch_op.f("ix_agenda_item_kind"), ["kind"], unique=False)
    for table, column, as_text in (("event", "start_time", True), ("agenda_item", "kind", True),
                                   ("agenda_item", "papers", False)):
        value = "json_extract(c.value, '$')" if as_text else "c.value"
        op.execute(sa.text(
            f"UPDATE {table} SET {column} = (SELECT {value} FROM change c"
            f" WHERE c.record_type = '{table}' AND c.row_id = {table}.id"
            f" AND c.field = '{column}' AND c.is_head = 1 AND c.value != 'null'"
            " AND NOT EXISTS (SELECT 1 FROM change d WHERE d.record_type = c.record_type"
            " AND d.row_id = c.row_id AND d.field = c.field AND d.is_head = 1"
            " AND (d.hlc > c.hlc OR (d.hlc = c.hlc AND d.replica > c.replica))))"))


def downgrade() -> None:
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_kind"))
        batch_op.drop_column("papers")
        batch_op.drop_column("kind")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_column("start_time")
