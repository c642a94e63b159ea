"""The translated names users see for record types, fields and choice values.

The store keeps English labels and snake_case choice values; every page shows them through
these helpers so that one declared list (`label_strings.py`) drives all three languages.
Dates and numbers go through `QLocale` here too, so every page formats them alike.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from functools import cache

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt

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


def format_date(value: str | dt.date | None, short: bool = True) -> str:
    """An ISO date in the user's locale; text that is not a date is shown as it is."""
    if not value:
        return ""
    if isinstance(value, dt.date):
        qdate = QDate(value.year, value.month, value.day)
    else:
        qdate = QDate.fromString(str(value)[:10], "yyyy-MM-dd")
        if not qdate.isValid():
            return str(value)
    locale = QLocale()
    if not short:
        return locale.toString(qdate, QLocale.FormatType.LongFormat)
    return locale.toString(qdate, _short_format(locale.name()))


def format_moment(stamp: str | None, with_time: bool = True) -> str:
    """An ISO timestamp (as stored, in UTC) in the user's time zone and locale.

    Cutting the date out of a UTC stamp would show the wrong day near midnight for
    people far from Greenwich; this converts first."""
    if not stamp:
        return ""
    moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return format_date(stamp)
    local = moment.toLocalTime()
    day = local.date()
    text = format_date(dt.date(day.year(), day.month(), day.day()))
    return f"{text} {local.time().toString('HH:mm')}" if with_time else text


@cache
def _short_format(locale_name: str) -> str:
    """The locale's short date with a four-digit year (12/4/26 reads badly in a register)."""
    fmt = QLocale(locale_name).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def format_number(value: int | float | str | None, decimals: int | None = None) -> str:
    """A number with the locale's digit grouping and decimal sign."""
    if value is None or value == "":
        return ""
    locale = QLocale()
    if isinstance(value, int):
        return locale.toString(value)
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    exponent = number.as_tuple().exponent
    if decimals is not None:
        places = decimals
    else:
        places = max(0, -exponent) if isinstance(exponent, int) else 0
    return locale.toString(float(number), "f", places)
