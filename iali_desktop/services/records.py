"""Create, edit, delete and read records of any type, validated, logged and indexed."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from iali_desktop.domain.agenda import creation_defaults
from iali_desktop.domain.errors import NotFoundError, ValidationError
from iali_desktop.domain.fields import FieldKind, RecordType
from iali_desktop.domain.ids import new_id
from iali_desktop.domain.query import Query
from iali_desktop.domain.record_rules import check_record
from iali_desktop.domain.translation import N_, _, type_label
from iali_desktop.domain.values import Value, check
from iali_desktop.domain.versions import Head, in_conflict
from iali_desktop.store import catalog, search
from iali_desktop.store import erasure as erasure_store
from iali_desktop.store import records as store
from iali_desktop.store.changelog import ChangeWriter
from iali_desktop.store.database import Tx

from .workspace import Workspace

Record = dict[str, Any]

# Types whose records describe something held apart from them (a file's content): they
# are created by their own service only, never typed in or imported as rows.
FROM_FILES_ONLY = {
    "attachment": N_("attachments are added from a file (the Attachments panel of a record, "
                     "or 'attach add TYPE ID FILE')"),
}


def check_creatable(type_name: str) -> None:
    """Refuse creating records of a type only its own service creates."""
    if type_name in FROM_FILES_ONLY:
        raise ValidationError(_(FROM_FILES_ONLY[type_name]))


@dataclass(frozen=True)
class Written:
    """What an update did: fields whose value changed, and fields whose open conflict it
    closed (a conflicted field written with the shown value changes nothing on screen, but
    supersedes every competing version)."""

    changed: list[str]
    resolved: list[str]


def record_types() -> dict[str, RecordType]:
    return catalog.record_types()


def record_type(name: str) -> RecordType:
    return catalog.record_type(name)


class WriteBatch:
    """Several writes in one transaction (one undo step, one import, a seed or demo set).

    Each write is checked as it is made (so an import or a preview reports the row that
    fails), but records created under fresh ids are inserted together, with their
    versions, before anything in the batch reads the tables and when it closes; the
    references a batch has found live are remembered rather than looked up again; and the
    search index is written once, at `close`. The rows, versions, stamps and index are the
    same as writing the records one by one.
    """

    def __init__(self, tx: Tx) -> None:
        self.tx = tx
        self.writer = ChangeWriter(tx)
        self._touched: dict[str, set[str]] = {}
        self._fresh: set[str] = set()  # created here under new ids: nothing to un-index
        self._pending: dict[str, list[dict[str, Any]]] = {}  # new rows not inserted yet
        self._pending_updates: dict[tuple[str, tuple[str, ...]], list[tuple[Any, ...]]] = {}
        self._pending_ids: set[tuple[str, str]] = set()  # records with writes not done yet
        self._live_refs: dict[str, set[str]] = {}  # ids found live, per record type
        self._vocabularies: dict[str, str | None] = {}  # term id -> its list

    def create(self, type_name: str, values: Mapping[str, Any], row_id: str | None = None
               ) -> str:
        rt = record_type(type_name)
        clean = self._validate(rt, {**values, **creation_defaults(type_name, values)},
                               creating=True)
        check_record(rt, clean, set(clean))
        fresh = row_id is None  # a new id has no versions yet: no heads to look up
        if not fresh:
            self.insert_pending()
            assert row_id is not None
            if store.get_row(self.tx, type_name, row_id) is not None:
                raise ValidationError(_("a record with id {row_id} exists already", row_id=row_id))
            store.insert_row(self.tx, type_name, row_id, clean)
        else:
            row_id = new_id()
            self._pending.setdefault(type_name, []).append({"id": row_id, **clean})
            self._pending_ids.add((type_name, row_id))
            self._fresh.add(row_id)
        self.writer.set_fields(type_name, row_id,
                               [(n, v) for n, v in clean.items() if v is not None],
                               new_record=fresh)
        self._touch(type_name, row_id)
        self._live_refs.setdefault(type_name, set()).add(row_id)
        return row_id

    def update(self, type_name: str, row_id: str, values: Mapping[str, Any]) -> list[str]:
        """Write the given fields; returns the names of fields whose value changed."""
        return self.write(type_name, row_id, values).changed

    def write(self, type_name: str, row_id: str, values: Mapping[str, Any], *,
              rules: bool = True) -> Written:
        """Write the given fields, checking the record rules (`domain/record_rules.py`)
        unless `rules` is False (keeping a version that sync brought, which was never
        refused either).

        A field with an open conflict is rewritten even when the value equals the displayed
        winner: writing it is how the conflict gets resolved.
        """
        rt = record_type(type_name)
        current = self._live(type_name, row_id)
        clean = self._validate(rt, values, creating=False, current=current)
        if any(rt.field(n).personal for n in clean) and \
                erasure_store.is_erased(self.tx, type_name, row_id):
            raise ValidationError(_("the personal data of this {label} was erased; it cannot be "
                                    "written again (create a new record instead)",
                                    label=type_label(rt.label).lower()))
        if rules:
            check_record(rt, {**current, **clean}, set(clean))
        changed = [n for n, v in clean.items() if v != current.get(n)]
        heads = self.writer.heads(type_name, row_id)
        resolved = sorted(_conflicted(heads, set(clean)))
        rewrite = sorted(set(changed) | set(resolved))
        if not rewrite:
            return Written([], [])
        self._pending_updates.setdefault((type_name, tuple(rewrite)), []).append(
            (*(clean[n] for n in rewrite), row_id))
        self._pending_ids.add((type_name, row_id))
        self.writer.set_fields(type_name, row_id, [(n, clean[n]) for n in rewrite],
                               current_heads=heads)
        self._vocabularies.pop(row_id, None)  # a list entry moved to another list
        self._touch(type_name, row_id)
        return Written(changed, resolved)

    def delete(self, type_name: str, row_id: str) -> None:
        self._live(type_name, row_id)
        self.writer.set_deleted(type_name, row_id, True)
        store.update_row(self.tx, type_name, row_id, {"deleted": True})
        self._touch(type_name, row_id)
        self._live_refs.get(type_name, set()).discard(row_id)

    def restore(self, type_name: str, row_id: str) -> None:
        self.insert_pending()
        row = store.get_row(self.tx, type_name, row_id)
        if row is None:
            raise NotFoundError(_("no {type_name} with id {row_id}",
                                  type_name=type_name, row_id=row_id))
        if not row["deleted"]:
            return
        self.writer.set_deleted(type_name, row_id, False)
        store.update_row(self.tx, type_name, row_id, {"deleted": False})
        self._touch(type_name, row_id)

    def get(self, type_name: str, row_id: str) -> Record:
        """Read within this transaction (sees this batch's own writes)."""
        return self._live(type_name, row_id)

    def list(self, type_name: str, query: Query = Query()) -> list[Record]:
        record_type(type_name)
        self.insert_pending()
        return store.list_rows(self.tx, type_name, query)

    def live_rows(self, type_name: str, ids: Iterable[str]) -> dict[str, Record]:
        """The live ones of these records, read in a few statements (an import's undo)."""
        self.insert_pending()
        rows = store.get_rows(self.tx, type_name, ids)
        return {i: r for i, r in rows.items() if not r["deleted"]}

    def insert_pending(self) -> None:
        """Insert the records created so far and their versions (done before every read
        of the batch's own, so reads see every write made before them)."""
        for type_name, rows in self._pending.items():
            store.insert_rows(self.tx, type_name, rows)
        self._pending = {}
        for (type_name, columns), updates in self._pending_updates.items():
            store.update_rows(self.tx, type_name, columns, updates)
        self._pending_updates = {}
        self._pending_ids.clear()
        self.writer.insert_pending()

    def close(self) -> None:
        self.insert_pending()
        self.writer.flush()
        # Each record once: the written ones and those whose title is made from them (a
        # member's from its organisation's name). Records created here have no entries to
        # delete, and nobody outside this batch refers to them yet.
        targets = {t: set(ids) for t, ids in self._touched.items()}
        for type_name, ids in self._touched.items():
            old = [i for i in ids if i not in self._fresh]
            for other, dependents in search.title_dependents(self.tx, type_name, old).items():
                targets.setdefault(other, set()).update(dependents)
        for type_name, ids in targets.items():
            search.index_rows(self.tx, type_name, ids,
                              indexed=[i for i in ids if i not in self._fresh])

    def _touch(self, type_name: str, row_id: str) -> None:
        self._touched.setdefault(type_name, set()).add(row_id)

    def _live(self, type_name: str, row_id: str) -> Record:
        if (type_name, row_id) in self._pending_ids:
            self.insert_pending()
        row = store.get_row(self.tx, type_name, row_id)
        if row is None or row["deleted"]:
            raise NotFoundError(_("no {type_name} with id {row_id}",
                                  type_name=type_name, row_id=row_id))
        return row

    def _validate(self, rt: RecordType, values: Mapping[str, Any], *, creating: bool,
                  current: Mapping[str, Any] | None = None) -> dict[str, Value]:
        clean: dict[str, Value] = {}
        for name, value in values.items():
            if not rt.has_field(name):
                raise ValidationError(
                    _("'{type}' has no field '{field}' (fields: {fields})",
                      type=rt.name, field=name, fields=', '.join(f.name for f in rt.fields)))
            spec = rt.field(name)
            clean[name] = check(spec, value)
            if spec.is_ref and clean[name]:
                self._check_refs(rt.name, name, clean[name])
        merged = {**(current or {}), **clean}
        for spec in rt.fields:
            missing = merged.get(spec.name) in (None, "", [])
            if spec.required and missing and (creating or spec.name in clean):
                raise ValidationError(_("{name} is required for {label}",
                                        name=spec.name, label=type_label(rt.label).lower()))
        return clean

    def _check_refs(self, type_name: str, field: str, value: Value) -> None:
        spec = record_type(type_name).field(field)
        ids = value if isinstance(value, list) else [str(value)]
        target = spec.target or ""
        known = self._live_refs.setdefault(target, set())
        unknown = [i for i in ids if i not in known]
        if unknown:
            self.insert_pending()
            known.update(store.existing_ids(self.tx, target, unknown))
        missing = [i for i in ids if i not in known]
        if missing:
            raise ValidationError(_("{field}: no {target} with id {id}",
                                    field=field, target=target, id=missing[0]))
        if spec.vocabulary:
            unread = [i for i in ids if i not in self._vocabularies]
            if unread:
                self.insert_pending()
                rows = store.get_rows(self.tx, target, unread)
                self._vocabularies.update({i: r.get("vocabulary") for i, r in rows.items()})
            wrong = [i for i in ids if self._vocabularies.get(i) != spec.vocabulary]
            if wrong:
                raise ValidationError(
                    _("{field}: {value} is not an entry of the list {vocabulary}",
                      field=field, value=wrong[0], vocabulary=spec.vocabulary))


def _conflicted(heads: Iterable[tuple[str, Head]], fields: set[str]) -> set[str]:
    """Which of these fields hold an open conflict (several heads, different values)."""
    values: dict[str, list[str]] = {}
    for field, head in heads:
        values.setdefault(field, []).append(head.value)
    return {f for f in fields if in_conflict(values.get(f, ()))}


class RecordService:
    """The one entry point for record reads and writes, used by the CLI and the GUI."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    @contextmanager
    def batch(self) -> Iterator[WriteBatch]:
        with self.ws.write() as tx:
            batch = WriteBatch(tx)
            yield batch
            batch.close()

    def create(self, type_name: str, values: Mapping[str, Any]) -> str:
        check_creatable(type_name)
        with self.batch() as b:
            return b.create(type_name, values)

    def update(self, type_name: str, row_id: str, values: Mapping[str, Any]) -> list[str]:
        with self.batch() as b:
            return b.update(type_name, row_id, values)

    def write(self, type_name: str, row_id: str, values: Mapping[str, Any]) -> Written:
        """As `update`, also saying which open conflicts the write closed."""
        with self.batch() as b:
            return b.write(type_name, row_id, values)

    def delete(self, type_name: str, row_id: str) -> None:
        with self.batch() as b:
            b.delete(type_name, row_id)

    def restore(self, type_name: str, row_id: str) -> None:
        with self.batch() as b:
            b.restore(type_name, row_id)

    def get(self, type_name: str, row_id: str) -> Record:
        record_type(type_name)
        with self.ws.read() as tx:
            row = store.get_row(tx, type_name, row_id)
        if row is None or row["deleted"]:
            raise NotFoundError(_("no {type_name} with id {row_id}",
                                  type_name=type_name, row_id=row_id))
        return row

    def find(self, row_id: str) -> tuple[str, Record]:
        """A record of any type by its id."""
        with self.ws.read() as tx:
            owner = store.find_owner(tx, row_id)
        if owner is None:
            raise NotFoundError(_("no record with id {row_id}", row_id=row_id))
        return owner, self.get(owner, row_id)

    def list(self, type_name: str, query: Query = Query()) -> list[Record]:
        record_type(type_name)
        with self.ws.read() as tx:
            return store.list_rows(tx, type_name, query)

    def count(self, type_name: str, query: Query = Query()) -> int:
        with self.ws.read() as tx:
            return store.count_rows(tx, type_name, query)

    def group_totals(self, type_name: str, by: builtins.list[str], summed: str,
                     query: Query = Query()) -> builtins.list[tuple[Any, ...]]:
        """(values of `by`..., count, sum of `summed`) per group of the records a query
        selects: a summary of many records read as a few rows."""
        rt = record_type(type_name)
        for name in [*by, summed]:
            if not rt.has_field(name):
                raise ValidationError(_("'{type_name}' has no field '{name}'",
                                        type_name=type_name, name=name))
        with self.ws.read() as tx:
            return store.group_totals(tx, type_name, by, summed, query)

    def ids(self, type_name: str, query: Query = Query()) -> builtins.list[str]:
        with self.ws.read() as tx:
            return store.list_ids(tx, type_name, query)

    def rows(self, type_name: str, ids: builtins.list[str]) -> dict[str, Record]:
        with self.ws.read() as tx:
            return store.get_rows(tx, type_name, ids)

    def titles(self, type_name: str, ids: builtins.list[str]) -> dict[str, str]:
        with self.ws.read() as tx:
            return store.titles(tx, type_name, ids)

    def title(self, type_name: str, row_id: str) -> str:
        return self.titles(type_name, [row_id]).get(row_id, "")

    def referencing(self, type_name: str, row_id: str) -> dict[str, builtins.list[str]]:
        with self.ws.read() as tx:
            return store.referencing(tx, type_name, row_id)

    def counts(self) -> dict[str, int]:
        with self.ws.read() as tx:
            return store.counts(tx)

    def ref_titles(self, type_name: str, record: Mapping[str, Any]) -> dict[str, str]:
        """Titles of every record a record points at, keyed by id (for display)."""
        rt = record_type(type_name)
        wanted: dict[str, builtins.list[str]] = {}
        for spec in rt.fields:
            value = record.get(spec.name)
            if not value or spec.kind not in (FieldKind.REF, FieldKind.REFS):
                continue
            ids = value if isinstance(value, list) else [value]
            wanted.setdefault(spec.target or "", []).extend(ids)
        out: dict[str, str] = {}
        with self.ws.read() as tx:
            for target, ids in wanted.items():
                out.update(store.titles(tx, target, ids))
        return out


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


def vocabulary_terms(service: RecordService, vocabulary: str) -> list[Choice]:
    from iali_desktop.domain.query import Filter, Op

    rows = service.list("term", Query(filters=(Filter("vocabulary", Op.EQ, vocabulary),)))
    return [Choice(r["id"], r["name"] or "") for r in rows]
