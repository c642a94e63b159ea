"""Files attached to records: add, list, read, copy out and remove.

An attachment is a replicated record (`attachment`) naming its owner record, the file's
name, media type, size and SHA-256 digest, who added it and when. Its content is kept in
the database by digest (`store/blobs.py`), written in the same transaction as the
record, so a crash leaves both or neither. Removing an attachment deletes its record (a
tombstone that syncs); the content stays until no live attachment names it and
maintenance purges it. An attachment received by sync whose content has not arrived yet
is listed with `present` False, and reading it raises ContentNotReceivedError.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import mimetypes
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from iali_desktop.domain.chunk_stream import ChunkStream
from iali_desktop.domain.errors import ContentNotReceivedError, NotFoundError, ValidationError
from iali_desktop.domain.ids import new_id
from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.domain.translation import _
from iali_desktop.store import blobs, faults
from iali_desktop.store import records as record_store

from .profile import load_profile
from .records import RecordService, WriteBatch
from .workspace import A_COPY_PLACE, A_FILE_TO_ATTACH, Workspace

Progress = Callable[[int, int, str], None]
TYPE = "attachment"
MAX_FILE_SIZE = 4 * 1000**3  # 4 GB: far above any paper; SQLite's own limit is much higher
_READ = 1 << 20


@dataclass(frozen=True)
class Attachment:
    id: str
    owner_type: str
    owner_id: str
    name: str
    media_type: str
    size: int
    sha256: str
    added_by: str
    added_at: str
    present: bool  # the content is held in this database


def attach(ws: Workspace, owner_type: str, owner_id: str, path: Path, *,
           name: str | None = None, progress: Progress | None = None) -> str:
    """Attach the file at `path` to a record; returns the new attachment's id.

    The file is read twice, never whole: once to learn its digest (outside any
    transaction), then into the database, checked against that digest, in the
    transaction that writes the record. A file that changes in between is refused.
    `progress(done, total, message)` hears about both passes (total: twice the size).
    """
    if owner_type == TYPE:
        raise ValidationError(_("an attachment cannot carry attachments"))
    path = Path(path).expanduser()
    RecordService(ws).get(owner_type, owner_id)  # before reading a large file for nothing
    ws.refuse_own_files(path, A_FILE_TO_ATTACH)
    if path.is_dir():
        raise ValidationError(_("{path} is a folder, not a file", path=path))
    shown = clean_name(name if name is not None else path.name)
    report = progress or (lambda _done, _total, _message: None)
    sha, size = _digest_of(path, report)
    added_by = user_name(ws)
    with _open_file(path) as opened, ws.write() as tx:
        reader = _Counting(opened, lambda done: report(size + done, 2 * size, shown))
        batch = WriteBatch(tx)
        batch.get(owner_type, owner_id)  # NotFoundError for an unknown or deleted record
        if not blobs.has(tx, sha):
            blobs.write_stream(tx, reader, sha, MAX_FILE_SIZE)  # type: ignore[arg-type]
        row_id = batch.create(TYPE, {
            "owner_type": owner_type, "owner_id": owner_id, "name": shown,
            "media_type": media_type_of(shown), "size": size, "sha256": sha,
            "added_by": added_by, "added_at": _now(),
        })
        batch.close()
        faults.reached("attach-before-commit")
    faults.reached("attach-after-commit")
    return row_id


def list_for(ws: Workspace, owner_type: str, owner_id: str) -> list[Attachment]:
    """The live attachments of a record, by name."""
    query = Query(filters=(Filter("owner_type", Op.EQ, owner_type),
                           Filter("owner_id", Op.EQ, owner_id)),
                  order=("name", "added_at"))
    with ws.read() as tx:
        rows = record_store.list_rows(tx, TYPE, query)
        present = blobs.held(tx, [r["sha256"] for r in rows if r["sha256"]])
    return [_attachment(r, present) for r in rows]


def get(ws: Workspace, attachment_id: str) -> Attachment:
    with ws.read() as tx:
        row = record_store.get_row(tx, TYPE, attachment_id)
        if row is None or row["deleted"]:
            raise NotFoundError(_("no attachment with id {attachment_id}",
                                  attachment_id=attachment_id))
        present = blobs.held(tx, [row["sha256"]] if row["sha256"] else [])
    return _attachment(row, present)


@contextmanager
def open_content(ws: Workspace, attachment_id: str) -> Iterator[BinaryIO]:
    """The attachment's content as a binary file object, read piece by piece from the
    database while the block runs. ContentNotReceivedError when it is not held here."""
    found = get(ws, attachment_id)
    if not found.present:
        raise ContentNotReceivedError(
            _("the file '{name}' has not been received yet (it comes with a colleague's bundle "
              "that carries files)", name=found.name))
    with ws.read() as tx:
        raw = ChunkStream(blobs.iter_chunks(tx, found.sha256))
        reader = io.BufferedReader(raw, buffer_size=_READ)
        try:
            yield reader
        finally:
            reader.close()


def save_copy(ws: Workspace, attachment_id: str, dest: Path) -> None:
    """Write the attachment's content to `dest`: under a temporary name in the same
    folder first, renamed over `dest` only once complete, so `dest` is never half
    written."""
    dest = Path(dest).expanduser()
    ws.refuse_own_files(dest, A_COPY_PLACE)
    if dest.is_dir():
        raise ValidationError(_("{dest} is a folder; give a file name to save the copy as",
                                dest=dest))
    if not dest.parent.is_dir():
        raise ValidationError(_("the folder {parent} does not exist", parent=dest.parent))
    temp = dest.with_name(f".{dest.name}.{new_id()[:8]}.part")
    try:
        with open_content(ws, attachment_id) as source, temp.open("xb") as out:
            while piece := source.read(_READ):
                out.write(piece)
            out.flush()
            os.fsync(out.fileno())
        temp.replace(dest)
    except OSError as exc:
        raise ValidationError(_("cannot write {dest}: {strerror}",
                                dest=dest, strerror=exc.strerror or exc)) from None
    finally:
        temp.unlink(missing_ok=True)


def remove(ws: Workspace, attachment_id: str) -> None:
    """Delete the attachment's record (a tombstone that syncs; undone by restore)."""
    RecordService(ws).delete(TYPE, attachment_id)


