"""Open conflicts for people: grouped by record, each field's competing values with who
and when, and resolving them by keeping one value or writing a new one.

A resolution is an ordinary local write that supersedes every competing version, so it
travels in the next bundle and closes the same conflict on every replica.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from iali_desktop.domain import hlc
from iali_desktop.domain.errors import NotFoundError, ValidationError
from iali_desktop.domain.translation import _, field_label, type_label
from iali_desktop.domain.values import check, display
from iali_desktop.domain.versions import DELETED_FIELD, Head, VersionId
from iali_desktop.store import conflicts as conflict_store
from iali_desktop.store import merge, search
from iali_desktop.store import peers as peer_store
from iali_desktop.store import records as record_store
from iali_desktop.store import replica as replica_store
from iali_desktop.store.catalog import record_type
from iali_desktop.store.changelog import loads

from .records import WriteBatch
from .seed_origins import origins
from .workspace import Workspace

ConflictKey = tuple[str, str, str]  # (record type, row id, field)
UNSET: Any = object()  # `resolve` was given no new value (None is a value: it clears)


@dataclass(frozen=True)
class ConflictValue:
    """One competing version of a field."""

    version: str  # "replica:seq", what `resolve(keep=...)` takes
    replica_id: str
    replica_name: str
    field: str  # for a delete that missed an edit: the edited field, or "_deleted"
    value: Any
    text: str  # the value as plain text
    when: str  # ISO time (UTC) of its clock stamp
    winner: bool  # the one shown now, the same on every replica


@dataclass(frozen=True)
class Conflict:
    id: str  # "record_type:row_id:field", what `resolve` takes
    record_type: str
    row_id: str
    field: str  # "_deleted" for a deleted-while-edited record or concurrent deletes
    label: str  # the field's label, or "Deleted while edited"
    values: tuple[ConflictValue, ...]


@dataclass(frozen=True)
class RecordConflicts:
    record_type: str
    record_label: str
    row_id: str
    title: str
    fields: tuple[Conflict, ...]


def parse_version(text: str) -> VersionId:
    replica, sep, seq = text.rpartition(":")
    if not sep or not seq.isdigit():
        raise ValidationError(_("'{text}' is not a version (REPLICA:SEQ, as 'conflicts' shows)",
                                text=text))
    return (replica, int(seq))


def _when(stamp: int) -> str:
    return dt.datetime.fromtimestamp(hlc.physical_ms(stamp) / 1000, dt.UTC).isoformat(
        timespec="seconds")


class ConflictService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def _names(self) -> dict[str, str]:
        with self.ws.read() as tx:
            names = {p.replica_id: p.name for p in peer_store.all_peers(tx)}
            state = replica_store.load(tx)
        names.update({o.replica_id: _("seed data") for o in origins()})
        if state is not None:
            names[state.replica_id] = _("{name} (this database)", name=state.name)
        return names

    def conflict_count(self) -> int:
        with self.ws.read() as tx:
            return len(conflict_store.open_conflicts(tx))

    def conflicts(self) -> list[RecordConflicts]:
        """Every open conflict, grouped by record, in a stable order."""
        names = self._names()
        with self.ws.read() as tx:
            found = conflict_store.open_conflicts(tx)
            grouped: dict[tuple[str, str], list[Conflict]] = {}
            for c in found:
                grouped.setdefault((c.record_type, c.row_id), []).append(self._conflict(c, names))
            titles: dict[tuple[str, str], str] = {}
            for t, r in grouped:
                titles[(t, r)] = record_store.titles(tx, t, [r]).get(r, "")
        return [RecordConflicts(t, type_label(record_type(t).label), r, titles[(t, r)],
                                tuple(fields))
                for (t, r), fields in grouped.items()]

    def of_record(self, type_name: str, row_id: str) -> list[Conflict]:
        """The open conflicts on one record's fields (for marking them on its form)."""
        with self.ws.read() as tx:
            found = conflict_store.open_conflicts(tx, (type_name, row_id))
        if not found:
            return []
        names = self._names()
        return [self._conflict(c, names) for c in found]

    def _conflict(self, c: conflict_store.OpenConflict, names: Mapping[str, str]) -> Conflict:
        rt = record_type(c.record_type)
        top = max(c.heads, key=lambda h: (h.hlc, h.replica))

        def value_of(field: str, h: Head, winner: bool) -> ConflictValue:
            value = loads(h.value)
            if field == DELETED_FIELD:
                text = _("deleted") if value is True else _("kept (not deleted)")
            else:
                text = display(rt.field(field), check(rt.field(field), value))
            return ConflictValue(f"{h.replica}:{h.seq}", h.replica,
                                 names.get(h.replica, h.replica[:8]), field, value, text,
                                 _when(h.hlc), winner)

        values = [value_of(c.field, h, h == top) for h in c.heads]
        values += [value_of(f, h, False) for f, h in c.missed]
        if c.field == DELETED_FIELD:
            label = _("Deleted while edited") if c.missed else _("Deleted or kept")
        else:
            label = field_label(rt.field(c.field).label)
        return Conflict(f"{c.record_type}:{c.row_id}:{c.field}", c.record_type, c.row_id,
                        c.field, label, tuple(values))

    def find(self, conflict: str | ConflictKey) -> Conflict:
        key = tuple(conflict.split(":")) if isinstance(conflict, str) else conflict
        for group in self.conflicts():
            for c in group.fields:
                if (c.record_type, c.row_id, c.field) == key:
                    return c
        raise NotFoundError(_("no open conflict '{conflict}' (see 'conflicts')", conflict=conflict))

    def resolve(self, conflict: str | ConflictKey, *, keep: str | VersionId | None = None,
                value: Any = UNSET, write_value: bool = False) -> None:
        """Close a conflict by keeping one competing version (`keep="replica:seq"` or a
        `(replica, seq)` tuple) or by writing a new value (`value=...`, None clears the
        field; for a delete conflict, True deletes the record and False keeps it).
        `write_value=True` says the same as passing `value` (it makes `value=None` explicit
        for callers that build the call generically)."""
        if write_value and value is UNSET:
            value = None
        c = self.find(conflict)
        if (keep is None) == (value is UNSET):
            raise ValidationError(_("resolve takes either a version to keep or a new value"))
        if keep is not None:
            vid = parse_version(keep) if isinstance(keep, str) else keep
            chosen = [v for v in c.values if (v.replica_id, int(v.version.rsplit(":", 1)[1]))
                      == vid]
            if not chosen:
                raise ValidationError(_("{keep} is not one of the versions of {id}",
                                        keep=keep, id=c.id))
            pick = chosen[0]
            if c.field == DELETED_FIELD:
                new_value: Any = pick.field == DELETED_FIELD and pick.value is True
            else:
                new_value = pick.value
        else:
            new_value = value
        with self.ws.write() as tx:
            batch = WriteBatch(tx)
            if c.field == DELETED_FIELD:
                if not isinstance(new_value, bool):
                    raise ValidationError(_("a delete conflict is resolved with true (delete) or "
                                            "false (keep the record)"))
                batch.writer.set_deleted(c.record_type, c.row_id, new_value)
                batch.close()
                merge.refresh_rows(tx, [(c.record_type, c.row_id)])
                search.index_rows(tx, c.record_type, [c.row_id])
            else:
                # Keeping a received version is not refused by the record rules (sync
                # never refuses a value); a new value is a local write like any other.
                batch.write(c.record_type, c.row_id, {c.field: new_value},
                            rules=keep is None)
                batch.close()
