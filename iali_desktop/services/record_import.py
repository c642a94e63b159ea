"""Import records of one type from a spreadsheet: map columns, match, preview, write.

The preview and the import are the same code: every row is written through a
`WriteBatch` in one transaction, so the preview checks exactly what the import would
(values, references, required fields, record rules), and a preview (`write=False`) or an
import with any row in error is rolled back whole. Nothing is written unless every row
is fine: the person fixes the rows listed with their line numbers and imports again.
A written import is one transaction whose versions are in the change log like any edit,
so it syncs; `undo_import` takes it back in one batch (created records become tombstones,
updated fields get their previous values), `redo_import` writes it again.

Rows are matched to existing records by a key: the record id when the file has an ID
column (a file exported by the app), otherwise the fields given (such as `email`, or
`name+organisation`), compared without regard to case or spacing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from iali_desktop.domain.errors import NotFoundError, ValidationError
from iali_desktop.domain.fields import FieldSpec, RecordType
from iali_desktop.domain.translation import _
from iali_desktop.domain.values import Value, check

from .record_export import ID_HEADER
from .records import RecordService, WriteBatch, check_creatable, record_type
from .sheet_values import DEFAULT_LABELS, CellReader, Labels
from .spreadsheet_io import Progress, Sheet

ID = "id"
CREATE, UPDATE, UNCHANGED, ERROR = "create", "update", "unchanged", "error"
ColumnMap = dict[int, str]  # column index -> field name (or "id")


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def auto_map(rt: RecordType, headers: Sequence[str], labels: Labels = DEFAULT_LABELS) -> ColumnMap:
    """Columns whose header is a field's label (as shown, or in English) or its name."""
    names: dict[str, str] = {_fold(ID_HEADER): ID}
    for spec in rt.fields:
        for text in (spec.name, spec.label, labels.header(spec)):
            names.setdefault(_fold(text), spec.name)
    out: ColumnMap = {}
    for column, header in enumerate(headers):
        name = names.get(_fold(header))
        if name is not None and name not in out.values():
            out[column] = name
    return out


def parse_key(rt: RecordType, text: str) -> tuple[str, ...]:
    """`email` or `name+organisation` as field names, checked against the type."""
    key = tuple(p.strip() for p in text.replace(",", "+").split("+") if p.strip())
    for name in key:
        if name != ID and not rt.has_field(name):
            raise ValidationError(_("'{type}' has no field '{field}' to match on",
                                    type=rt.name, field=name))
    if not key:
        raise ValidationError(_("give the field(s) to match existing records on"))
    if ID in key and len(key) > 1:
        raise ValidationError(_("match on the id alone, or on other fields"))
    return key


def default_key(rt: RecordType, mapping: ColumnMap) -> tuple[str, ...]:
    """The id when it is mapped, else the type's title fields (a person's name)."""
    mapped = set(mapping.values())
    if ID in mapped:
        return (ID,)
    return rt.title_fields if set(rt.title_fields) <= mapped else ()


@dataclass
class RowPlan:
    """What one line of the file does: its number is the line a spreadsheet shows."""

    line: int
    action: str  # create, update, unchanged or error
    row_id: str | None = None
    changes: dict[str, tuple[Value, Value]] = field(default_factory=dict)  # old, new
    error: str = ""


@dataclass
class ImportPlan:
    type_name: str
    key: tuple[str, ...]
    rows: list[RowPlan]
    written: bool = False

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def errors(self) -> list[RowPlan]:
        return [r for r in self.rows if r.action == ERROR]

    def summary(self) -> str:
        parts = [_("{n} to create", n=self.count(CREATE)),
                 _("{n} to update", n=self.count(UPDATE)),
                 _("{n} unchanged", n=self.count(UNCHANGED))]
        if self.errors:
            parts.append(_("{n} with errors", n=len(self.errors)))
        return ", ".join(parts)

    def applied(self) -> AppliedImport:
        return AppliedImport(
            self.type_name,
            {r.row_id: {f: new for f, (_old, new) in r.changes.items()}
             for r in self.rows if r.action == CREATE and r.row_id},
            {r.row_id: dict(r.changes) for r in self.rows if r.action == UPDATE and r.row_id},
        )


