"""minutes and actions: attendance, the minutes' approval, an action item's task

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03

After an EC meeting its participants are marked present, apologies or absent; the
meeting's minutes are a draft until a later meeting approves them (which meeting, on
which day); an action item points at the task of the action plan that carries it out.
New columns only: existing rows keep every value.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("minutes_status", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("minutes_approved_at", sa.String(length=36),
                                      nullable=True))
        batch_op.add_column(sa.Column("minutes_approved_on", sa.String(length=10),
                                      nullable=True))
        batch_op.create_index(batch_op.f("ix_event_minutes_status"), ["minutes_status"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_event_minutes_approved_at"),
                              ["minutes_approved_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_minutes_approved_on"),
                              ["minutes_approved_on"], unique=False)
    with op.batch_alter_table("event_participant", schema=None) as batch_op:
        batch_op.add_column(sa.Column("attendance", sa.String(length=40), nullable=True))
        batch_op.create_index(batch_op.f("ix_event_participant_attendance"), ["attendance"],
                              unique=False)
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.add_column(sa.Column("task", sa.String(length=36), nullable=True))
        batch_op.create_index(batch_op.f("ix_decision_task"), ["task"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_task"))
        batch_op.drop_column("task")
    with op.batch_alter_table("event_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_participant_attendance"))
        batch_op.drop_column("attendance")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_minutes_approved_on"))
        batch_op.drop_index(batch_op.f("ix_event_minutes_approved_at"))
        batch_op.drop_index(batch_op.f("ix_event_minutes_status"))
        batch_op.drop_column("minutes_approved_on")
        batch_op.drop_column("minutes_approved_at")
        batch_op.drop_column("minutes_status")
