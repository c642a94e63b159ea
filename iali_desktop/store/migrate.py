"""Bring a database file to the current schema, safely.

Foreign keys are switched off around migrations (outside the transaction) because
Alembic's batch mode rebuilds tables and a rebuild would fire ON DELETE CASCADE; a
`foreign_key_check` runs before commit. A database with data is backed up first.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from iali_desktop.domain.errors import DatabaseError

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


@functools.cache  # the scripts ship with the app; reading them costs ~25 ms a time
def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@functools.cache
def known_revisions() -> frozenset[str]:
    scripts = ScriptDirectory.from_config(alembic_config())
    return frozenset(s.revision for s in scripts.walk_revisions())


def upgrade(engine: Engine, revision: str = "head",
            backup: Callable[[], object] | None = None) -> bool:
    """Upgrade to `revision`; returns True when anything was applied."""
    current = current_revision(engine)
    target = head_revision() if revision == "head" else revision
    if current == target:
        return False
    if current is not None and current not in known_revisions():
        raise DatabaseError(
            "this database was written by a newer IALI Desktop; update IALI Desktop to open it"
        )
    if current is not None and backup is not None:
        backup()
    cfg = alembic_config()
    with engine.connect() as conn:
        # Straight to the driver: through SQLAlchemy the PRAGMA would open a transaction,
        # and inside one SQLite ignores a change of foreign_keys.
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)
            problems = raw.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise DatabaseError(f"migration left {len(problems)} broken references")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
    log.info("database upgraded from %s to %s", current, target)
    return True
