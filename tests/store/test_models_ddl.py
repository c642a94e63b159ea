"""The tables the model classes define are the tables the migrations build.

The models build Core tables themselves (`store/base.py`), and the queries, the catalogue
and the new-database path all read those tables: a column, type, default, key or index
that differs from what the migrations made would go unnoticed until a query met it. So a
database made from the models alone is compared, table by table, with one brought to the
newest revision by the migrations.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine

from iali_desktop.store import models  # noqa: F401  (registers every table)
from iali_desktop.store.base import Base

# Indexes on expressions for the record pages' order, made by migrations alone.
MIGRATION_ONLY = {"ix_engagement_page", "ix_member_page", "ix_organisation_page",
                  "ix_person_page", "ix_task_plan_area", "ix_task_plan_due", "ix_task_plan_page"}


def schema(path: Path, tables: list[str]) -> dict[str, Any]:
    """Each table's columns (name, type, not null, default, key position) and indexes
    (name, unique, columns, partial)."""
    conn = sqlite3.connect(path)
    try:
        out: dict[str, Any] = {}
        for table in tables:
            columns = conn.execute(
                "SELECT name, upper(type), \"notnull\", dflt_value, pk "
                "FROM pragma_table_info(?) ORDER BY name", (table,)).fetchall()
            indexes = []
            for name, unique, origin, partial in conn.execute(
                    "SELECT name, \"unique\", origin, partial FROM pragma_index_list(?)",
                    (table,)):
                cols = [c for (c,) in conn.execute(
                    "SELECT name FROM pragma_index_info(?) ORDER BY seqno", (name,))]
                # Automatic indexes (of a key) have a name SQLite makes up.
                indexes.append((name if origin == "c" else origin, unique, cols, partial))
            out[table] = (columns, sorted(indexes))
        return out
    finally:
        conn.close()


def test_the_models_define_the_tables_the_migrations_build(seeded_db: Path,
                                                           tmp_path: Path) -> None:
    from_models = tmp_path / "models.db"
    engine = create_engine(f"sqlite:///{from_models}")
    Base.metadata.create_all(engine)
    engine.dispose()
    tables = sorted(Base.metadata.tables)
    assert len(tables) > 25  # every model module registered its tables
    migrated = schema(seeded_db, tables)
    for table, (columns, indexes) in migrated.items():
        migrated[table] = (columns, [i for i in indexes if i[0] not in MIGRATION_ONLY])
    assert schema(from_models, tables) == migrated
