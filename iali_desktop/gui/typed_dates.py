"""Reading a date as people type it: in their locale's order (3/14/2027, 14/03/2027) or ISO
(2027-03-14), never by guessing.

A two-digit year ("3/3/17": 2017? 1917?), a day that does not exist (31/02/2027) or text
that is no date is refused with a sentence saying why; nothing is filled in from today's
date. Dates are shown back in `formatting.date_format`, the one every page shows.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from iali_desktop.domain.errors import ValidationError

from .formatting import date_format

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_SEP = r"(?:\s*[./\-]\s*|\s+)"  # 3/14/2027, 14.03.2027, 14-03-2027, 14 03 2027
_NUMERIC = re.compile(rf"(\d+){_SEP}(\d+){_SEP}(\d+)\.?")
_WORDED = ("d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "d 'de' MMMM 'de' yyyy")

translate = QCoreApplication.translate


def field_order(locale: QLocale) -> str:
    """The order of day, month and year in the locale's short format: "mdy", "dmy"..."""
    order = ""
    for char in date_format(locale):
        key = {"d": "d", "M": "m", "y": "y"}.get(char)
        if key is not None and key not in order:
            order += key
    return order if sorted(order) == ["d", "m", "y"] else "dmy"


def parse_typed_date(text: str, locale: QLocale | None = None) -> dt.date | None:
    """The date in `text` (None when it is empty); ValidationError when it is not one."""
    raw = text.strip()
    if not raw:
        return None
    locale = locale or QLocale()
    iso = _ISO.fullmatch(raw)
    numeric = _NUMERIC.fullmatch(raw)
    if numeric is not None and len(numeric.group(1)) == 4:  # year first: 2027/03/14
        iso = numeric
    if iso is not None:
        year, month, day = (int(part) for part in iso.groups())
    elif numeric is not None:
        parts = dict(zip(field_order(locale), numeric.groups(), strict=True))
        if len(parts["y"]) != 4:
            raise ValidationError(translate(
                "TypedDate", "Write the year with four digits (“%1” could be 19%2 or 20%2)")
                .replace("%1", raw).replace("%2", parts["y"][-2:].zfill(2)))
        year, month, day = int(parts["y"]), int(parts["m"]), int(parts["d"])
    else:
        for fmt in (locale.dateFormat(QLocale.FormatType.LongFormat), *_WORDED):
            qdate = locale.toDate(raw, fmt)
            if qdate.isValid():
                return dt.date(qdate.year(), qdate.month(), qdate.day())
        raise ValidationError(translate("TypedDate", "“%1” is not a date; write it as %2")
                              .replace("%1", raw).replace("%2", example(locale)))
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValidationError(translate("TypedDate", "There is no such day as “%1”")
                              .replace("%1", raw)) from None


def example(locale: QLocale | None = None) -> str:
    """Today in the locale's format, to show how a date is written."""
    locale = locale or QLocale()
    return locale.toString(QDate.currentDate(), date_format(locale))


def show_date(day: dt.date, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), date_format(locale))
