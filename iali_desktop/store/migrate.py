"""Bring a database file to the current schema, safely.

Foreign keys are switched off around migrations (outside the transaction) because
Alembic's batch mode rebuilds tables and a rebuild would fire ON DELETE CASCADE; a
`foreign_key_check` runs before commit. A database with data is backed up first.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text

from iali_desktop.domain.errors import DatabaseError
from iali_desktop.domain.translation import _

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# Alembic (about 0.7 s to import) is loaded only when a database needs upgrading: the
# revisions are read from the scripts' own `revision = "..."` lines, and a database's
# revision with one query.
_REVISION = re.compile(r'^revision\s*=\s*["\']([^"\']+)["\']', re.MULTILINE)
_DOWN = re.compile(r'^down_revision\s*=\s*(?:["\']([^"\']+)["\']|None)', re.MULTILINE)


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


@functools.cache  # the scripts ship with the app
def _chain() -> dict[str, str | None]:
    """Each revision and the one it revises, read from the scripts' text."""
    out: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS / "versions").glob("*.py")):
        source = script.read_text(encoding="utf-8")
        found = _REVISION.search(source)
        if found is None:
            continue
        down = _DOWN.search(source)
        out[found.group(1)] = down.group(1) if down is not None else None
    return out


@functools.cache
def head_revision() -> str:
    chain = _chain()
    revised = {d for d in chain.values() if d is not None}
    heads = [r for r in chain if r not in revised]
    if len(heads) != 1:
        raise DatabaseError(_("the migrations have {count} heads instead of one", count=len(heads)))
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has_table = conn.execute(text(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        )).first()
        if has_table is None:
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return None if row is None else str(row[0])


@functools.cache
def known_revisions() -> frozenset[str]:
    return frozenset(_chain())


def upgrade(engine: Engine, revision: str = "head",
            backup: Callable[[], object] | None = None) -> bool:
    """Upgrade to `revision`; returns True when anything was applied."""
    current = current_revision(engine)
    target = head_revision() if revision == "head" else revision
    if current == target:
        return False
    if current is not None and current not in known_revisions():
        raise DatabaseError(
            _("this database was written by a newer IALI Desktop; update IALI Desktop to open it")
        )
    if current is not None and backup is not None:
        backup()
    from alembic import command

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
                raise DatabaseError(_("migration left {count} broken references",
                                      count=len(problems)))
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
    log.info("database upgraded from %s to %s", current, target)
    return True
