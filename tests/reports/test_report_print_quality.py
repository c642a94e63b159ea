"""What any printed page must get right: long text, scripts, whole words, empty data,
languages, counts, name order, headings, bookmarks panel, embedded fonts."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from report_helpers import flat, page_texts
from reportlab.platypus import Spacer

from iali_desktop.reports import build_directory, build_meeting_pack, build_progress_report
from iali_desktop.reports.document import DocInfo, Headings, ReportDocument, start_body
from iali_desktop.reports.i18n import Translator
from iali_desktop.services.overview import Overview
from iali_desktop.services.plans import PlanService
from iali_desktop.services.records import RecordService
from iali_desktop.services.workspace import Workspace

LONG_END = "END-OF-THE-LONG-NOTE"


def _long_text(words: int = 700) -> str:
    text = " ".join(f"word{i % 97}" for i in range(words))
    return text[:5000 - len(LONG_END) - 1] + " " + LONG_END


def _next_meeting(ws: Workspace) -> str:
    meeting = Overview(RecordService(ws), dt.date.today()).next_meeting()
    assert meeting is not None
    return str(meeting["id"])


def _fonts(path: Path) -> dict[str, bool]:
    """Every font the pages use -> whether its program is embedded."""
    found: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            font = ref.get_object()
            if font.get("/Subtype") == "/Type0":
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font["/BaseFont"])] = embedded
    return found


def test_a_5000_character_update_and_engagement_note_print(demo_db: Path,
                                                            tmp_path: Path) -> None:
    with Workspace.open(demo_db) as ws:
        records = RecordService(ws)
        meeting = _next_meeting(ws)
        plan = PlanService(records).current_plan()
        assert plan is not None
        task = PlanService(records).tree(plan["id"]).areas[0].tasks[0]
        records.create("task_update", {"task": task["id"], "date": dt.date.today().isoformat(),
                                       "text": _long_text(), "progress": 40})
        region = records.list("region")[0]["id"]
        records.create("engagement", {"date": dt.date.today().isoformat(), "kind": "meeting",
                                      "region": region, "summary": _long_text()})
        out = build_meeting_pack(ws, meeting, tmp_path / "pack.pdf")
    text = flat(" ".join(page_texts(out)))
    assert text.count(LONG_END) >= 2  # the plan's latest update and the region's note


def test_arabic_and_cjk_names_print_shaped_in_fonts_that_have_them(seeded_db: Path,
                                                                  tmp_path: Path) -> None:
    with Workspace.open(seeded_db) as ws:
        records = RecordService(ws)
        for name in ("محمد عبد الله", "王小明", "김민수", "さくら"):
            records.create("person", {"name": name})
        out = build_directory(ws, tmp_path / "dir.pdf")
    text = " ".join(page_texts(out))
    for name in ("王小明", "김민수", "さくら"):
        assert name in text
    assert "محمد" not in text  # unjoined letters: each would print in its isolated form
    assert "ﻣﺤﻤﺪ" in text or "ﺪﻤﺤﻣ" in text  # joined: initial, medial, medial, final
    fonts = _fonts(out)
    assert any("+NotoSansArabic" in f for f in fonts)
    assert any(f.endswith("+DroidSansFallback") for f in fonts)
    assert any(f.endswith("+NanumBarunGothic") for f in fonts)


@pytest.mark.parametrize(("lang", "word"), [("fr", "Cotisation"), ("es", "IMPAGADA")])
def test_words_are_not_cut_inside_table_headers_and_cells(demo_db: Path, tmp_path: Path,
                                                         lang: str, word: str) -> None:
    with Workspace.open(demo_db) as ws:
        out = build_meeting_pack(ws, _next_meeting(ws), tmp_path / "pack.pdf", lang=lang)
    text = " ".join(page_texts(out))
    assert word in text
    cut = [re.escape(word[:i]) + r"-?\s+" + re.escape(word[i:]) for i in range(2, len(word) - 1)]
    assert re.search("|".join(cut), text) is None


def test_a_table_column_is_at_least_as_wide_as_its_longest_word() -> None:
    from iali_desktop.reports.tables import word_widths

    widths = word_widths([40.0, 300.0], ["Cotisation", "a"], [3, 3])
    assert widths[0] > 40.0 and sum(widths) == pytest.approx(340.0)


def test_an_empty_expert_directory_is_one_line(seeded_db: Path, tmp_path: Path) -> None:
    with Workspace.open(seeded_db) as ws:
        out = build_directory(ws, tmp_path / "experts.pdf", experts=True)
    pages = page_texts(out)
    text = flat(" ".join(pages))
    assert "Placeholder" not in text and "None." not in text
    assert "No expert is listed yet." in text and "0 experts in 0 skill categories." in text
    assert len(pages) == 2  # the cover and the one line


def test_regions_and_list_entries_print_in_the_chosen_language(demo_db: Path,
                                                               tmp_path: Path) -> None:
    with Workspace.open(demo_db) as ws:
        es = build_directory(ws, tmp_path / "dir.pdf", lang="es")
        fr = build_directory(ws, tmp_path / "experts.pdf", experts=True, lang="fr")
    text = flat(" ".join(page_texts(es)))
    assert "Asia y el Pacífico" in text and "Asia and the Pacific" not in text
    experts = flat(" ".join(page_texts(fr)))
    assert "Formation des inspecteurs" in experts and "Training of inspectors" not in experts


def test_the_expert_directory_counts_experts(demo_db: Path, tmp_path: Path) -> None:
    with Workspace.open(demo_db) as ws:
        listed = [e for e in RecordService(ws).list("expert")
                  if e["listing_status"] == "listed"]
        out = build_directory(ws, tmp_path / "experts.pdf", experts=True)
    cover = flat(page_texts(out)[0])
    assert f"{len(listed)} experts in " in cover and "organisations" not in cover


def test_names_sort_by_their_letters_not_their_code_points(seeded_db: Path,
                                                           tmp_path: Path) -> None:
    with Workspace.open(seeded_db) as ws:
        for name in ("Zoë Adams", "Rahul Menon", "Émilie Laurent", "eric Zed"):
            RecordService(ws).create("person", {"name": name})
        out = build_directory(ws, tmp_path / "dir.pdf")
    text = flat(" ".join(page_texts(out)))
    order = [text.index(n) for n in ("Émilie Laurent", "eric Zed", "Rahul Menon", "Zoë Adams")]
    assert order == sorted(order)


def test_reports_open_with_bookmarks_and_embed_every_font(seeded_db: Path,
                                                          tmp_path: Path) -> None:
    with Workspace.open(seeded_db) as ws:
        plan = PlanService(RecordService(ws)).plans()[0]
        outs = [build_progress_report(ws, plan["id"], tmp_path / "ga.pdf"),
                build_directory(ws, tmp_path / "dir.pdf")]
    for out in outs:
        assert PdfReader(out).trailer["/Root"]["/PageMode"] == "/UseOutlines"
        fonts = _fonts(out)
        assert fonts and all(fonts.values()), fonts


def test_a_heading_near_the_page_foot_moves_with_what_follows(tmp_path: Path) -> None:
    from iali_desktop.reports.charts import status_chart

    tr = Translator("en")
    doc = ReportDocument(tmp_path / "h.pdf", DocInfo("T", "S", dt.date(2026, 1, 1)), tr)
    h = Headings()
    areas = [(f"Area {n}", {"done": n, "in_progress": 1}) for n in range(1, 7)]
    chart = status_chart(areas, tr, doc.width, "CHART-TITLE")  # about 200 points, unsplittable
    story = [*start_body(), Spacer(1, doc.height - 110),
             *h.section("LONELY-HEADING", 0, room=70), chart]
    doc.render(story)
    pages = page_texts(tmp_path / "h.pdf")
    heading_page = next(i for i, t in enumerate(pages) if "LONELY-HEADING" in t)
    assert "CHART-TITLE" in pages[heading_page]
