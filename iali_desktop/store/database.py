"""The database handle the services hold: open, migrate, and give out transactions."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.exc import DatabaseError as SaDatabaseError
from sqlalchemy.exc import OperationalError

from iali_desktop.domain.errors import DatabaseDamaged, DatabaseError
from iali_desktop.store import backup, migrate, search
from iali_desktop.store.engine import BEGIN_MODE, make_engine

log = logging.getLogger(__name__)

Tx = Connection  # what services pass back into store functions; opaque to them


class Database:
    """One SQLite file, at the current schema."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine

    @classmethod
    def open(cls, path: Path, *, create: bool = False, backups_dir: Path | None = None
             ) -> Database:
        path = Path(path)
        if not path.exists() and not create:
            raise DatabaseError(f"no database at {path} (create one with 'iali-desktop init')")
        if path.exists():
            _check_is_sqlite(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = make_engine(path)
        db = cls(path, engine)
        try:
            if path.exists():
                _check_is_ours(engine)
                backup.check_intact(engine, path)
            upgraded = migrate.upgrade(
                engine,
                backup=(lambda: backup.backup_to_folder(engine, backups_dir, "pre-upgrade"))
                if backups_dir is not None else None,
            )
            if upgraded:
                with db.write() as tx:
                    search.rebuild(tx)
        except (OperationalError, SaDatabaseError) as exc:
            engine.dispose()
            if backup.is_damage(exc):
                raise DatabaseDamaged(backup.damaged_message(path, exc)) from None
            raise DatabaseError(_explain(exc, path)) from None
        except BaseException:
            engine.dispose()
            raise
        return db

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def write(self) -> Iterator[Tx]:
        """One write transaction (BEGIN IMMEDIATE): all of it commits, or none of it."""
        try:
            with self.engine.connect() as conn:
                conn = conn.execution_options(**{BEGIN_MODE: "IMMEDIATE"})
                with conn.begin():
                    yield conn
        except OperationalError as exc:
            raise DatabaseError(_explain(exc, self.path)) from None

    @contextmanager
    def read(self) -> Iterator[Tx]:
        try:
            with self.engine.connect() as conn, conn.begin():
                yield conn
        except OperationalError as exc:
            raise DatabaseError(_explain(exc, self.path)) from None


def _check_is_sqlite(path: Path) -> None:
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file")
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise DatabaseError(f"cannot read {path}: {exc.strerror}") from None
    if header and header != b"SQLite format 3\x00":
        raise DatabaseError(f"{path} is not an IALI Desktop database (not an SQLite file)")


def _check_is_ours(engine: Engine) -> None:
    names = set(inspect(engine).get_table_names())
    if names and "alembic_version" not in names:
        raise DatabaseError("this SQLite file is not an IALI Desktop database")


def _explain(exc: Exception, path: Path) -> str:
    text = str(getattr(exc, "orig", exc))
    if "locked" in text or "busy" in text:
        return f"the database {path} is busy in another program; try again in a moment"
    if "disk" in text and "full" in text:
        return "the disk is full; nothing was changed"
    if isinstance(getattr(exc, "orig", None), sqlite3.DatabaseError) and "not a database" in text:
        return f"{path} is not an IALI Desktop database"
    return f"database error: {text}"