@dataclass(frozen=True)
class AppliedImport:
    """What a written import did, enough to take it back and to write it again."""

    type_name: str
    created: dict[str, dict[str, Value]]  # id -> the values it was created with
    updated: dict[str, dict[str, tuple[Value, Value]]]  # id -> field -> (old, new)


class _RollBackError(Exception):
    """Leaves the import's transaction without committing anything."""


def plan_import(service: RecordService, type_name: str, sheet: Sheet, mapping: ColumnMap,
                key: Sequence[str] = (), *, write: bool = False, labels: Labels = DEFAULT_LABELS,
                progress: Progress | None = None) -> ImportPlan:
    """Preview (`write=False`) or perform the import of a sheet's rows; see the module.

    Returns the plan; `plan.written` says whether it was committed (never when any row
    has an error)."""
    rt = record_type(type_name)
    check_creatable(type_name)
    key = tuple(key) or default_key(rt, mapping)
    missing = [k for k in key if k not in mapping.values()]
    if missing:
        raise ValidationError(_("the key field '{field}' has no column in the file",
                                field=missing[0]))
    for name in mapping.values():
        if name != ID and not rt.has_field(name):
            raise ValidationError(_("'{type}' has no field '{field}'", type=rt.name, field=name))
    reader = CellReader(service, labels)
    total = len(sheet.rows)
    parsed: list[tuple[int, dict[str, Value] | str]] = []
    for done, (line, cells) in enumerate(sheet.rows):
        parsed.append((line, _row_values(rt, reader, mapping, cells)))
        if progress and done % 200 == 0:
            progress(done, total * 2, f"Reading row {done + 1:,} of {total:,}")
    plan = ImportPlan(type_name, key, [])
    try:
        with service.ws.write() as tx:
            batch = WriteBatch(tx)
            matcher = _Matcher(batch, rt, key)
            for done, (line, values) in enumerate(parsed):
                if isinstance(values, str):
                    plan.rows.append(RowPlan(line, ERROR, error=values))
                else:
                    plan.rows.append(_apply_row(batch, rt, matcher, line, values))
                if progress and done % 200 == 0:
                    progress(total + done, total * 2, f"Checking row {done + 1:,} of {total:,}")
            saving = write and not plan.errors
            if progress:
                progress(total * 2, total * 2, "Saving…" if saving else "Checked")
            if not saving:
                raise _RollBackError
            batch.close()
    except _RollBackError:
        return plan
    plan.written = True
    return plan


def _row_values(rt: RecordType, reader: CellReader, mapping: ColumnMap,
                cells: Sequence[Any]) -> dict[str, Value] | str:
    values: dict[str, Value] = {}
    errors: list[str] = []
    for column, name in mapping.items():
        cell = cells[column] if column < len(cells) else None
        if name == ID:
            text = str(cell).strip() if cell not in (None, "") else ""
            values[ID] = text or None
            continue
        try:
            values[name] = reader.value(rt.field(name), cell)
        except ValidationError as exc:
            errors.append(str(exc))
    return "; ".join(errors) if errors else values


