"""A report printed in French carries no English sentence of the app's own: every phrase,
heading, choice label, region and list entry comes from the French catalog. (Text the
records hold, such as an agenda item titled in English, prints as it was written.)"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from babel.messages.pofile import read_po
from report_helpers import flat, page_texts

from iali_desktop.domain import translation
from iali_desktop.reports import build_annual_report, build_directory, build_meeting_pack
from iali_desktop.services.info import dump_text
from iali_desktop.services.overview import Overview
from iali_desktop.services.records import RecordService
from iali_desktop.services.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _english_phrases(records_text: str) -> set[str]:
    """The runs of English words (three or more, between placeholders) of every message
    whose French differs: what a report would show untranslated. Those the records' own
    text also holds are left out, except the shipped regions' and list entries' names,
    which are records too but print translated."""
    with (ROOT / "resources/locale/fr/LC_MESSAGES/iali.po").open("rb") as fh:
        catalog = read_po(fh)
    phrases: set[str] = set()
    for message in catalog:
        shipped = message.context in (translation.REGION, translation.LIST_ENTRY)
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        texts = message.string if isinstance(message.string, tuple) else (message.string,)
        for english in ids:
            if not english or english in texts:
                continue
            for part in PLACEHOLDER.split(english):
                part = part.strip(" .,;:()")
                if len(part.split()) >= 3 and (shipped or part not in records_text):
                    phrases.add(part)
    return phrases


def test_reports_printed_in_french_hold_no_english_phrase_of_the_app(demo_db: Path,
                                                                    tmp_path: Path) -> None:
    with Workspace.open(demo_db) as ws:
        phrases = _english_phrases(dump_text(ws))
        assert len(phrases) > 150
        today = dt.date.today()
        meeting = Overview(RecordService(ws), today).next_meeting()
        assert meeting is not None
        printed = [
            build_meeting_pack(ws, str(meeting["id"]), tmp_path / "pack.pdf", lang="fr"),
            build_annual_report(ws, today.year, tmp_path / "annual.pdf", lang="fr"),
            build_directory(ws, tmp_path / "experts.pdf", experts=True, lang="fr"),
        ]
    for path in printed:
        text = flat(" ".join(page_texts(path)))
        assert "Ordre du jour" in text or "Annuaire" in text or "Rapport" in text
        left = sorted(p for p in phrases if p in text)
        assert left == [], f"{path.name}: English left in French: {left}"
