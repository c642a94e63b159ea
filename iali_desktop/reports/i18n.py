"""The reports' own small translation catalogue (en, fr, es), free of Qt.

The GUI translates through Qt; reports are built off the GUI thread and from the command
line, so they carry their phrases, choice labels and month names here. English is the
reference: a key missing in another language falls back to it.
"""

from __future__ import annotations

import datetime as dt
from types import ModuleType

from iali_desktop.domain.errors import ValidationError

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

    def __call__(self, key: str, **values: object) -> str:
        text = self._phrases[key]
        return text.format(**values) if values else text

    def choice(self, group: str, value: str | None) -> str:
        """The label of a choice value ('in_progress' -> 'In progress'); '' for none."""
        if not value:
            return ""
        found = self._choices.get(group, {}).get(value)
        if found is None:
            found = lang_en.CHOICES.get(group, {}).get(value, value.replace("_", " "))
        return found

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

    def span(self, start: str | None, end: str | None) -> str:
        """Short ISO dates of an event: '2026-12-25' or '2026-12-25 – 2026-12-26'."""
        if not start:
            return ""
        return start if not end or end == start else f"{start} – {end}"