def restore(ws: Workspace, attachment_id: str) -> None:
    RecordService(ws).restore(TYPE, attachment_id)


def purge_unreferenced(ws: Workspace) -> tuple[int, int]:
    """Free the content no live attachment names: (contents removed, bytes freed)."""
    with ws.write() as tx:
        return blobs.purge_unreferenced(tx)


def clean_name(name: str) -> str:
    """A file name as shown and saved: its last path part, without control characters."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if ch.isprintable()).strip()
    if base in ("", ".", ".."):
        raise ValidationError(_("'{name}' is not a file name", name=name))
    return base


def media_type_of(name: str) -> str:
    guessed, _encoding = mimetypes.guess_type(name, strict=False)
    return guessed or "application/octet-stream"


def user_name(ws: Workspace) -> str:
    """Who is adding: the person record the profile names, else this replica's name."""
    profile = load_profile(ws)
    if profile is not None and profile.person:
        title = RecordService(ws).title("person", profile.person)
        if title:
            return title
    return ws.identity().name


def _attachment(row: dict[str, Any], present: set[str]) -> Attachment:
    return Attachment(
        id=row["id"], owner_type=row["owner_type"] or "", owner_id=row["owner_id"] or "",
        name=row["name"] or "", media_type=row["media_type"] or "",
        size=int(row["size"] or 0), sha256=row["sha256"] or "",
        added_by=row["added_by"] or "", added_at=row["added_at"] or "",
        present=bool(row["sha256"]) and row["sha256"] in present)


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


@contextmanager
def _open_file(path: Path) -> Iterator[BinaryIO]:
    if path.is_dir():
        raise ValidationError(_("{path} is a folder, not a file", path=path))
    try:
        with path.open("rb") as reader:
            yield reader
    except FileNotFoundError:
        raise ValidationError(_("no file at {path}", path=path)) from None
    except PermissionError:
        raise ValidationError(_("cannot read {path}: permission denied", path=path)) from None


def _digest_of(path: Path, report: Progress) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with _open_file(path) as reader:
        total = os.fstat(reader.fileno()).st_size
        while piece := reader.read(_READ):
            digest.update(piece)
            size += len(piece)
            report(size, 2 * max(total, size), path.name)
            if size > MAX_FILE_SIZE:
                raise blobs.ContentTooLargeError(f"{path.name} is larger than the limit of "
                                                 "4 GB for an attached file")
    return digest.hexdigest(), size


class _Counting:
    """A binary reader that says how many bytes were read so far."""

    def __init__(self, inner: BinaryIO, seen: Callable[[int], None]) -> None:
        self._inner = inner
        self._seen = seen
        self._done = 0

    def read(self, size: int = -1) -> bytes:
        piece = self._inner.read(size)
        self._done += len(piece)
        self._seen(self._done)
        return piece
