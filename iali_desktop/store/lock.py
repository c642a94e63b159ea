"""Who holds a database: a lock file beside it (`NAME.db.lock`) that nothing in-process can
drop by accident.

SQLite guards its files with POSIX (fcntl) locks, and POSIX drops every such lock a
process holds on a file as soon as the process closes *any* descriptor of that file: a
file dialog sniffing file types, a header read, a copy. Another process then believes it
is alone, checkpoints and deletes the WAL still in use, and writes are lost. BSD `flock`
locks belong to the open file description instead, so closing another descriptor of the
lock file (or of the database) leaves them in place.

Every process that opens a database holds this lock while it does: the window holds it
exclusively for its lifetime (it shows file dialogs, so it cannot promise to leave the
database's files alone); a command-line run holds it shared (commands never touch the
files outside SQLite, so several can run together safely under SQLite's own locks). A
process that cannot have the lock is refused with one line naming the holder; the
exclusive holder writes its process id and kind into the file for that line.

Inside one process the lock is taken once and counted: SQLite coordinates connections of
one process without the kernel, so they need no protection from each other, except that
only one window may hold a database.

On Windows SQLite's locks belong to each handle and are never dropped this way; there
the exclusive lock is a byte-range lock (one window per database) and a shared claim
only checks that no window has the file.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from iali_desktop.domain.errors import DatabaseError, DatabaseInUseError
from iali_desktop.domain.translation import _

log = logging.getLogger(__name__)

WINDOW = "window"
COMMAND = "command"
POLL_S = 0.05
_WINDOWS_LOCK_OFFSET = 1 << 30  # past the holder text, which must stay readable


def lock_path(db_path: Path) -> Path:
    resolved = Path(db_path).resolve()
    return resolved.with_name(resolved.name + ".lock")


@dataclass(frozen=True)
class Holder:
    """What the exclusive holder wrote into the lock file."""

    pid: int | None
    kind: str


@dataclass
class _Held:
    fd: int
    exclusive: int = 0
    shared: int = 0
    locked_exclusive: bool = False


_held: dict[Path, _Held] = {}
_mutex = threading.Lock()


class DatabaseLock:
    """One claim on a database's lock; `release()` gives it back (idempotent)."""

    def __init__(self, key: Path | None, exclusive: bool, *, created: bool = False) -> None:
        self._key = key
        self.exclusive = exclusive
        self._released = key is None
        self._created = created  # this claim made the lock file

    @property
    def held(self) -> bool:
        """False when nothing could be locked (a read-only folder without a lock file)."""
        return not self._released

    def release(self, *, discard_file: bool = False) -> None:
        """Give the claim back; `discard_file` also removes a lock file this claim made
        (for a file refused as not ours, so no litter is left beside it)."""
        if self._released or self._key is None:
            return
        self._released = True
        with _mutex:
            entry = _held[self._key]
            if self.exclusive:
                entry.exclusive -= 1
            else:
                entry.shared -= 1
            if entry.exclusive or entry.shared:
                return
            del _held[self._key]
            if entry.locked_exclusive:
                _forget_holder(entry.fd)
            if discard_file and self._created:
                self._key.unlink(missing_ok=True)
            os.close(entry.fd)  # closing the only descriptor releases the lock


def acquire(db_path: Path, *, exclusive: bool, kind: str = COMMAND,
            wait_s: float = 0.0) -> DatabaseLock:
    """Claim `db_path` (exclusively for a window, shared for a command).

    Raises DatabaseInUseError naming the holder when the claim cannot be had. A shared
    claim gives up at once when a window holds the database; an exclusive claim waits up
    to `wait_s` for shared holders (commands finish quickly) but not for a window.
    """
    key = lock_path(db_path)
    with _mutex:
        entry = _held.get(key)
        if entry is not None:
            return _join(entry, key, db_path, exclusive, kind)
        existed = key.exists()
        fd = _open(key)
        if fd is None:
            log.info("no lock file beside %s and its folder is read-only: not locked", db_path)
            return DatabaseLock(None, exclusive)
        try:
            _lock(fd, db_path, exclusive, wait_s)
        except BaseException:
            os.close(fd)
            raise
        entry = _Held(fd, locked_exclusive=exclusive)
        _held[key] = entry
        if exclusive:
            entry.exclusive = 1
            _record_holder(fd, kind)
        else:
            entry.shared = 1
        return DatabaseLock(key, exclusive, created=not existed)


