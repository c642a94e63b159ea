"""indexes for the first page of the large record lists and for the dashboard

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03

A record page shows live records in its type's default order (`RecordMeta.default_order`,
rendered by `store.records.list_rows` as `col IS NULL, col [DESC]` per key, then `id`),
and the dashboard asks for the latest engagements and a plan's tasks by due date. With
100,000 engagements those queries sorted the whole table for every first page; with an
index in exactly that order SQLite reads the first rows of the index instead. Only the
types that grow large (engagements, tasks, people, organisations, members) get one:
every index is also a cost on each write.
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_engagement_page": "engagement (deleted, (date IS NULL), date DESC, id)",
    "ix_task_page": "task (deleted, (plan IS NULL), plan, (kind IS NULL), kind,"
                    " (number IS NULL), number, id)",
    "ix_task_plan_due": "task (plan, due_date)",
    "ix_person_page": "person (deleted, (lower(name) IS NULL), lower(name), id)",
    "ix_organisation_page": "organisation (deleted, (lower(name) IS NULL), lower(name), id)",
    "ix_member_page": "member (deleted, (organisation IS NULL), organisation, id)",
}


def upgrade() -> None:
    for name, target in INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON {target}")


def downgrade() -> None:
    for name in INDEXES:
        op.execute(f"DROP INDEX {name}")
