"""Local writes into the change log: one version per field written, superseding the heads.

A `ChangeWriter` lives for one write transaction. It takes this replica's clock and
sequence once, stamps every field version, and stores the clocks back at the end, so a
rolled-back transaction also rolls back the clock and no sequence number is ever reused.
The versions of records created under fresh ids (which supersede nothing) are kept and
inserted together, in one `executemany`, before anything reads the log and at `flush`:
a batch of 100,000 new records costs a few statements, not 100,000.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import orjson
from sqlalchemy import Connection, insert, select, tuple_, update

from iali_desktop.domain import erasure, hlc
from iali_desktop.domain.versions import DELETED_FIELD, ERASED_FIELD, Head, VersionId
from iali_desktop.store.models import Change, ChangeEdge, LocalState
from iali_desktop.store.records import bulk_insert, driver

CHANGE = Change.__table__
EDGE = ChangeEdge.__table__
STATE = LocalState.__table__


def dumps(value: object) -> str:
    """Canonical JSON for field values (sorted keys, UTF-8, no spaces)."""
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode("utf-8")


def loads(text: str) -> object:
    """A stored value text as a value (None once erased: see domain/erasure.py)."""
    return erasure.value_of(text)


_RECORD_HEADS = ("SELECT field, replica, seq, hlc, value, seen FROM change"
                 " WHERE record_type = ? AND row_id = ? AND is_head = 1")
_FIELD_HEADS = _RECORD_HEADS + " AND field = ?"
_EDGE_COLUMNS = ("by_replica", "by_seq", "sup_replica", "sup_seq")
_PENDING_COLUMNS = ("replica", "seq", "hlc", "record_type", "row_id", "field", "value",
                    "is_head", "seen")


def heads(conn: Connection, record_type: str, row_id: str, field: str | None = None
          ) -> list[tuple[str, Head]]:
    """The current versions of a record's fields (of one field, if given)."""
    # Straight to the driver, in the same transaction: a batch reads the heads of each
    # record it updates, and SQLAlchemy's work per call cost more than the query.
    cursor = driver(conn)
    if field is None:
        rows = cursor.execute(_RECORD_HEADS, (record_type, row_id)).fetchall()
    else:
        rows = cursor.execute(_FIELD_HEADS, (record_type, row_id, field)).fetchall()
    return [(f, Head(replica, seq, stamp, value, _seen(seen)))
            for f, replica, seq, stamp, value, seen in rows]


def _seen(text: str | None) -> tuple[VersionId, ...] | None:
    if text is None:
        return None
    return tuple((str(a), int(b)) for a, b in orjson.loads(text))


