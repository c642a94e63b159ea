"""The database handle the services hold: open, migrate, and give out transactions."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DatabaseError as SaDatabaseError
from sqlalchemy.exc import OperationalError

from iali_desktop.domain.errors import (
    DatabaseDamaged,
    DatabaseError,
    DatabaseReadOnlyError,
    NotOurFileError,
)
from iali_desktop.domain.translation import _
from iali_desktop.store import backup, lock, migrate, probe, search, sort_keys
from iali_desktop.store.engine import BEGIN_MODE, make_engine
from iali_desktop.store.lock import DatabaseLock
from iali_desktop.store.sqlite_errors import error_for

log = logging.getLogger(__name__)

Tx = Connection  # what services pass back into store functions; opaque to them


class Database:
    """One SQLite file, at the current schema, held by this process while it is open.

    Opening takes the database's lock (`store/lock.py`) before SQLite touches the file,
    then identifies the file through SQLite, read-only, before anything may write to it:
    another program's file is refused untouched. A file that cannot be written here (a
    read-only file, folder or medium) opens read-only: reading works, writing is refused
    with one line.
    """

    def __init__(self, path: Path, engine: Engine, *, lock: DatabaseLock | None = None,
                 read_only: str = "") -> None:
        self.path = path
        self.engine = engine
        self._lock = lock
        self.read_only = read_only  # why it cannot be written here ("" when it can)
        # The damage check of a file opened with `defer_check`: due until it has run (by
        # the background thread, or by the first write that could not wait for it).
        self._check_due = False
        self._check_lock = threading.Lock()
        self._check: threading.Thread | None = None
        self._damage: DatabaseDamaged | None = None

    @classmethod
    def open(cls, path: Path, *, create: bool = False, backups_dir: Path | None = None,
             defer_check: bool = False) -> Database:
        """Open (creating, then upgrading, as needed). `defer_check`: a file already at the
        current schema is not given its `quick_check` here (a pass over the whole file);
        the caller runs `check_intact()` itself, alongside other start-up work, before it
        writes anything."""
        path = Path(path)
        if path.is_dir():
            raise DatabaseError(_("{path} is a folder, not a database file", path=path))
        if not path.exists() and not create:
            raise DatabaseError(_("no database at {path} (create one with 'iali-desktop init')",
                                  path=path))
        if create:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(_("cannot create {path}: {strerror}",
                                      path=path, strerror=exc.strerror)) from None
        claim = lock.acquire(path, exclusive=False, kind=lock.COMMAND)
        try:
            return cls._open_held(path, create, backups_dir, claim, defer_check)
        except NotOurFileError:
            claim.release(discard_file=True)
            raise
        except BaseException:
            claim.release()
            raise

    @classmethod
    def _open_held(cls, path: Path, create: bool, backups_dir: Path | None,
                   claim: DatabaseLock, defer_check: bool = False) -> Database:
        state = probe.inspect_file(path)
        if state.empty and not create:
            raise DatabaseError(_("{path} is not an IALI Desktop database (the file is empty)",
                                  path=path))
        writable = state.access is probe.Access.READ_WRITE
        if not writable and state.revision != migrate.head_revision():
            why = state.why_read_only
            raise DatabaseReadOnlyError(
                _("the database {path} needs to be set up but {why}; nothing was changed",
                  path=path, why=why) if state.empty else
                _("the database {path} needs to be upgraded but {why}; nothing was changed",
                  path=path, why=why))
        engine = make_engine(path, state.access)
        db = cls(path, engine, lock=claim, read_only="" if writable else state.why_read_only)
        try:
            current = state.revision == migrate.head_revision()
            if not state.empty and not (defer_check and current):
                backup.check_intact(engine, path)
            upgraded = migrate.upgrade(
                engine,
                backup=(lambda: backup.backup_to_folder(engine, backups_dir, "pre-upgrade"))
                if backups_dir is not None else None,
            ) if writable else False
            if upgraded:
                with db.write() as tx:
                    search.rebuild(tx)
                    # Columns given stored keys since the file's last upgrade get theirs.
                    sort_keys.backfill(tx)
        except (OperationalError, SaDatabaseError) as exc:
            engine.dispose()
            raise error_for(exc, path) from None
        except BaseException:
            engine.dispose()
            raise
        return db

    def check_intact(self) -> None:
        """`PRAGMA quick_check`; DatabaseDamaged (one line) when the file is damaged."""
        try:
            backup.check_intact(self.engine, self.path)
        except (OperationalError, SaDatabaseError) as exc:
            raise error_for(exc, self.path) from None

    def hold_writes_for_check(self) -> None:
        """From now on no write reaches the file before the damage check (`check_intact`)
        has found it intact: the first write runs the check itself unless
        `check_in_background` already has, and once damage is found every write is refused
        with DatabaseDamaged. Reads go on meanwhile."""
        self._check_due = True

    def check_in_background(self, done: Callable[[], None] | None = None) -> None:
        """Run the damage check (see `hold_writes_for_check`) on a thread of its own;
        `done` is called on that thread when it has ended."""
        self._check_due = True

        def run() -> None:
            try:
                self.check_verdict()
            finally:
                if done is not None:
                    done()

        self._check = threading.Thread(target=run, daemon=True, name="database check")
        self._check.start()

    def check_verdict(self) -> DatabaseDamaged | None:
        """The damage check's finding: the damage, or None. Runs the check here when it is
        due and nobody runs it yet; waits for it when another thread does."""
        if self._check_due:
            with self._check_lock:
                if self._check_due:
                    try:
                        self.check_intact()
                    except DatabaseDamaged as exc:
                        self._damage = exc
                    except Exception:  # another failure: reads and writes will report it
                        log.exception("the database check failed")
                    finally:
                        self._check_due = False
        return self._damage

    def close(self) -> None:
        if self._check is not None:  # it reads the file: not after the lock is given up
            self._check.join()
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()

    def check_writable(self) -> None:
        """Raise DatabaseReadOnlyError (one line) when the database cannot be written here,
        DatabaseDamaged when the background check found it damaged (see
        `check_in_background`: a write waits for its verdict)."""
        damage = self.check_verdict()
        if damage is not None:
            raise damage
        if self.read_only:
            raise DatabaseReadOnlyError(_("the database {path} is read-only here ({read_only}); "
                                          "nothing was changed",
                                          path=self.path, read_only=self.read_only))

    @contextmanager
    def write(self) -> Iterator[Tx]:
        """One write transaction (BEGIN IMMEDIATE): all of it commits, or none of it."""
        self.check_writable()
        try:
            with self.engine.connect() as conn:
                conn = conn.execution_options(**{BEGIN_MODE: "IMMEDIATE"})
                with conn.begin():
                    yield conn
        except OperationalError as exc:
            raise error_for(exc, self.path) from None

    @contextmanager
    def read(self) -> Iterator[Tx]:
        try:
            with self.engine.connect() as conn, conn.begin():
                yield conn
        except OperationalError as exc:
            raise error_for(exc, self.path) from None
