"""Where an export writes: plaintext only in a private folder, the destination atomically.

The bundle is built in a private temporary folder (`mkdtemp`: mode 0700, on the local
disk), never next to its destination: an encrypted export must not leave the readable
bundle on a USB stick, not even for a moment. It then reaches the destination under a
temporary name in the destination folder (encrypted on the way if asked), flushed and
synced, and is renamed into place; an unencrypted bundle on the same file system is
simply renamed. Each temporary is locked while in use, so a later export can tell a
leftover of a killed export from one still running, and removes it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from iali_desktop.domain.errors import BundleError
from iali_desktop.domain.translation import _

from . import crypto

try:
    import fcntl
except ImportError:  # Windows: an open file cannot be deleted, which protects it already
    fcntl = None  # type: ignore[assignment]

Progress = Callable[[int, int, str], None] | None
FOLDER_PREFIX = "iali-export-"
PART_PREFIX, PART_SUFFIX = ".export-", ".part"
LOCK = ".lock"
COPY_BLOCK = 1024 * 1024
GRACE_SECONDS = 120  # a temporary younger than this is never swept
WRITING = "writing to the destination"
_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}


def write_error(exc: OSError, where: str) -> BundleError:
    """One line for a failed write, the disk being full above all."""
    if exc.errno in _NO_SPACE:
        return BundleError(_("not enough space to write the bundle ({where}); nothing was exported",
                             where=where))
    return BundleError(_("cannot write the bundle ({where}: {strerror}); nothing was exported",
                         where=where, strerror=exc.strerror or exc))


@contextlib.contextmanager
def writing(where: str) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        raise write_error(exc, where) from None


def _lock(fd: int) -> bool:
    """Take the lock on an open file; False if another process holds it."""
    if fcntl is None:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _abandoned(path: Path) -> bool:
    """A temporary whose writer is gone: older than GRACE_SECONDS and its lock free.

    The age matters: an export creates its lock file and then locks it, and a sweep by
    another process in between must neither take the free lock for an abandoned one nor
    hold it for a moment just as its owner tries to take it."""
    try:
        if time.time() - path.stat().st_mtime < GRACE_SECONDS:
            return False
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        return _lock(fd)
    finally:
        os.close(fd)


def _locked_file(path: Path) -> int:
    """Create `path` and lock it. A sweep running between the two steps could delete it:
    the name must still be this very file once locked."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    if not _lock(fd) or path.stat().st_ino != os.fstat(fd).st_ino:
        os.close(fd)
        raise BundleError(_("another export removed this one's temporary file; try again"))
    return fd


def sweep(folder: Path) -> None:
    """Remove what killed exports left in `folder`: temporary bundles and private
    folders whose lock no process holds any more. Errors are ignored: a leftover is
    untidy, not wrong, and the next export tries again."""
    try:
        names = [entry.name for entry in os.scandir(folder)]
    except OSError:
        return
    for name in names:
        path = folder / name
        if name.startswith(PART_PREFIX) and name.endswith(PART_SUFFIX):
            if _abandoned(path):
                with contextlib.suppress(OSError):
                    path.unlink()
        elif name.startswith(FOLDER_PREFIX) and _abandoned(path / LOCK):
            shutil.rmtree(path, ignore_errors=True)


@contextlib.contextmanager
def private_folder() -> Iterator[Path]:
    """A fresh folder only this user can read, removed afterwards (and, if this process
    is killed, by the next export)."""
    parent = Path(tempfile.gettempdir())
    sweep(parent)
    with writing(f"the temporary folder {parent}"):
        folder = Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX, dir=parent))
    try:
        with writing(f"the temporary folder {folder}"):
            lock = _locked_file(folder / LOCK)
        try:
            yield folder
        finally:
            os.close(lock)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


class _Counted:
    """A reader that reports progress as the bytes go out."""

    def __init__(self, source: IO[bytes], total: int, progress: Progress) -> None:
        self.source, self.total, self.progress, self.done = source, total, progress, 0

    def read(self, size: int = -1) -> bytes:
        if self.progress is not None and (self.done == 0 or
                                          self.done % (8 * COPY_BLOCK) < max(size, 1)):
            self.progress(self.done, self.total, WRITING)
        block = self.source.read(size)
        self.done += len(block)
        return block


def publish(source: Path, target: Path, passphrase: str | None, progress: Progress) -> None:
    """Put the finished bundle `source` at `target`, atomically, encrypted if asked."""
    folder = target.parent
    sweep(folder)
    where = f"the destination {folder}"
    with writing(where):
        if passphrase is None and source.stat().st_dev == folder.stat().st_dev:
            source.replace(target)
            return
        fd, name = tempfile.mkstemp(prefix=PART_PREFIX, suffix=PART_SUFFIX, dir=folder)
    part = Path(name)
    try:
        with writing(where), os.fdopen(fd, "wb") as out:
            if not _lock(fd) or part.stat().st_ino != os.fstat(fd).st_ino:
                raise BundleError(_("another export removed this one's temporary file; try again"))
            with source.open("rb") as plain:
                reader = _Counted(plain, source.stat().st_size, progress)
                if passphrase is not None:
                    crypto.encrypt(reader, out, passphrase)  # type: ignore[arg-type]
                else:
                    shutil.copyfileobj(reader, out, COPY_BLOCK)
            out.flush()
            os.fsync(out.fileno())
        with writing(where):
            part.replace(target)  # closed first: Windows renames no open file
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
