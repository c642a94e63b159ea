#!/usr/bin/env bash
# Refreshes the gettext catalogs of the sentences the app writes outside the window's
# widgets (errors and refusals from services/, domain/, store/ and sync/, the printed
# reports, list entries), with Babel:
#   1. extract: every _("..."), ngettext(...), pgettext(...), N_/C_ marker and report
#      tr("...") call in iali_desktop (but gui/, which Qt's lupdate reads), plus the labels
#      that live as data: the record catalogue's field labels (context "field") and the
#      record types' names (context "record_type"), the shipped regions and list entries
#      of resources/reference (contexts "region" and "list entry")
#      -> resources/locale/iali.pot
#   2. update: resources/locale/<lang>/LC_MESSAGES/iali.po from the template (translations
#      kept, vanished messages dropped, new ones added untranslated)
#   3. compile: each .po -> the .mo beside it, which the app loads with Python's gettext
# Translators edit the .po files (Poedit, Lokalize, Qt Linguist's gettext mode or any text
# editor), then run this script again; tests/test_catalogs.py fails while an entry is
# untranslated or fuzzy, or a .mo is older than its .po.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BIN="${VENV_BIN:-$ROOT/.venv/bin}"

PYTHONPATH="$ROOT${PYTHONPATH:+:$PYTHONPATH}" "$BIN/python" - <<'PY'
import tomllib
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from iali_desktop.domain.translation import (DOMAIN, FIELD, LANGUAGES, LIST_ENTRY,
                                              RECORD_TYPE, REGION)
from iali_desktop.store.catalog import record_types

LOCALE = Path("resources/locale")
KEYWORDS = {
    "_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2),
    "C_": ((1, "c"), 2),
    "tr": None,  # a report's Translator: tr("sentence", **values)
}
HEADER = dict(project="IALI Desktop", copyright_holder="IALI Desktop contributors",
              msgid_bugs_address="", charset="utf-8")

template = Catalog(domain=DOMAIN, fuzzy=False, **HEADER)
for package in ("domain", "store", "sync", "services", "reports"):
    found = extract_from_dir(f"iali_desktop/{package}", [("**.py", "python")],
                             keywords=KEYWORDS, comment_tags=("TRANSLATORS:",),
                             strip_comment_tags=True)
    for filename, lineno, message, comments, context in found:
        template.add(message, locations=[(f"iali_desktop/{package}/{filename}", None)],
                     auto_comments=comments, context=context)
for rt in record_types().values():
    template.add(rt.label, context=RECORD_TYPE, locations=[(f"record type {rt.name}", None)])
    for spec in rt.fields:
        template.add(spec.label, context=FIELD, locations=[(f"record type {rt.name}", None)])
reference = Path("resources/reference")
for region in tomllib.loads((reference / "regions.toml").read_text())["regions"]:
    template.add(region["name"], context=REGION, locations=[("regions.toml", None)])
for term in tomllib.loads((reference / "terms.toml").read_text())["terms"]:
    template.add(term["name"], context=LIST_ENTRY,
                 locations=[(f"terms.toml {term['vocabulary']}", None)])

with (LOCALE / f"{DOMAIN}.pot").open("wb") as out:
    write_po(out, template, width=100, include_lineno=False, sort_output=False)

for lang in LANGUAGES:
    if lang == "en":
        continue  # English is the source
    po = LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    with po.open("rb") as fh:
        catalog = read_po(fh, locale=lang, domain=DOMAIN)
    catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
    with po.open("wb") as out:
        write_po(out, catalog, width=100, include_lineno=False, ignore_obsolete=True)
    with po.with_suffix(".mo").open("wb") as out:
        write_mo(out, catalog)
    missing = [m.id for m in catalog if m.id and not m.string or
               (isinstance(m.string, tuple) and not all(m.string))]
    print(f"{po}: {len(catalog)} messages, {len(missing)} untranslated")
PY
