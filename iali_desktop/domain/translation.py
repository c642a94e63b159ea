"""The sentences the app itself writes (errors, refusals, report text, list entries), in the
language the person reads, from gettext catalogs: no Qt, no Babel at run time.

The catalogs are `resources/locale/<lang>/LC_MESSAGES/iali.po`, compiled to the `.mo`
files beside them (scripts/update-catalogs.sh). The English sentence is the message id,
with named placeholders ("no action plan covers the year {year}"); a label that means
different things in different places carries a context (`pgettext("task_status", "Done")`).
English needs no catalog: a sentence a catalog lacks reads in English.

One language is active for the process: the window sets it from its Settings, the command
line from the same settings file (English unless it names French or Spanish). Reports
take their own language (`catalog(lang)`), since a French user may print in Spanish.
"""

from __future__ import annotations

import gettext as _gettext
from functools import cache

from iali_desktop.domain.resource_files import resource

DOMAIN = "iali"
LANGUAGES = ("en", "fr", "es")

# Contexts of the labels the catalogs carry besides sentences.
FIELD = "field"  # a record field's label, as the record catalogue declares it
RECORD_TYPE = "record_type"  # a record type's name (the choice list of record types)
MONTH = "month"
REGION = "region"  # the name of a shipped region (resources/reference/regions.toml)
LIST_ENTRY = "list entry"  # a shipped list entry (resources/reference/terms.toml)

_active = "en"


@cache
def catalog(lang: str) -> _gettext.NullTranslations:
    """The compiled catalog of `lang`; English (and a missing file) reads the source."""
    if lang == "en":
        return _gettext.NullTranslations()
    return _gettext.translation(DOMAIN, localedir=str(resource("locale")), languages=[lang],
                                fallback=True)


def set_language(lang: str) -> str:
    """Make `lang` the language of every sentence written from now on (unknown: English)."""
    global _active
    _active = lang if lang in LANGUAGES else "en"
    return _active


def active_language() -> str:
    return _active


def _(message: str, /, **values: object) -> str:
    """`message` in the active language, its {placeholders} filled from `values`."""
    text = catalog(_active).gettext(message)
    return text.format(**values) if values else text


def ngettext(singular: str, plural: str, n: int, /, **values: object) -> str:
    """The form for `n` by the language's plural rule, with {n} and `values` filled in."""
    return catalog(_active).ngettext(singular, plural, n).format(n=n, **values)


def pgettext(context: str, message: str, /) -> str:
    """A label that depends on where it is shown (a choice of one list, a field, a month)."""
    return catalog(_active).pgettext(context, message)


def N_(message: str, /) -> str:
    """Marks a sentence for the catalogs where it is declared, translated later by `_`."""
    return message


def C_(context: str, message: str, /) -> str:
    """Marks a label with its context for the catalogs; translated later by `pgettext`."""
    return message


def field_label(label: str) -> str:
    """A record field's label (the English one the record catalogue declares), translated."""
    return pgettext(FIELD, label)


def type_label(label: str) -> str:
    """A record type's name (the English one the record catalogue declares), translated."""
    return pgettext(RECORD_TYPE, label)


def shipped_name(type_name: str, name: str) -> str:
    """A shipped region's or list entry's name in the active language; any other name (a
    record a user created or renamed) as it is."""
    if type_name == "region":
        return pgettext(REGION, name)
    if type_name == "term":
        return pgettext(LIST_ENTRY, name)
    return name
