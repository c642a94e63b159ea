"""Alembic environment: always run on a connection handed in by `store.migrate`."""

from __future__ import annotations

from alembic import context

from iali_desktop.store import models  # noqa: F401  (registers every table)
from iali_desktop.store.base import Base

FTS_TABLES = {"search_index"} | {
    f"search_index_{s}" for s in ("data", "idx", "content", "docsize", "config")
}


def include_name(name: str | None, type_: str, _parent: object) -> bool:
    # FTS5 virtual tables and their shadow tables are made by hand in a migration.
    return not (type_ == "table" and name in FTS_TABLES)


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run only through iali_desktop.store.migrate")
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_name=include_name,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
