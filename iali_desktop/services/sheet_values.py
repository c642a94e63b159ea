"""Field values as spreadsheet cells, and spreadsheet cells back as field values.

A cell shows what a person reads on screen: a choice by its label, a reference by the
referenced record's title, a list as comma-separated items, a date as a date. Reading
accepts that and what people type: choices by code or label (any case), references by id
or title (a title two records share is refused, naming them: use the id), dates as ISO
text or as date cells (what openpyxl gives for Excel dates).

References to several records are written separated by "; ", because titles themselves
may hold commas (an organisation's name); a cell without ";" is split on commas.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from iali_desktop.domain.errors import ValidationError
from iali_desktop.domain.fields import FieldKind, FieldSpec
from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.domain.translation import _, field_label
from iali_desktop.domain.values import Value, check, parse_text

from .records import RecordService
from .spreadsheet_io import Cell

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_ISO_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[ T]00:00(?::00)?)?$")
REFS_SEPARATOR = "; "


def english_choice(value: str) -> str:
    """A choice code as English text ("in_progress" -> "In progress")."""
    return value.replace("_", " ").capitalize()


def _field_label(spec: FieldSpec) -> str:
    return spec.label


@dataclass(frozen=True)
class Labels:
    """How headers and choices read; the window passes its translated labels."""

    header: Callable[[FieldSpec], str] = _field_label
    choice: Callable[[str], str] = english_choice


DEFAULT_LABELS = Labels()


@dataclass
class RefTitles:
    """Titles of the records references point at, looked up once per target type."""

    service: RecordService
    _by_title: dict[tuple[str, str], dict[str, list[str]]] = field(default_factory=dict)

    def ids_titled(self, spec: FieldSpec, title: str) -> list[str]:
        key = (spec.target or "", spec.vocabulary or "")
        index = self._by_title.get(key)
        if index is None:
            index = self._index(*key)
            self._by_title[key] = index
        return index.get(_fold(title), [])

    def _index(self, target: str, vocabulary: str) -> dict[str, list[str]]:
        filters = (Filter("vocabulary", Op.EQ, vocabulary),) if vocabulary else ()
        ids = self.service.ids(target, Query(filters=filters))
        index: dict[str, list[str]] = {}
        for row_id, title in self.service.titles(target, ids).items():
            index.setdefault(_fold(title), []).append(row_id)
        return index


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


# -- export ------------------------------------------------------------------------------
def cell_of(spec: FieldSpec, value: Value, titles: dict[str, str], labels: Labels) -> Cell:
    """The cell a field's value is exported as."""
    if value is None or value == "" or value == []:
        return None
    kind = spec.kind
    if kind is FieldKind.DATE:
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            return str(value)
    if kind is FieldKind.BOOLEAN:
        return "yes" if value else "no"
    if kind is FieldKind.INTEGER:
        return value if isinstance(value, int) else str(value)
    if kind is FieldKind.CHOICE:
        return labels.choice(str(value))
    if kind is FieldKind.CHOICES and isinstance(value, list):
        return ", ".join(labels.choice(v) for v in value)
    if kind is FieldKind.REF:
        return titles.get(str(value), str(value))
    if kind is FieldKind.REFS and isinstance(value, list):
        return REFS_SEPARATOR.join(titles.get(v, v) for v in value)
    if isinstance(value, list):
        return ", ".join(value)
    return str(value)


# -- import ------------------------------------------------------------------------------
class CellReader:
    """Turns the cells of one record type's columns into checked field values."""

    def __init__(self, service: RecordService, labels: Labels = DEFAULT_LABELS) -> None:
        self.labels = labels
        self.titles = RefTitles(service)
        self._choices: dict[FieldSpec, dict[str, str]] = {}

    def value(self, spec: FieldSpec, cell: Cell) -> Value:
        """The value of a cell, or ValidationError naming the column and what is wrong."""
        if isinstance(cell, str):
            cell = cell.strip()
        if cell is None or cell == "":
            return None
        try:
            return self._value(spec, cell)
        except ValidationError as exc:
            text = str(exc)
            prefix = f"{spec.name}: "
            raise ValidationError(
                _("{label}: {problem}", label=field_label(spec.label),
                  problem=text.removeprefix(prefix))) from None

    def _value(self, spec: FieldSpec, cell: Cell) -> Value:
        kind = spec.kind
        if kind is FieldKind.DATE:
            return _date(spec, cell)
        if kind is FieldKind.BOOLEAN and isinstance(cell, bool):
            return cell
        if kind is FieldKind.INTEGER and isinstance(cell, int | float) \
                and not isinstance(cell, bool):
            if isinstance(cell, float) and not cell.is_integer():
                raise ValidationError(_("{cell} is not a whole number", cell=cell))
            return check(spec, int(cell))
        if kind is FieldKind.CHOICE:
            return self._choice(spec, _text(cell))
        if kind is FieldKind.CHOICES:
            return check(spec, [self._choice(spec, p) for p in _split(_text(cell), ",")])
        if kind is FieldKind.REF:
            return self._ref(spec, _text(cell))
        if kind is FieldKind.REFS:
            text = _text(cell)
            parts = _split(text, ";" if ";" in text else ",")
            return check(spec, [self._ref(spec, p) for p in parts])
        return parse_text(spec, _text(cell))

    def _choice(self, spec: FieldSpec, text: str) -> str:
        known = self._choices.get(spec)
        if known is None:
            known = {}
            for code in spec.choices:
                known[_fold(code)] = code
                known[_fold(english_choice(code))] = code
                known[_fold(self.labels.choice(code))] = code
            self._choices[spec] = known
        found = known.get(_fold(text))
        if found is None:
            shown = ", ".join(self.labels.choice(c) for c in spec.choices)
            raise ValidationError(_("'{text}' is not one of {shown}", text=text, shown=shown))
        return found

    def _ref(self, spec: FieldSpec, text: str) -> str:
        if _UUID.match(text):
            return text
        ids = self.titles.ids_titled(spec, text)
        target = (spec.target or "record").replace("_", " ")
        if not ids:
            raise ValidationError(_("no {target} called '{text}'", target=target, text=text))
        if len(ids) > 1:
            raise ValidationError(
                _("'{text}' names {count} {target} records (use the id: {ids})",
                  text=text, count=len(ids), target=target, ids=', '.join(sorted(ids)[:3])))
        return ids[0]


def _text(cell: Cell) -> str:
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat() if cell.time() == dt.time() else cell.isoformat()
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return str(cell).strip()


def _split(text: str, separator: str) -> Iterable[str]:
    return [p.strip() for p in text.split(separator) if p.strip()]


def _date(spec: FieldSpec, cell: Cell) -> str:
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat()
    if isinstance(cell, dt.date):
        return cell.isoformat()
    text = _text(cell)
    match = _ISO_DAY.match(text)
    if match is None:
        raise ValidationError(_("'{text}' is not a date (use YYYY-MM-DD)", text=text))
    return str(check(spec, match.group(1)))