class _Matcher:
    """Finds the existing record a row's key names, and refuses two rows with one key."""

    def __init__(self, batch: WriteBatch, rt: RecordType, key: tuple[str, ...]) -> None:
        self.batch = batch
        self.rt = rt
        self.key = key
        self.index: dict[tuple[Any, ...], list[str]] = {}
        self.seen: dict[tuple[Any, ...], int] = {}
        if key != (ID,):
            for row in batch.list(rt.name):
                self.index.setdefault(self._key_of(row), []).append(row["id"])

    def _key_of(self, values: Mapping[str, Any]) -> tuple[Any, ...]:
        out: list[Any] = []
        for name in self.key:
            value = values.get(name)
            if isinstance(value, str):
                value = _fold(value)
            elif isinstance(value, list):
                value = tuple(value)
            out.append(value)
        return tuple(out)

    def match(self, line: int, values: Mapping[str, Value]) -> str | None:
        """The id of the record the row updates, None to create one; ValidationError when
        the key is ambiguous or repeats an earlier row's."""
        if self.key == (ID,):
            row_id = values.get(ID)
            if row_id is None:
                return None
            self._once(line, (row_id,))
            self.batch.get(self.rt.name, str(row_id))  # NotFoundError when there is none
            return str(row_id)
        key = self._key_of(values)
        if all(v in (None, "", ()) for v in key):
            return None
        self._once(line, key)
        found = self.index.get(key, [])
        if len(found) > 1:
            raise ValidationError(
                _("matches {count} existing {plural} on {fields}",
                  count=len(found), plural=self.rt.plural.lower(), fields=' + '.join(self.key)))
        return found[0] if found else None

    def _once(self, line: int, key: tuple[Any, ...]) -> None:
        first = self.seen.setdefault(key, line)
        if first != line:
            raise ValidationError(_("same {fields} as row {first}",
                                    fields=' + '.join(self.key), first=first))


def _apply_row(batch: WriteBatch, rt: RecordType, matcher: _Matcher, line: int,
               values: dict[str, Value]) -> RowPlan:
    fields = {k: v for k, v in values.items() if k != ID}
    try:
        row_id = matcher.match(line, values)
        if row_id is None:
            given = {k: v for k, v in fields.items() if v is not None}
            new_id = batch.create(rt.name, given)
            return RowPlan(line, CREATE, new_id, {k: (None, v) for k, v in given.items()})
        current = batch.get(rt.name, row_id)
        changes = {}
        for name, value in fields.items():
            new = _canonical(rt.field(name), value)
            if name in matcher.key and isinstance(new, str) \
                    and _fold(new) == _fold(str(current.get(name) or "")):
                continue  # matched regardless of case: keep the record's own spelling
            if new != current.get(name):
                changes[name] = (current.get(name), new)
        if not changes:
            return RowPlan(line, UNCHANGED, row_id)
        batch.write(rt.name, row_id, {k: new for k, (_old, new) in changes.items()})
        return RowPlan(line, UPDATE, row_id, changes)
    except (ValidationError, NotFoundError) as exc:
        return RowPlan(line, ERROR, error=str(exc))


def _canonical(spec: FieldSpec, value: Value) -> Value:
    try:
        return check(spec, value)
    except ValidationError:
        return value  # the write reports it


# -- undo and redo -----------------------------------------------------------------------
def undo_import(service: RecordService, applied: AppliedImport) -> None:
    """Take a written import back in one transaction; refused (nothing written) when a
    record it wrote has changed since, so a later edit is never silently replaced."""
    with service.batch() as b:
        _require(b, applied, after=True)
        for row_id in applied.created:
            b.delete(applied.type_name, row_id)
        for row_id, changes in applied.updated.items():
            b.write(applied.type_name, row_id, {f: old for f, (old, _new) in changes.items()},
                    rules=False)


def redo_import(service: RecordService, applied: AppliedImport) -> None:
    """Write an undone import again, in one transaction."""
    with service.batch() as b:
        _require(b, applied, after=False)
        for row_id in applied.created:
            b.restore(applied.type_name, row_id)
        for row_id, changes in applied.updated.items():
            b.write(applied.type_name, row_id, {f: new for f, (_old, new) in changes.items()},
                    rules=False)


def _require(b: WriteBatch, applied: AppliedImport, *, after: bool) -> None:
    name = applied.type_name
    stale = ValidationError(
        _("the import was not undone: records it wrote have changed since") if after else
        _("the import was not redone: records it wrote have changed since"))
    live = b.live_rows(name, [*applied.created, *applied.updated])
    for row_id, values in applied.created.items():
        current = live.get(row_id)
        if (current is None) == after:  # undo needs them live, redo needs them deleted
            raise stale
        if current is not None and any(current.get(f) != v for f, v in values.items()):
            raise stale
    for row_id, changes in applied.updated.items():
        current = live.get(row_id)
        want = {f: (new if after else old) for f, (old, new) in changes.items()}
        if current is None or any(current.get(f) != v for f, v in want.items()):
            raise stale
