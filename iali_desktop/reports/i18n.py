"""The reports' own small translation catalogue (en, fr, es), free of Qt.

The GUI translates through Qt; reports are built off the GUI thread and from the command
line, so they carry their phrases, choice labels and month names here. English is the
reference: a key missing in another language falls back to it. A choice label the
reports' catalogue lacks is looked up in the app's own translations (the "choices"
context of resources/translations/*.ts, read as XML), so a choice translated for the
window is translated on paper too. The names of the shipped regions and list entries
(skill categories, IBOR stages...) are translated in each language's SEED_NAMES.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from functools import cache
from types import ModuleType

from iali_desktop.domain.errors import ValidationError
from iali_desktop.domain.resource_files import resource

from . import lang_en, lang_es, lang_fr

LANGUAGES: dict[str, ModuleType] = {"en": lang_en, "fr": lang_fr, "es": lang_es}


class Translator:
    """Phrases, choice labels and dates in one language."""

    def __init__(self, lang: str = "en") -> None:
        if lang not in LANGUAGES:
            raise ValidationError(
                f"reports are not available in '{lang}' (choose one of {', '.join(LANGUAGES)})")
        self.lang = lang
        module = LANGUAGES[lang]
        self._phrases: dict[str, str] = {**lang_en.PHRASES, **module.PHRASES}
        self._choices: dict[str, dict[str, str]] = module.CHOICES
        self._months: tuple[str, ...] = module.MONTHS
        self._date_format: str = module.DATE_FORMAT
        self.colon: str = module.COLON
        self._fields: dict[str, str] = module.FIELD_LABELS
        self._names: dict[str, str] = getattr(module, "SEED_NAMES", {})

    def __call__(self, key: str, **values: object) -> str:
        text = self._phrases[key]
        return text.format(**values) if values else text

    def choice(self, group: str, value: str | None) -> str:
        """The label of a choice value ('in_progress' -> 'In progress'); '' for none."""
        if not value:
            return ""
        found = self._choices.get(group, {}).get(value)
        if found is None:
            english = lang_en.CHOICES.get(group, {}).get(value, value.replace("_", " "))
            found = app_choices(self.lang).get(english, english)
        return found

    def region(self, name: str) -> str:
        """A region's name in this language, where the shipped region has a translation."""
        return self._names.get(name, name)

    def term(self, name: str) -> str:
        """A list entry's name (skill category, IBOR stage...) in this language, where the
        shipped entry has a translation."""
        return self._names.get(name, name)

    def field(self, label: str) -> str:
        """A field's label (the catalogue's English label) in this language."""
        return self._fields.get(label, label)

    def labelled(self, label: str, value: str) -> str:
        """'Label: value' with the language's spacing ('Libellé : valeur' in French)."""
        return f"{label}{self.colon}{value}"

    def choices(self, group: str, values: list[str] | tuple[str, ...] | None) -> str:
        return ", ".join(self.choice(group, v) for v in values or [])

    def yes_no(self, value: bool | None) -> str:
        if value is None:
            return ""
        return self("yes") if value else self("no")

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
            return self("date.month", month=self._months[day.month - 1], year=day.year)
        return self.date(day)


def _cut(value: str, precision: str) -> str:
    return value[:4] if precision == "year" else value[:7] if precision == "month" else value


@cache
def app_choices(lang: str) -> dict[str, str]:
    """English choice label -> its translation in the app's own catalogue for `lang`."""
    path = resource("translations", f"iali_desktop_{lang}.ts")
    if lang == "en" or not path.is_file():
        return {}
    found: dict[str, str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") != "choices":
            continue
        for message in context.iter("message"):
            source, target = message.findtext("source"), message.find("translation")
            if source and target is not None and target.text and \
                    target.get("type") not in ("unfinished", "obsolete", "vanished"):
                found[source] = target.text
    return found