def _join(entry: _Held, key: Path, db_path: Path, exclusive: bool, kind: str) -> DatabaseLock:
    """A further claim from this process on a lock it already holds."""
    if not exclusive:
        entry.shared += 1
        return DatabaseLock(key, False)
    if entry.exclusive:
        raise _in_use(db_path, Holder(os.getpid(), WINDOW))
    if not entry.locked_exclusive:
        # Upgrade from shared: a failed attempt loses the shared lock (the kernel removes
        # it first), so take it back before reporting who is in the way.
        if not _try(entry.fd, exclusive=True):
            holder = _holder_of_refusal(entry.fd, exclusive=True)
            if not _try(entry.fd, exclusive=False):
                log.error("lost the shared lock on %s while trying to upgrade it", db_path)
            raise _in_use(db_path, holder)
        entry.locked_exclusive = True
        _record_holder(entry.fd, kind)
    entry.exclusive += 1
    return DatabaseLock(key, True)


def _open(key: Path) -> int | None:
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
    try:
        return os.open(key, flags, 0o644)
    except OSError as exc:
        if exc.errno not in (errno.EACCES, errno.EROFS, errno.EPERM):
            raise DatabaseError(_("cannot use {key}: {strerror}",
                                  key=key, strerror=exc.strerror)) from None
    try:  # a read-only folder: a lock file left there can still be locked for reading
        return os.open(key, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise DatabaseError(_("cannot use {key}: {strerror}",
                              key=key, strerror=exc.strerror)) from None


def _lock(fd: int, db_path: Path, exclusive: bool, wait_s: float) -> None:
    deadline = time.monotonic() + wait_s
    while not _try(fd, exclusive):
        holder = _holder_of_refusal(fd, exclusive)
        if holder.kind != COMMAND or time.monotonic() >= deadline:
            raise _in_use(db_path, holder)
        time.sleep(POLL_S)


def _holder_of_refusal(fd: int, exclusive: bool) -> Holder:
    """Who is in the way: shared holders are commands; an exclusive one wrote its name."""
    if exclusive and _try(fd, exclusive=False):
        _unlock(fd)
        return Holder(None, COMMAND)
    return _read_holder(fd)


def _in_use(db_path: Path, holder: Holder) -> DatabaseInUseError:
    process = _(" (process {pid})", pid=holder.pid) if holder.pid else ""
    if holder.kind == WINDOW:
        text = _("the database {path} is open in IALI Desktop{process}; close it there first",
                 path=db_path, process=process)
    elif holder.kind == COMMAND:
        text = _("the database {path} is in use by an iali-desktop command; try again when "
                 "it has finished", path=db_path)
    else:
        text = _("the database {path} is busy with {holder}{process}; try again when it has "
                 "finished", path=db_path, holder=holder.kind, process=process)
    return DatabaseInUseError(text, by_window=holder.kind == WINDOW, pid=holder.pid)


def _record_holder(fd: int, kind: str) -> None:
    text = json.dumps({"pid": os.getpid(), "kind": kind}).encode() + b"\n"
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, text)
    except OSError:  # opened read-only (read-only folder): the refusal names no process
        pass


def _forget_holder(fd: int) -> None:
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)


def _read_holder(fd: int) -> Holder:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = json.loads(os.read(fd, 4096) or b"{}")
    except (OSError, ValueError):
        data = {}
    if not isinstance(data, dict):
        data = {}
    pid = data.get("pid")
    kind = data.get("kind")
    return Holder(pid if isinstance(pid, int) else None,
                  kind if isinstance(kind, str) and kind else WINDOW)


if sys.platform == "win32":
    import msvcrt

    def _try(fd: int, exclusive: bool) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        if not exclusive:  # only a check: Windows keeps SQLite's own locks reliable
            _unlock(fd)
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try(fd: int, exclusive: bool) -> bool:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError as exc:
            if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.EINVAL):
                log.warning("this file system cannot lock %s: %s", fd, exc.strerror)
                return True
            raise
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
