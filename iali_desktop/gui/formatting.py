"""The one way the window shows dates, moments, numbers and years.

Every page formats through here, in the user's locale (the language chosen in Settings
sets `QLocale`'s default, see i18n.py): a date in the locale's short format with a
four-digit year ("11/30/2026", "30/11/2026"), a moment as that date and the local time,
numbers with the locale's grouping, years never grouped ("2021", not "2,021"). Files and
the command line keep ISO; only the window localises.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from functools import cache

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt

from iali_desktop.domain.fields import FieldKind, FieldSpec

_LEADING_ISO = re.compile(r"^(\d{4}-\d{2}-\d{2})(?=\s|$)")


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format, widened to a four-digit year."""
    return _short_format((locale or QLocale()).name())


@cache
def _short_format(locale_name: str) -> str:
    # 12/4/26 reads badly in a register, and 26 could be any century.
    fmt = QLocale(locale_name).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


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
    return locale.toString(qdate, date_format(locale))


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
    if not with_time:
        return text
    return f"{text} {QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)}"


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


def is_year(spec: FieldSpec) -> bool:
    """A whole-number field that holds a year (its lowest allowed value is one)."""
    return spec.kind is FieldKind.INTEGER and (spec.minimum or 0) >= 1000


def format_year(value: int | str | None) -> str:
    """A year as written everywhere: four digits, no grouping."""
    return "" if value is None or value == "" else str(value)


def localise_title(title: str) -> str:
    """A record title that starts with its ISO date (engagements, progress updates) with
    that date in the user's format."""
    found = _LEADING_ISO.match(title)
    return format_date(found.group(1)) + title[found.end():] if found else title
