"""Attached files on the way out: which contents a bundle carries, streamed into its zip.

A bundle carries the content of the attachments its changes name (the `sha256` field
versions it holds) and of the files its receiver said it lacks (`wants` in that peer's
latest bundle, kept in `wanted_file`), when this database holds that content. Changes the
receiver already acknowledged are not in a delta, so neither are their files: a paper
goes to a colleague once, unless the colleague says it is still missing. Each content
is one stored zip member `files/<sha256>`, written piece by piece from the database
(`store/blobs.iter_chunks`, 1 MiB at a time) and listed with its size and digest in the
signed manifest. Files above the per-file limit, or that would take the bundle past its
limit, are left out and named (`LeftOut`); the receiver lists them in its own `wants`,
so a later bundle brings them.
"""

from __future__ import annotations

import re
import sqlite3
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import IO

import orjson
from sqlalchemy import Connection

from iali_desktop.domain.sizes import human_size
from iali_desktop.store import blobs

from .container import file_member, member_info
from .limits import DEFAULT_LIMITS
from .manifest import FileEntry

Progress = Callable[[int, int, str], None] | None
_DIGEST = re.compile(r"^[0-9a-f]{64}\Z")
# Room kept for what follows the files: the manifest (a few KB, plus one line per file)
# and the zip's directory.
_TAIL = 256 * 1024
_PER_FILE_TAIL = 400


@dataclass(frozen=True)
class FilePolicy:
    """What an export does with attached files."""

    include: bool = True  # False: `export --without-files`
    wanted: frozenset[str] = frozenset()  # digests the receiver(s) said they lack
    max_file_size: int = DEFAULT_LIMITS.max_file_size
    max_bundle_size: int = DEFAULT_LIMITS.file_size
    max_wants: int = DEFAULT_LIMITS.wants
    max_files: int = DEFAULT_LIMITS.max_files


@dataclass(frozen=True)
class LeftOut:
    """A file a bundle should have carried and did not, and why (one sentence)."""

    name: str
    size: int
    reason: str


@dataclass
class Carried:
    """What `write_members` put in the zip."""

    entries: list[FileEntry] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)

    @property
    def size(self) -> int:
        return sum(e.size for e in self.entries)


def digests_of(values: Iterable[tuple[str]]) -> set[str]:
    out: set[str] = set()
    for (value,) in values:
        try:
            digest = orjson.loads(value)
        except orjson.JSONDecodeError:
            continue
        if isinstance(digest, str) and _DIGEST.match(digest):
            out.add(digest)
    return out


def named_by_changes(raw: sqlite3.Connection, replicas: list[tuple[str, int]]) -> set[str]:
    """Digests written by the attachment versions of the bundle: seq > after, per author."""
    out: set[str] = set()
    for replica, after in replicas:
        out |= digests_of(raw.execute(
            "SELECT DISTINCT value FROM change WHERE replica = ? AND seq > ?"
            " AND record_type = 'attachment' AND field = 'sha256'", (replica, after)))
    return out


def choose(raw: sqlite3.Connection, replicas: list[tuple[str, int]], policy: FilePolicy
           ) -> tuple[list[FileEntry], list[LeftOut]]:
    """The contents to carry, in digest order, and those too large to carry at all."""
    if not policy.include:
        return [], []
    named = named_by_changes(raw, replicas)
    held: dict[str, tuple[str, int, bool]] = {}
    for sha, name, size, live in raw.execute(
            "SELECT a.sha256, min(a.name), b.size, max(NOT a.deleted) FROM attachment a"
            " JOIN blob b ON b.sha256 = a.sha256 GROUP BY a.sha256, b.size"):
        held[sha] = (name or sha[:12], int(size), bool(live))
    entries: list[FileEntry] = []
    left: list[LeftOut] = []
    for sha in sorted(held):
        name, size, live = held[sha]
        if not ((sha in named and live) or sha in policy.wanted):
            continue
        if size > policy.max_file_size:
            left.append(LeftOut(name, size, (
                f"'{name}' ({human_size(size)}) was not sent: it is larger than the limit "
                f"of {human_size(policy.max_file_size)} per file (raise it in Settings)")))
            continue
        entries.append(FileEntry(sha, size, name))
    return entries, left


def write_members(zf: zipfile.ZipFile, fh: IO[bytes], conn: Connection,
                  entries: list[FileEntry], left_out: list[LeftOut], policy: FilePolicy,
                  progress: Progress = None) -> Carried:
    """Stream each content into a stored member, one database piece at a time; the
    bundle's own limit leaves out what would not fit (named in `left_out`)."""
    carried = Carried(left_out=list(left_out))
    total = sum(e.size for e in entries)
    done = 0
    for entry in entries:
        # Encryption adds 16 bytes per 64 KiB chunk (1/4096): kept free as well.
        room = (policy.max_bundle_size - policy.max_bundle_size // 2048 - _TAIL
                - _PER_FILE_TAIL * len(entries))
        if len(carried.entries) >= policy.max_files:
            carried.left_out.append(LeftOut(entry.name, entry.size, (
                f"'{entry.name}' was left for a later bundle: a bundle carries at most "
                f"{policy.max_files} files")))
            continue
        if fh.tell() + entry.size + _PER_FILE_TAIL > room:
            carried.left_out.append(LeftOut(entry.name, entry.size, (
                f"'{entry.name}' ({human_size(entry.size)}) was left for a later bundle: "
                f"this one would pass the limit of {human_size(policy.max_bundle_size)} "
                "per bundle")))
            continue
        info = member_info(file_member(entry.sha256), compress=False)
        info.file_size = entry.size  # decides zip64 up front, as zipfile needs
        with zf.open(info, "w") as out:
            for piece in blobs.iter_chunks(conn, entry.sha256):
                out.write(piece)
                done += len(piece)
                if progress is not None:
                    progress(done, total, "writing files")
        carried.entries.append(entry)
    return carried


def lacking(raw: sqlite3.Connection, cap: int) -> tuple[str, ...]:
    """Digests of live attachments whose content is not held here: what this replica
    asks its peers for in every bundle it writes (at most `cap`)."""
    rows = raw.execute(
        "SELECT DISTINCT a.sha256 FROM attachment a WHERE NOT a.deleted"
        " AND a.sha256 IS NOT NULL AND NOT EXISTS"
        " (SELECT 1 FROM blob b WHERE b.sha256 = a.sha256) ORDER BY a.sha256")
    out = [sha for (sha,) in rows if isinstance(sha, str) and _DIGEST.match(sha)]
    return tuple(out[:cap])
