"""User-visible names of record types, fields and choice values for the record pages.

Delegates to the shell's `iali_desktop.gui.labels` (which translates store metadata into
the current language) when it is present, and otherwise reads the English labels from the
catalogue, so the record pages work on their own and pick up translations unchanged.
"""

from __future__ import annotations

from iali_desktop.services.records import record_type

try:  # the shell's translated labels, when that module is part of the build
    from iali_desktop.gui import labels as _labels
except ImportError:  # pragma: no cover - depends on which modules are present
    _labels = None  # type: ignore[assignment]


def type_label(type_name: str, plural: bool = False) -> str:
    if _labels is not None:
        return str(_labels.type_label(type_name, plural=plural))
    rt = record_type(type_name)
    return rt.plural if plural else rt.label


def field_label(type_name: str, field_name: str) -> str:
    if _labels is not None:
        return str(_labels.field_label(type_name, field_name))
    return record_type(type_name).field(field_name).label


def choice_label(value: str) -> str:
    if _labels is not None:
        return str(_labels.choice_label(value))
    return value.replace("_", " ").capitalize()
