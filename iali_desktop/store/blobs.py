"""File content kept inside the database, by SHA-256 digest, in pieces of CHUNK_SIZE bytes.

Every function here works in the caller's transaction: content written for an attachment
commits or rolls back with the attachment's record, so a crash leaves both or neither.
Content is streamed: a write reads CHUNK_SIZE bytes at a time from its reader and a read
hands out one piece at a time, so a 200 MB file is never whole in memory.

A digest has content here when it has a `blob` row; that row is written last, after
every piece was written and the digest of what was written matched. Pieces without a
`blob` row are never content: a write refused half-way (digest mismatch, too large)
removes its own pieces before it raises, and a killed process's open transaction is
rolled back by SQLite on the next open.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from sqlalchemy import Connection, Table, bindparam, delete, func, insert, select, update

from iali_desktop.domain.errors import DatabaseError, ValidationError
from iali_desktop.domain.ids import new_id
from iali_desktop.domain.sizes import human_size
from iali_desktop.domain.translation import _
from iali_desktop.store import faults
from iali_desktop.store.models.files import Attachment, Blob, BlobChunk

CHUNK_SIZE = 1 << 20  # 1 MiB: few rows per file, little memory per piece
_DIGEST = re.compile(r"^[0-9a-f]{64}$")

_blob: Table = Blob.__table__
_chunk: Table = BlobChunk.__table__
_attachment: Table = Attachment.__table__


class ContentTooLargeError(ValidationError):
    """Content exceeded the size limit it was written under; nothing of it was kept."""


class DigestMismatchError(ValidationError):
    """Content did not have the SHA-256 digest it was announced with; nothing was kept."""


def check_digest(sha256: str) -> str:
    """`sha256` as 64 lower-case hex digits, or ValidationError."""
    value = sha256.strip().lower()
    if not _DIGEST.match(value):
        raise ValidationError(_("'{sha256}' is not a SHA-256 digest (64 hex digits)",
                                sha256=sha256))
    return value


def has(conn: Connection, sha256: str) -> bool:
    """Whether the whole content of this digest is held here."""
    return conn.execute(select(_blob.c.sha256).where(_blob.c.sha256 == sha256)).first() \
        is not None


def held(conn: Connection, digests: Iterable[str]) -> set[str]:
    """Which of these digests have their content here."""
    wanted = list(set(digests))
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        stmt = select(_blob.c.sha256).where(
            _blob.c.sha256.in_(bindparam("d", wanted[start:start + 500], expanding=True)))
        found.update(r[0] for r in conn.execute(stmt))
    return found


def size_of(conn: Connection, sha256: str) -> int | None:
    return conn.execute(select(_blob.c.size).where(_blob.c.sha256 == sha256)).scalar()


def write_stream(conn: Connection, reader: BinaryIO, expected_sha256: str | None,
                 max_size: int) -> tuple[str, int]:
    """Store everything `reader` gives as content; returns (sha256, size).

    With `expected_sha256`, the content must have that digest (DigestMismatchError
    otherwise, raised once the reader is exhausted); content already held is only read
    through and checked, not written again. More than `max_size` bytes raise
    ContentTooLargeError as soon as the limit is passed, without reading the rest.
    Either error removes the pieces this call wrote before raising.
    """
    expected = check_digest(expected_sha256) if expected_sha256 is not None else None
    if expected is not None and has(conn, expected):
        sha, size = _read_through(reader, max_size)
        if sha != expected:
            raise DigestMismatchError(
                f"the content's SHA-256 is {sha}, not the {expected} it was announced with")
        return sha, size
    # Pieces go straight under their final digest when it is known; otherwise under a
    # name no digest can have, renamed once the digest is known (rewriting each piece).
    key = expected if expected is not None else f"partial-{new_id()}"
    if expected is not None:
        _drop_pieces(conn, expected)  # leftovers of an earlier refused write, if any
    digest = hashlib.sha256()
    size = n = 0
    try:
        while True:
            piece = reader.read(CHUNK_SIZE)
            if not piece:
                break
            size += len(piece)
            if size > max_size:
                raise ContentTooLargeError(
                    f"the file is larger than the limit of {human_size(max_size)}")
            digest.update(piece)
            conn.execute(insert(_chunk).values(sha256=key, n=n, data=piece))
            n += 1
            faults.reached("content-piece-written")
        sha = digest.hexdigest()
        if expected is not None and sha != expected:
            raise DigestMismatchError(
                f"the content's SHA-256 is {sha}, not the {expected} it was announced with")
    except BaseException:
        _drop_pieces(conn, key)
        raise
    if expected is None:
        if has(conn, sha):  # identical content is stored once
            _drop_pieces(conn, key)
            return sha, size
        conn.execute(update(_chunk).where(_chunk.c.sha256 == key).values(sha256=sha))
    conn.execute(insert(_blob).values(sha256=sha, size=size))
    return sha, size


def iter_chunks(conn: Connection, sha256: str) -> Iterator[bytes]:
    """The content of `sha256`, piece by piece (one piece in memory at a time).

    NotFoundError-like DatabaseError when it is not held; the digest of what was read is
    checked at the end, so damaged content raises instead of passing as the file."""
    size = size_of(conn, sha256)
    if size is None:
        raise DatabaseError(_("the content {digest} is not held in this database",
                              digest=sha256[:12]))
    count = conn.execute(select(func.count()).select_from(_chunk)
                         .where(_chunk.c.sha256 == sha256)).scalar_one()
    digest = hashlib.sha256()
    read = 0
    stmt = select(_chunk.c.data).where(_chunk.c.sha256 == sha256,
                                       _chunk.c.n == bindparam("n"))
    for n in range(count):
        piece = conn.execute(stmt, {"n": n}).scalar()
        if piece is None:
            break
        digest.update(piece)
        read += len(piece)
        yield bytes(piece)
    if read != size or digest.hexdigest() != sha256:
        raise DatabaseError(_("the stored content {digest} is damaged (read {read} of {size} "
                              "bytes, digest differs)", digest=sha256[:12], read=read, size=size))


def referenced(conn: Connection) -> set[str]:
    """Digests named by a live attachment."""
    stmt = select(_attachment.c.sha256).where(_attachment.c.deleted.is_(False),
                                              _attachment.c.sha256.is_not(None)).distinct()
    return {r[0] for r in conn.execute(stmt)}


def purge_unreferenced(conn: Connection) -> tuple[int, int]:
    """Remove content no live attachment names, and stray pieces without a `blob` row.

    Returns (contents removed, bytes freed). Content of a deleted attachment goes too:
    restoring that attachment later shows it as not received until a bundle brings it.
    """
    keep = referenced(conn)
    gone = [(sha, size) for sha, size in conn.execute(select(_blob.c.sha256, _blob.c.size))
            if sha not in keep]
    for sha, _size in gone:
        conn.execute(delete(_blob).where(_blob.c.sha256 == sha))
        _drop_pieces(conn, sha)
    stray = select(_chunk.c.sha256).where(_chunk.c.sha256.not_in(select(_blob.c.sha256)))
    conn.execute(delete(_chunk).where(_chunk.c.sha256.in_(stray)))
    return len(gone), sum(size for _sha, size in gone)


def _drop_pieces(conn: Connection, key: str) -> None:
    if not has(conn, key):
        conn.execute(delete(_chunk).where(_chunk.c.sha256 == key))


def _read_through(reader: BinaryIO, max_size: int) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    while piece := reader.read(CHUNK_SIZE):
        size += len(piece)
        if size > max_size:
            raise ContentTooLargeError(
                f"the file is larger than the limit of {human_size(max_size)}")
        digest.update(piece)
    return digest.hexdigest(), size
