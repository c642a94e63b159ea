"""an index that gives the task page's first rows for one plan in the page's order

Revision ID: 0018
Revises: 0016
Create Date: 2026-12-03

The task page opens on the current plan's tasks, ordered by kind, then number (the plan,
the same on every row, orders nothing and `store/browse.py` leaves it out). No index
held a plan's tasks in that order, so with 10,000 tasks in a plan each first page sorted
all of them (20 ms; 5,000 ids to find where a task sits, more). `ix_task_page` cannot
serve it: its `(plan IS NULL)` column comes between `deleted` and `plan`, and a page sorted
by plan sorts by the plan's title key, which no index holds. It is replaced.
"""

from __future__ import annotations

from alembic import op

revision = "0018"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DROP INDEX ix_task_page")
    op.execute("CREATE INDEX ix_task_plan_page ON task (deleted, plan, (kind IS NULL), kind,"
               " (number IS NULL), number, id)")


def downgrade() -> None:
    op.execute("DROP INDEX ix_task_plan_page")
    op.execute("CREATE INDEX ix_task_page ON task (deleted, (plan IS NULL), plan,"
               " (kind IS NULL), kind, (number IS NULL), number, id)")
