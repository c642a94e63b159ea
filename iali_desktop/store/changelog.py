"""Local writes into the change log: one version per field written, superseding the heads.

A `ChangeWriter` lives for one write transaction. It takes this replica's clock and
sequence once, stamps every field version, and stores the clocks back at the end, so a
rolled-back transaction also rolls back the clock and no sequence number is ever reused.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import cast

import orjson
from sqlalchemy import Connection, Table, and_, insert, select, tuple_, update

from iali_desktop.domain import erasure, hlc
from iali_desktop.domain.versions import DELETED_FIELD, ERASED_FIELD, Head, VersionId
from iali_desktop.store.models import Change, ChangeEdge, LocalState

CHANGE = cast(Table, Change.__table__)
EDGE = cast(Table, ChangeEdge.__table__)
STATE = cast(Table, LocalState.__table__)


def dumps(value: object) -> str:
    """Canonical JSON for field values (sorted keys, UTF-8, no spaces)."""
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode("utf-8")


def loads(text: str) -> object:
    """A stored value text as a value (None once erased: see domain/erasure.py)."""
    return erasure.value_of(text)


def heads(conn: Connection, record_type: str, row_id: str, field: str | None = None
          ) -> list[tuple[str, Head]]:
    """The current versions of a record's fields (of one field, if given)."""
    cond = [CHANGE.c.record_type == record_type, CHANGE.c.row_id == row_id,
            CHANGE.c.is_head.is_(True)]
    if field is not None:
        cond.append(CHANGE.c.field == field)
    rows = conn.execute(
        select(CHANGE.c.field, CHANGE.c.replica, CHANGE.c.seq, CHANGE.c.hlc, CHANGE.c.value,
               CHANGE.c.seen).where(and_(*cond))
    ).all()
    return [(r.field, Head(r.replica, r.seq, r.hlc, r.value, _seen(r.seen))) for r in rows]


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

    def set_field(self, record_type: str, row_id: str, field: str, value: object) -> None:
        current = [h for _f, h in heads(self.conn, record_type, row_id, field)]
        self._log(record_type, row_id, field, dumps(value), [h.vid for h in current], None)

    def set_fields(self, record_type: str, row_id: str, values: Sequence[tuple[str, object]],
                   *, new_record: bool = False) -> None:
        """As `set_field` for each (field, value) in order, in a few statements: one read
        of the record's heads (none for a record this transaction has just created under
        a fresh id, which can have none) and one insert of all the versions. The versions,
        stamps and edges are the same as field-by-field writes would make."""
        if not values:
            return
        current: dict[str, list[VersionId]] = {}
        if not new_record:
            for field, head in heads(self.conn, record_type, row_id):
                current.setdefault(field, []).append(head.vid)
        versions: list[dict[str, object]] = []
        edges: list[dict[str, object]] = []
        superseded: list[VersionId] = []
        for field, value in values:
            self._hlc = hlc.tick(self._hlc, self._now_ms)
            self._seq += 1
            versions.append({
                "replica": self.replica, "seq": self._seq, "hlc": self._hlc,
                "record_type": record_type, "row_id": row_id, "field": field,
                "value": dumps(value), "is_head": True, "seen": None})
            for r, s in current.pop(field, []):
                edges.append({"by_replica": self.replica, "by_seq": self._seq,
                              "sup_replica": r, "sup_seq": s})
                superseded.append((r, s))
            self.written += 1
        self.conn.execute(insert(CHANGE), versions)
        if edges:
            self.conn.execute(insert(EDGE), edges)
            self.conn.execute(update(CHANGE).where(
                tuple_(CHANGE.c.replica, CHANGE.c.seq).in_(superseded)
            ).values(is_head=False))

    def set_deleted(self, record_type: str, row_id: str, deleted: bool) -> None:
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

    def flush(self) -> None:
        self.conn.execute(update(STATE).where(STATE.c.id == 1)
                          .values(last_hlc=self._hlc, last_seq=self._seq))
