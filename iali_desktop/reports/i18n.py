"""The reports' words in one language (en, fr, es), from the app's gettext catalogs.

Reports are built off the GUI thread and from the command line, and a report's language
is chosen per report, so they read the catalog of their own language
(`domain/translation.catalog`) rather than the active one. The sentences are the English
text in the code (`tr("No members recorded yet.")`); choice labels, field labels, month
names and the shipped regions and list entries are looked up with their context. A
sentence a catalog lacks prints in English.
"""

from __future__ import annotations

import datetime as dt

from iali_desktop.domain import translation
from iali_desktop.domain.choice_labels import CHOICE_LABELS
from iali_desktop.domain.errors import ValidationError
from iali_desktop.domain.translation import C_, N_, _

LANGUAGES = translation.LANGUAGES

MONTHS = (C_("month", "January"), C_("month", "February"), C_("month", "March"),
          C_("month", "April"), C_("month", "May"), C_("month", "June"), C_("month", "July"),
          C_("month", "August"), C_("month", "September"), C_("month", "October"),
          C_("month", "November"), C_("month", "December"))


class Translator:
    """Phrases, choice labels and dates in one language."""

    def __init__(self, lang: str = "en") -> None:
        if lang not in LANGUAGES:
            raise ValidationError(_("reports are not available in '{lang}' (choose one of "
                                    "{choices})", lang=lang, choices=", ".join(LANGUAGES)))
        self.lang = lang
        self._catalog = translation.catalog(lang)
        self._months = tuple(self._catalog.pgettext(translation.MONTH, m) for m in MONTHS)
        # TRANSLATORS: how a date is written out; {day} and {year} are numbers.
        self._date_format = self._catalog.pgettext("date format", "{day} {month} {year}")
        # TRANSLATORS: what stands between a label and its value ("Date: 3 May").
        self.colon: str = self._catalog.pgettext("label separator", ": ")

    def __call__(self, message: str, **values: object) -> str:
        text = self._catalog.gettext(message)
        return text.format(**values) if values else text

    def ngettext(self, singular: str, plural: str, n: int, **values: object) -> str:
        """The form of a sentence for `n` ({n} in it) by the language's plural rule."""
        return self._catalog.ngettext(singular, plural, n).format(n=n, **values)

    def choice(self, group: str, value: str | None) -> str:
        """The label of a choice value ('in_progress' -> 'In progress'); '' for none."""
        if not value:
            return ""
        english = CHOICE_LABELS.get(group, {}).get(value, value.replace("_", " "))
        return self._catalog.pgettext(group, english)

    def region(self, name: str) -> str:
        """A region's name in this language, where the shipped region has a translation."""
        return self._catalog.pgettext(translation.REGION, name)

    def term(self, name: str) -> str:
        """A list entry's name (skill category, IBOR stage...) in this language, where the
        shipped entry has a translation."""
        return self._catalog.pgettext(translation.LIST_ENTRY, name)

    def field(self, label: str) -> str:
        """A field's label (the catalogue's English label) in this language."""
        return self._catalog.pgettext(translation.FIELD, label)

    def labelled(self, label: str, value: str) -> str:
        """'Label: value' with the language's spacing ('Libellé : valeur' in French)."""
        return f"{label}{self.colon}{value}"

    def choices(self, group: str, values: list[str] | tuple[str, ...] | None) -> str:
        return ", ".join(self.choice(group, v) for v in values or [])

    def yes_no(self, value: bool | None) -> str:
        if value is None:
            return ""
        return self(N_("yes")) if value else self(N_("no"))

    def date(self, value: dt.date | str | None) -> str:
        """A date written out: '25 November 2026', '25 novembre 2026', '25 de noviembre…'."""
        if value is None or value == "":
            return ""
        day = dt.date.fromisoformat(value) if isinstance(value, str) else value
        return self._date_format.format(day=day.day, month=self._months[day.month - 1],
                                        year=day.year)

    def span(self, start: str | None, end: str | None, precision: str = "day") -> str:
        """Short ISO dates of an event: '2026-12-25' or '2026-12-25 – 2026-12-26'; only
        the year ('2023') or the month ('2021-10') when that is all that is known."""
        if not start:
            return ""
        start, end = _cut(start, precision), _cut(end, precision) if end else end
        return start if not end or end == start else f"{start} – {end}"

    def partial_date(self, value: str | None, precision: str = "day") -> str:
        """A date written out to what is known of it: '2023', 'June 2011', '15 July 2021'."""
        if not value:
            return ""
        day = dt.date.fromisoformat(value)
        if precision == "year":
            return str(day.year)
        if precision == "month":
            return self(N_("{month} {year}"), month=self._months[day.month - 1], year=day.year)
        return self.date(day)


def _cut(value: str, precision: str) -> str:
    return value[:4] if precision == "year" else value[:7] if precision == "month" else value
