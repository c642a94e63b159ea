"""The translated names users see for record types, fields and choice values.

The store keeps English labels and snake_case choice values; every page shows them through
these helpers so that one declared list (`label_strings.py`) drives all three languages.
Dates and numbers are formatted in `formatting.py`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from iali_desktop.services.records import record_type

from .label_strings import CHOICE_LABELS, FIELD_HELP, TYPE_LABELS

_translate = QCoreApplication.translate


def type_label(type_name: str, plural: bool = False) -> str:
    """A record type's name in the user's language ("Organisation" / "Organisations")."""
    pair = TYPE_LABELS.get(type_name)
    if pair is None:
        rt = record_type(type_name)
        return rt.plural if plural else rt.label
    return _translate("record_types", str(pair[1] if plural else pair[0]))


def field_label(type_name: str, field_name: str) -> str:
    """A field's label in the user's language; unknown fields show their own name."""
    rt = record_type(type_name)
    if not rt.has_field(field_name):
        return field_name
    return _translate("fields", rt.field(field_name).label)


def field_help(type_name: str, field_name: str) -> str:
    """A field's explanation (its tooltip) in the user's language; "" when it has none."""
    rt = record_type(type_name)
    if not rt.has_field(field_name):
        return ""
    text = rt.field(field_name).help or ""
    return _translate("field_help", text) if text in FIELD_HELP else text


def choice_label(value: str | None) -> str:
    """A stored choice value ("in_progress") as users read it ("In progress", "En cours")."""
    if not value:
        return ""
    english = CHOICE_LABELS.get(value)
    if english is None:
        return value.replace("_", " ").capitalize()
    return _translate("choices", str(english))
