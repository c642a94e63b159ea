"""The translated names users see for record types, fields and choice values.

The store keeps English labels and snake_case choice values; every page shows them through
these helpers so that one declared list (`label_strings.py`) drives all three languages.
Dates and numbers are formatted in `formatting.py`.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from iali_desktop.services.records import record_type

from .label_strings import CHOICE_LABELS, TYPE_LABELS

_translate = QCoreApplication.translate


def type_label(type_name: str, plural: bool = False) -> str:
    """A record type's name in the user's language ("Organisation" / "Organisations")."""
    pair = TYPE_LABELS.get(type_name)
    if pair is None:
        rt = record_type(type_name)
        return rt.plural if plural else rt.label
    return _translate("record_types", str(pair[1] if plural else pair[0]))


def in_sentence(label: str) -> str:
    """A label as it reads inside a sentence ("New IBOR assessment", "Search people…"):
    the first letter lowered unless the first word is an acronym, nothing else touched.
    A label with a short name in brackets uses it ("Agreements (MOU register)" ->
    "MOU register")."""
    inner = re.search(r"\(([^()]+)\)$", label)
    if inner is not None:
        label = inner.group(1)
    first = label.split(" ", 1)[0]
    if len(first) > 1 and first[:2].isupper():
        return label
    return label[:1].lower() + label[1:]


def field_label(type_name: str, field_name: str) -> str:
    """A field's label in the user's language; unknown fields show their own name."""
    rt = record_type(type_name)
    if not rt.has_field(field_name):
        return field_name
    return _translate("fields", rt.field(field_name).label)


def choice_label(value: str | None) -> str:
    """A stored choice value ("in_progress") as users read it ("In progress", "En cours")."""
    if not value:
        return ""
    english = CHOICE_LABELS.get(value)
    if english is None:
        return value.replace("_", " ").capitalize()
    return _translate("choices", str(english))
