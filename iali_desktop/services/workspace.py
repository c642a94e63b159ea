"""An open database with this replica's identity: what every service works on."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from iali_desktop.domain.errors import DatabaseDamaged, DatabaseError, ValidationError
from iali_desktop.domain.translation import N_, _
from iali_desktop.store import lock, migrate
from iali_desktop.store import replica as replica_store
from iali_desktop.store.database import Database, Tx
from iali_desktop.store.lock import DatabaseLock
from iali_desktop.sync.keys import fingerprint

from . import paths

__all__ = ["DatabaseLock", "Identity", "Workspace", "hold_for_window"]

log = logging.getLogger(__name__)

# How long a window's start waits for command-line runs on its database to finish.
WINDOW_WAITS_FOR_COMMANDS_S = 10.0


def hold_for_window(path: Path) -> DatabaseLock:
    """The window's claim on the database at `path`, kept for the window's lifetime.

    Exclusive: while a window is open no other process may open the database, because the
    window shows file dialogs and cannot promise to leave the database's files alone
    (see `store/lock.py`). Raises DatabaseInUseError with `by_window` set when another
    window has it, and after a short wait when command-line runs still do.
    """
    return lock.acquire(path, exclusive=True, kind=lock.WINDOW,
                        wait_s=WINDOW_WAITS_FOR_COMMANDS_S)


@dataclass(frozen=True)
class Identity:
    replica_id: str
    name: str
    fingerprint: str
    demo: bool


# What a path given to refuse_own_files was meant to be, marked for the catalogs.
A_BUNDLE = N_("a bundle")
A_REPORT = N_("a report")
A_FILE_TO_ATTACH = N_("a file to attach")
A_COPY_PLACE = N_("a place for a copy of an attachment")


class Workspace:
    """The database plus where its backups go. Pass it in; there is no global one."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._closed = False
        self.backups_dir = paths.backups_dir(db.path)

    @property
    def path(self) -> Path:
        return self.db.path

    @classmethod
    def open(cls, path: Path | None = None, *, create: bool = False,
             defer_check: bool = False) -> Workspace:
        """Open a database; `defer_check` leaves the damage check of a file at the current
        schema to the caller (`check_intact`), who runs it before writing anything."""
        db_path = Path(path) if path is not None else paths.default_db_path()
        db = Database.open(db_path, create=create, backups_dir=paths.backups_dir(db_path),
                           defer_check=defer_check)
        ws = cls(db)
        if not create and not ws.is_initialised():
            db.close()
            raise DatabaseError(
                _("{db_path} has not been set up yet (run 'iali-desktop init --db {db_path}')",
                  db_path=db_path))
        return ws

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.db.close()

    def check_intact(self) -> None:
        """Raise DatabaseDamaged when the file is damaged (a pass over the whole file)."""
        self.db.check_intact()

    def hold_writes_for_check(self) -> None:
        """No write before the damage check has found the file intact (the first write
        runs it if nothing has yet); once damage is found, writes raise DatabaseDamaged."""
        self.db.hold_writes_for_check()

    def check_in_background(self, done: Callable[[], None] | None = None) -> None:
        """The damage check on a thread of its own (writes wait for its verdict); `done`
        is called on that thread when it has ended."""
        self.db.check_in_background(done)

    def check_verdict(self) -> DatabaseDamaged | None:
        """What the damage check found (running or awaiting it if due): damage, or None."""
        return self.db.check_verdict()

    def is_open(self) -> bool:
        """False once closed (work queued before the close must not reopen the file)."""
        return not self._closed

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def read(self) -> Iterator[Tx]:
        with self.db.read() as tx:
            yield tx

    @contextmanager
    def write(self) -> Iterator[Tx]:
        with self.db.write() as tx:
            yield tx

    def is_initialised(self) -> bool:
        with self.read() as tx:
            return replica_store.load(tx) is not None

    def identity(self) -> Identity:
        with self.read() as tx:
            state = replica_store.load(tx)
        if state is None:
            raise DatabaseError(_("this database has no replica identity yet"))
        return Identity(state.replica_id, state.name, fingerprint(state.public_key), state.demo)

    def refuse_own_files(self, path: Path, what: str) -> None:
        """Refuse `path` as a bundle or report file when it is this database's own file.

        Writing a report or bundle over the database destroys it; reading one of its
        files as a bundle opens it outside SQLite, which drops SQLite's locks on it.
        """
        own = self.path.resolve()
        names = {own.name + suffix for suffix in ("", "-wal", "-shm", "-journal", ".lock")}
        target = Path(path).expanduser().resolve()
        if target.parent == own.parent and target.name in names:
            raise ValidationError(_("{path} is a file of the database itself, not {what}",
                                    path=path, what=_(what)))

    @property
    def read_only(self) -> str:
        """Why the database cannot be written here, or "" when it can."""
        return self.db.read_only

    def schema_version(self) -> str:
        return migrate.current_revision(self.db.engine) or "none"
