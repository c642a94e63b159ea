"""Field values: parsing what a person typed, and checking what arrived from anywhere.

Values are plain JSON types: str, int, bool, None and lists of str. Dates are ISO
strings, decimals canonical strings, so that every replica stores identical bytes.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from iali_desktop.domain.errors import ValidationError
from iali_desktop.domain.fields import FieldKind, FieldSpec
from iali_desktop.domain.translation import _

Value = str | int | bool | list[str] | None

MAX_TEXT = 20_000
MAX_LONGTEXT = 200_000
MAX_LIST = 500
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TRUE = {"true", "yes", "y", "1", "on", "oui", "si", "sí"}
_FALSE = {"false", "no", "n", "0", "off", "non"}
# The kinds as module constants: reading `FieldKind.X` costs a class-attribute lookup
# through the enum's metaclass (about 0.3 µs on Python 3.11), and `check` runs once per
# value of every imported change.
_K_TEXT, _K_LONGTEXT, _K_URL, _K_EMAIL = (
    FieldKind.TEXT, FieldKind.LONGTEXT, FieldKind.URL, FieldKind.EMAIL)
_K_INTEGER, _K_DECIMAL, _K_DATE, _K_BOOLEAN = (
    FieldKind.INTEGER, FieldKind.DECIMAL, FieldKind.DATE, FieldKind.BOOLEAN)
_K_CHOICE, _K_CHOICES, _K_REF, _K_REFS = (
    FieldKind.CHOICE, FieldKind.CHOICES, FieldKind.REF, FieldKind.REFS)
_TEXT_KINDS = frozenset({_K_TEXT, _K_LONGTEXT, _K_URL, _K_EMAIL})
_LIST_KINDS = frozenset({_K_CHOICES, _K_REFS, FieldKind.STRINGS})


def _fail(spec: FieldSpec, why: str) -> ValidationError:
    return ValidationError(_("{name}: {why}", name=spec.name, why=why))


def parse_text(spec: FieldSpec, raw: str) -> Value:
    """Turn what a person typed (CLI `FIELD=VALUE`, a form) into a value; '' clears."""
    raw = raw.strip()
    if raw == "":
        return None
    kind = spec.kind
    if kind in (FieldKind.CHOICES, FieldKind.REFS, FieldKind.STRINGS):
        items = [part.strip() for part in raw.split(",") if part.strip()]
        return check(spec, items)
    if kind is FieldKind.INTEGER:
        try:
            return check(spec, int(raw))
        except ValueError:
            raise _fail(spec, _("'{raw}' is not a whole number", raw=raw)) from None
    if kind is FieldKind.BOOLEAN:
        low = raw.lower()
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
        raise _fail(spec, _("'{raw}' is not yes or no", raw=raw))
    return check(spec, raw)


def check(spec: FieldSpec, value: Any) -> Value:
    """Validate a value of any origin against its field; return it in canonical form."""
    if value is None:
        return None
    kind = spec.kind
    if kind in _TEXT_KINDS:
        if not isinstance(value, str):
            raise _fail(spec, _("must be text"))
        limit = MAX_LONGTEXT if kind is _K_LONGTEXT else MAX_TEXT
        if len(value) > limit:
            raise _fail(spec, _("is longer than {limit} characters", limit=limit))
        if "\x00" in value:
            raise _fail(spec, _("contains a NUL character"))
        if kind is _K_EMAIL and value and not _EMAIL.match(value):
            raise _fail(spec, _("'{value}' is not an email address", value=value))
        if kind is _K_URL and value and not value.startswith(("http://", "https://")):
            raise _fail(spec, _("'{value}' is not a web address (http:// or https://)",
                                value=value))
        return value if value != "" else None
    if kind is _K_INTEGER:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _fail(spec, _("must be a whole number"))
        if spec.minimum is not None and value < spec.minimum:
            raise _fail(spec, _("{value} is below {minimum}", value=value, minimum=spec.minimum))
        if spec.maximum is not None and value > spec.maximum:
            raise _fail(spec, _("{value} is above {maximum}", value=value, maximum=spec.maximum))
        return value
    if kind is _K_DECIMAL:
        return canonical_decimal(spec, value)
    if kind is _K_DATE:
        return canonical_date(spec, value)
    if kind is _K_BOOLEAN:
        if not isinstance(value, bool):
            raise _fail(spec, _("must be true or false"))
        return value
    if kind is _K_CHOICE:
        if value not in spec.choices:
            raise _fail(spec, _("'{value}' is not one of {choices}",
                                value=value, choices=', '.join(spec.choices)))
        return str(value)
    if kind is _K_REF:
        if not isinstance(value, str) or not _UUID.match(value):
            raise _fail(spec, _("'{value}' is not a record id", value=value))
        return value
    if kind in _LIST_KINDS:
        return _check_list(spec, value)
    raise _fail(spec, f"unsupported kind {kind}")  # pragma: no cover - exhaustive above


def _check_list(spec: FieldSpec, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(spec, _("must be a list of text values"))
    if len(value) > MAX_LIST:
        raise _fail(spec, _("has more than {limit} entries", limit=MAX_LIST))
    out: list[str] = []
    kind = spec.kind
    for item in value:
        if kind is _K_CHOICES and item not in spec.choices:
            raise _fail(spec, _("'{value}' is not one of {choices}",
                                value=item, choices=', '.join(spec.choices)))
        if kind is _K_REFS and not _UUID.match(item):
            raise _fail(spec, _("'{value}' is not a record id", value=item))
        if len(item) > MAX_TEXT:
            raise _fail(spec, _("has an entry that is too long"))
        if item not in out:  # a set with a stable order
            out.append(item)
    return out


def canonical_date(spec: FieldSpec, value: Any) -> str:
    if not isinstance(value, str):
        raise _fail(spec, _("must be a date"))
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise _fail(spec, _("'{value}' is not a date (use YYYY-MM-DD)", value=value)) from None


def canonical_decimal(spec: FieldSpec, value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise _fail(spec, _("must be a number"))
    try:
        number = Decimal(str(value).replace(" ", ""))
    except InvalidOperation:
        raise _fail(spec, _("'{value}' is not a number", value=value)) from None
    if not number.is_finite() or abs(number) >= Decimal(10) ** 15:
        raise _fail(spec, _("'{value}' is not a usable amount", value=value))
    text = format(number.normalize(), "f")
    return text if text != "-0" else "0"


def display(spec: FieldSpec, value: Value) -> str:
    """A plain-text rendering for CLI tables and PDF cells (GUIs localise further)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(value)
    return str(value)