class ChangeWriter:
    """Stamps and logs this replica's field versions within one transaction."""

    def __init__(self, conn: Connection, now_ms: int | None = None) -> None:
        self.conn = conn
        state = conn.execute(select(STATE.c.replica_id, STATE.c.last_hlc, STATE.c.last_seq)
                             .where(STATE.c.id == 1)).one()
        self.replica: str = state.replica_id
        self._hlc: int = state.last_hlc
        self._seq: int = state.last_seq
        self._now_ms = now_ms
        self.written = 0
        # Versions not inserted yet, with their edges and the heads they supersede; the
        # records they belong to must be flushed before anything reads their heads.
        self._pending: list[tuple[object, ...]] = []
        self._pending_edges: list[tuple[str, int, str, int]] = []
        self._pending_superseded: list[VersionId] = []
        self._pending_records: set[tuple[str, str]] = set()

    def set_field(self, record_type: str, row_id: str, field: str, value: object) -> None:
        self.insert_pending()
        current = [h for _f, h in heads(self.conn, record_type, row_id, field)]
        self._log(record_type, row_id, field, dumps(value), [h.vid for h in current], None)

    def heads(self, record_type: str, row_id: str) -> list[tuple[str, Head]]:
        """The current versions of a record's fields, this writer's own included."""
        if (record_type, row_id) in self._pending_records:
            self.insert_pending()
        return heads(self.conn, record_type, row_id)

    def set_fields(self, record_type: str, row_id: str, values: Sequence[tuple[str, object]],
                   *, new_record: bool = False,
                   current_heads: Sequence[tuple[str, Head]] | None = None) -> None:
        """As `set_field` for each (field, value) in order: one read of the record's heads
        (none for a record this transaction has just created under a fresh id, which can
        have none, nor when the caller has just read them: `current_heads`), and the
        versions, edges and superseded heads written with the writer's other pending ones.
        The versions, stamps and edges are the same as field-by-field writes would make."""
        if not values:
            return
        current: dict[str, list[VersionId]] = {}
        if not new_record:
            found = current_heads if current_heads is not None \
                else self.heads(record_type, row_id)
            for field, head in found:
                current.setdefault(field, []).append(head.vid)
        for field, value in values:
            self._hlc = hlc.tick(self._hlc, self._now_ms)
            self._seq += 1
            self._pending.append((self.replica, self._seq, self._hlc, record_type, row_id,
                                  field, dumps(value), True, None))
            for r, s in current.pop(field, []):
                self._pending_edges.append((self.replica, self._seq, r, s))
                self._pending_superseded.append((r, s))
            self.written += 1
        self._pending_records.add((record_type, row_id))

    def set_deleted(self, record_type: str, row_id: str, deleted: bool) -> None:
        self.insert_pending()
        all_heads = heads(self.conn, record_type, row_id)
        supersedes = [h.vid for f, h in all_heads if f == DELETED_FIELD]
        seen = sorted(h.vid for f, h in all_heads if f != DELETED_FIELD) if deleted else None
        self._log(record_type, row_id, DELETED_FIELD, dumps(deleted), supersedes, seen)

    def set_erased(self, record_type: str, row_id: str) -> None:
        """Log an erasure of the record's personal data (see store/erasure.py)."""
        supersedes = [h.vid for _f, h in heads(self.conn, record_type, row_id, ERASED_FIELD)]
        self._log(record_type, row_id, ERASED_FIELD, dumps(True), supersedes, None)

    def _log(self, record_type: str, row_id: str, field: str, value: str,
             supersedes: Sequence[VersionId], seen: Iterable[VersionId] | None) -> None:
        self._hlc = hlc.tick(self._hlc, self._now_ms)
        self._seq += 1
        self.conn.execute(insert(CHANGE).values(
            replica=self.replica, seq=self._seq, hlc=self._hlc, record_type=record_type,
            row_id=row_id, field=field, value=value, is_head=True,
            seen=None if seen is None else dumps([list(v) for v in seen]),
        ))
        if supersedes:
            self.conn.execute(insert(EDGE), [
                {"by_replica": self.replica, "by_seq": self._seq, "sup_replica": r,
                 "sup_seq": s} for r, s in supersedes
            ])
            self.conn.execute(update(CHANGE).where(
                tuple_(CHANGE.c.replica, CHANGE.c.seq).in_(list(supersedes))
            ).values(is_head=False))
        self.written += 1

    def insert_pending(self) -> None:
        """Write the pending versions, edges and superseded heads (before the log is read,
        and at the end)."""
        if self._pending:
            bulk_insert(self.conn, CHANGE, _PENDING_COLUMNS, self._pending)
            self._pending = []
        if self._pending_edges:
            bulk_insert(self.conn, EDGE, _EDGE_COLUMNS, self._pending_edges)
            self._pending_edges = []
        if self._pending_superseded:
            self.conn.exec_driver_sql(
                "UPDATE change SET is_head = 0 WHERE replica = ? AND seq = ?",
                self._pending_superseded)
            self._pending_superseded = []
        self._pending_records.clear()

    def flush(self) -> None:
        self.insert_pending()
        self.conn.execute(update(STATE).where(STATE.c.id == 1)
                          .values(last_hlc=self._hlc, last_seq=self._seq))
