"""Erasing a person's personal data, here and on every replica that syncs later.

The erasure is a version of its own (`_erased`), so it travels in bundles like any
edit; every replica that applies it blanks the record's personal fields in the row, in
every version of the change log, among versions held aside and in the search index
(`store/erasure.py`), and erases any later version of those fields as it arrives. The
record stays, as an anonymous stub, so whatever refers to it still resolves.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from iali_desktop.domain.errors import NotFoundError, ValidationError
from iali_desktop.domain.translation import _
from iali_desktop.store import erasure as erasure_store
from iali_desktop.store import records as record_store
from iali_desktop.store import search

from .records import WriteBatch
from .workspace import Workspace

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Erased:
    record_type: str
    row_id: str
    fields: tuple[str, ...]  # the personal fields blanked
    versions: int  # versions in the change log whose value was erased


def erasable(type_name: str) -> bool:
    return erasure_store.has_personal_fields(type_name)


def is_erased(ws: Workspace, type_name: str, row_id: str) -> bool:
    with ws.read() as tx:
        return erasure_store.is_erased(tx, type_name, row_id)


def erase(ws: Workspace, type_name: str, row_id: str) -> Erased:
    """Erase the record's personal data for good (deleted records too)."""
    fields = erasure_store.personal_fields(type_name)
    if not fields:
        raise ValidationError(_("a {type_name} record holds no personal data to erase",
                                type_name=type_name))
    with ws.write() as tx:
        if record_store.get_row(tx, type_name, row_id) is None:
            raise NotFoundError(_("no {type_name} with id {row_id}",
                                  type_name=type_name, row_id=row_id))
        batch = WriteBatch(tx)
        batch.writer.set_erased(type_name, row_id)
        batch.writer.flush()
        record_store.update_row(tx, type_name, row_id, dict.fromkeys(fields))
        versions = erasure_store.redact(tx, [(type_name, row_id)])
        search.index_rows(tx, type_name, [row_id])
        for other, dependents in search.title_dependents(tx, type_name, [row_id]).items():
            search.index_rows(tx, other, dependents)
        erasure_store.compact_search(tx)
    empty_wal(ws)
    log.info("erased the personal data of a %s record (%d versions)", type_name, versions)
    return Erased(type_name, row_id, tuple(fields), versions)


def empty_wal(ws: Workspace) -> bool:
    """Copy the WAL into the database file and truncate it to nothing, after a write that
    erased personal values: its frames still hold the pages as they were before, and
    SQLite only reuses them (it does not zero or shorten the file) until the last
    connection closes. The main file's freed space is zeroed by `secure_delete`. Waits
    for readers up to the busy timeout; returns False if one still held the WAL then (it
    is truncated by the next erasure or import that erases, or removed at close)."""
    done = erasure_store.truncate_wal(ws.db.engine)
    if not done:
        log.info("the write-ahead log could not be emptied yet (a reader holds it)")
    return done
