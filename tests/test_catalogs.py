"""The gettext catalogs (resources/locale): complete in French and Spanish, compiled
files current, and holding every sentence the code marks for translation."""

from __future__ import annotations

import ast
import gettext
import io
import string
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "resources" / "locale"
LANGS = ("fr", "es")
PLURAL_FORMS = {"fr": "nplurals=2; plural=(n > 1);", "es": "nplurals=2; plural=(n != 1);"}
# The calls whose literal arguments are catalog messages: name -> (context arg, message arg)
MARKERS = {"_": (None, 0), "N_": (None, 0), "tr": (None, 0), "ngettext": (None, 0),
           "pgettext": (0, 1), "C_": (0, 1)}


def _po(lang: str) -> Catalog:
    with (LOCALE / lang / "LC_MESSAGES" / "iali.po").open("rb") as fh:
        return read_po(fh, locale=lang, domain="iali")


def _placeholders(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("lang", LANGS)
def test_each_compiled_catalog_holds_what_its_po_says(lang: str) -> None:
    compiled = io.BytesIO()
    write_mo(compiled, _po(lang))
    compiled.seek(0)
    expected = gettext.GNUTranslations(compiled)
    with (LOCALE / lang / "LC_MESSAGES" / "iali.mo").open("rb") as fh:
        committed = gettext.GNUTranslations(fh)
    assert committed._catalog == expected._catalog, (  # type: ignore[attr-defined]
        f"resources/locale/{lang}/LC_MESSAGES/iali.mo is older than its .po: run "
        "scripts/update-catalogs.sh")


@pytest.mark.parametrize("lang", LANGS)
def test_french_and_spanish_translate_every_entry_with_its_placeholders(lang: str) -> None:
    catalog = _po(lang)
    assert catalog.plural_forms == PLURAL_FORMS[lang]
    problems = []
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        texts = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(texts) or len(texts) != (2 if len(ids) == 2 else 1):
            problems.append(("untranslated or fuzzy", message.context, ids[0]))
            continue
        wanted = set().union(*(_placeholders(i) for i in ids))
        for text in texts:
            # A singular form may say "one" instead of {n}; nothing else may go missing.
            if _placeholders(text) - wanted or wanted - _placeholders(text) - {"n"}:
                problems.append(("placeholders differ", message.context, ids[0]))
    assert problems == []


def _marked_messages() -> set[tuple[str | None, str]]:
    """(context, message) of every marker call with literal arguments outside gui/ (Qt's
    tools read that), found with ast so calls inside f-strings count too."""
    found: set[tuple[str | None, str]] = set()
    for path in (ROOT / "iali_desktop").rglob("*.py"):
        if "gui" in path.relative_to(ROOT / "iali_desktop").parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else \
                func.attr if isinstance(func, ast.Attribute) else ""
            if name not in MARKERS:
                continue
            ctx_at, msg_at = MARKERS[name]
            args = node.args
            if len(args) <= msg_at or not isinstance(args[msg_at], ast.Constant) or \
                    not isinstance(args[msg_at].value, str):
                continue
            context = None
            if ctx_at is not None:
                if not isinstance(args[ctx_at], ast.Constant):
                    continue
                context = str(args[ctx_at].value)
            found.add((context, args[msg_at].value))
    return found


def test_every_sentence_the_code_marks_is_in_the_catalogs() -> None:
    marked = _marked_messages()
    assert len(marked) > 500
    for lang in LANGS:
        held = {(m.context, m.id[0] if isinstance(m.id, tuple) else m.id) for m in _po(lang)}
        assert sorted(marked - held, key=str) == [], (
            f"not in the {lang} catalog: run scripts/update-catalogs.sh and translate")
