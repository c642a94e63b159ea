"""Turning stored field values into the text a person reads, in their locale.

Shared by the table model, the related list and the timelines so that a date, a choice or
a reference reads the same everywhere: dates in the locale's short format (with a
four-digit year), choices by label, references by the referenced record's title.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt

from iali_desktop.domain.fields import FieldKind, FieldSpec
from iali_desktop.gui.formatting import date_format, format_year, is_year, localise_title
from iali_desktop.gui.label_strings import CHOICE_LABELS
from iali_desktop.gui.labels import choice_label
from iali_desktop.services.records import record_type

_ISO = Qt.DateFormat.ISODate


def shown_title(type_name: str, title: str) -> str:
    """A record's title as the window shows it: a leading ISO date in the user's format,
    and a choice the store's title ends with by its label ("Ana Pérez chair" reads
    "Ana Pérez (Président de séance)")."""
    fields = record_type(type_name).title_fields
    if fields and record_type(type_name).field(fields[-1]).kind is FieldKind.CHOICE:
        head, _, value = title.rpartition(" ")
        if head and value in CHOICE_LABELS:
            return f"{localise_title(head)} ({choice_label(value)})"
    return localise_title(title)


class ValueFormatter:
    """Formats values of any field kind; reference titles come from the caller's cache."""

    def __init__(self, locale: QLocale | None = None) -> None:
        self.locale = locale or QLocale()
        self._date_format = date_format(self.locale)
        self._yes = QCoreApplication.translate("RecordValues", "Yes")
        self._no = QCoreApplication.translate("RecordValues", "No")

    def date(self, iso: str) -> str:
        day = QDate.fromString(iso, _ISO)
        return self.locale.toString(day, self._date_format) if day.isValid() else iso

    def text(self, spec: FieldSpec, value: Any, titles: Mapping[str, str]) -> str:
        kind = spec.kind
        if kind is FieldKind.BOOLEAN:  # two-state, as its check box: never set reads "No"
            return self._yes if value else self._no
        if value is None or value == "" or value == []:
            return ""
        if kind is FieldKind.DATE:
            return self.date(str(value))
        if kind is FieldKind.CHOICE:
            return choice_label(str(value))
        if kind is FieldKind.CHOICES:
            return ", ".join(choice_label(v) for v in value)
        if kind is FieldKind.REF:
            return localise_title(titles.get(str(value), "?"))
        if kind is FieldKind.REFS:
            return ", ".join(localise_title(titles.get(v, "?")) for v in value)
        if kind is FieldKind.STRINGS:
            return ", ".join(value)
        if kind is FieldKind.INTEGER:
            if is_year(spec):  # "2021", never "2,021"
                return format_year(int(value))
            return self.locale.toString(int(value))
        if kind is FieldKind.DECIMAL:
            return self.decimal(str(value))
        if kind is FieldKind.LONGTEXT:
            return " ".join(str(value).split())[:200]
        return str(value)

    def decimal(self, text: str) -> str:
        try:
            number = Decimal(text)
        except InvalidOperation:
            return text
        places = max(0, -int(number.as_tuple().exponent))
        return self.locale.toString(float(number), "f", places)
