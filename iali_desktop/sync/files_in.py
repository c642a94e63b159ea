"""Attached files on the way in: checked against the signed manifest, streamed into SQLite.

Before any file byte is read (`check_declared`): the manifest lists each file once; no
file is larger than this database's per-file limit (refused with the file's name and the
limit, which the user can raise); the zip's file entries are exactly the listed ones,
each of the listed size. Then, inside the import's transaction (`receive`), each content
that an attachment names (held here, or staged from this bundle) and that is not held
yet is streamed from the zip into `store/blobs.write_stream`, which checks its SHA-256
while writing: a mismatch refuses the whole import and the transaction takes everything
back. Content that no attachment names is never read nor stored; content already held
is not read again. Nothing is written anywhere but the database.
"""

from __future__ import annotations

import hashlib
import io
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from iali_desktop.domain.chunk_stream import ChunkStream
from iali_desktop.domain.errors import BundleError
from iali_desktop.domain.sizes import human_size
from iali_desktop.domain.translation import _
from iali_desktop.store import blobs, wanted_files

from .container import file_member
from .files_out import digests_of
from .manifest import FileEntry
from .reader import OpenedBundle

Progress = Callable[[int, int, str], None] | None


@dataclass(frozen=True)
class FilesReceived:
    received: int = 0  # contents stored by this import
    received_bytes: int = 0
    already_held: int = 0  # carried but held here already: not read
    ignored: int = 0  # carried but named by no attachment: not read, not stored

    def sentence(self) -> str:
        parts = []
        if self.received:
            parts.append(f"{self.received} {'file' if self.received == 1 else 'files'} "
                         f"received ({human_size(self.received_bytes)})")
        if self.ignored:
            parts.append(f"{self.ignored} files named by no attachment ignored")
        return "; ".join(parts)


def limit_refusal(entry: FileEntry, limit: int) -> str:
    return _("the file '{name}' ({size}) is larger than this database's limit of {limit} per "
             "file; raise the limit (Settings, or import --max-file-size) to receive it",
             name=entry.name, size=human_size(entry.size), limit=human_size(limit))


def check_declared(opened: OpenedBundle) -> None:
    """The manifest's file list against the limits and the zip's entries; reads no
    file content."""
    m, limits = opened.manifest, opened.zip.limits
    listed: dict[str, FileEntry] = {}
    for entry in m.files:
        if entry.sha256 in listed:
            raise BundleError(_("the bundle's manifest lists the file '{name}' twice; refused",
                                name=entry.name))
        listed[entry.sha256] = entry
    for entry in m.files:
        if entry.size > limits.max_file_size:
            raise BundleError(limit_refusal(entry, limits.max_file_size))
    if len(m.wants) > limits.wants:
        raise BundleError(_("the bundle asks for {count} files; at most {wants} are accepted; "
                            "refused", count=len(m.wants), wants=limits.wants))
    members = opened.zip.files()
    if set(members) != set(listed):
        raise BundleError(_("the bundle's file entries are not the ones its signed manifest lists "
                            "(altered or damaged); refused"))
    for sha, entry in listed.items():
        if members[sha].file_size != entry.size:
            raise BundleError(_("the file '{name}' in the bundle is not the size its signed "
                                "manifest says (altered or damaged); refused", name=entry.name))


def named_here(raw: sqlite3.Connection, *, staged: bool) -> set[str]:
    """Digests an attachment names: records held here and versions staged by this
    import (call after staging; `staged` False: the line checker saw none)."""
    named = digests_of(raw.execute(
        "SELECT value FROM sync_stage_scan WHERE record_type = 'attachment'"
        " AND field = 'sha256' UNION SELECT value FROM sync_known"  # and those held already
        " WHERE record_type = 'attachment' AND field = 'sha256'")) if staged else set()
    named |= {sha for (sha,) in raw.execute(
        "SELECT DISTINCT sha256 FROM attachment WHERE sha256 IS NOT NULL")}
    return named


def receive(conn: Connection, opened: OpenedBundle, named: set[str], *, dry_run: bool,
            progress: Progress = None) -> FilesReceived:
    """Store the carried contents this database lacks, each checked against its signed
    digest while it streams; a preview checks the digests without storing."""
    limit = opened.zip.limits.max_file_size
    received = size = held = ignored = 0
    todo = [e for e in opened.manifest.files if e.sha256 in named]
    ignored = len(opened.manifest.files) - len(todo)
    total = sum(e.size for e in todo)
    done = [0]

    def tick(count: int) -> None:
        done[0] += count
        if progress is not None:
            progress(done[0], total, "receiving files")

    for entry in todo:
        if blobs.has(conn, entry.sha256):
            held += 1
            tick(entry.size)
            continue
        stream = io.BufferedReader(ChunkStream(opened.zip.chunks(file_member(entry.sha256)),
                                                 tick), buffer_size=blobs.CHUNK_SIZE)
        try:
            if dry_run:
                _check_only(stream, entry)
            else:
                blobs.write_stream(conn, stream, entry.sha256, limit)
        except blobs.DigestMismatchError:
            raise BundleError(_("the file '{name}' in the bundle does not match its signed digest "
                                "(altered or damaged); refused", name=entry.name)) from None
        except blobs.ContentTooLargeError:
            raise BundleError(limit_refusal(entry, limit)) from None
        received += 1
        size += entry.size
    return FilesReceived(received, size, held, ignored)


def record_wants(conn: Connection, sender: str, wants: tuple[str, ...]) -> None:
    """What the sender says it lacks now, replacing what it said before."""
    wanted_files.replace(conn, sender, wants)


def _check_only(stream: Any, entry: FileEntry) -> None:
    digest = hashlib.sha256()
    while piece := stream.read(blobs.CHUNK_SIZE):
        digest.update(piece)
    if digest.hexdigest() != entry.sha256:
        raise blobs.DigestMismatchError("digest differs")
