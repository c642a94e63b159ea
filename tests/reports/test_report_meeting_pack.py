"""The EC meeting pack printed from the demo data: content, structure, languages, bytes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from report_helpers import REPLICA, TODAY, flat, outline_titles, page_texts, section_text

from iali_desktop.domain.errors import NotFoundError, ValidationError
from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.reports import build_meeting_pack
from iali_desktop.services.overview import Overview
from iali_desktop.services.plans import PlanService
from iali_desktop.services.records import RecordService
from iali_desktop.services.workspace import Workspace


def test_every_overdue_task_appears_marked_with_owner(ws: Workspace, pack_pdf: Path) -> None:
    records = RecordService(ws)
    plan = PlanService(records).current_plan()
    assert plan is not None
    overdue = Overview(records, TODAY).overdue_tasks(plan["id"])
    assert overdue, "the demo data has overdue tasks"
    text = flat(" ".join(page_texts(pack_pdf)))
    for task in overdue:
        assert flat(task["title"]) in text
        assert records.title("person", task["owner"]) in text
    tasks = records.count("task", Query(filters=(Filter("plan", Op.EQ, plan["id"]),)))
    assert f"{tasks} tasks in 6 action areas; {len(overdue)} overdue." in text
    assert "OVERDUE" in text


def test_cover_names_meeting_place_preparer_and_date(pack_pdf: Path) -> None:
    cover = flat(page_texts(pack_pdf)[0])
    assert "EC meeting pack" in cover
    assert "EC meeting (autumn)" in cover
    assert "Geneva" in cover
    assert REPLICA in cover
    assert "Data as of 10 March 2026" in cover
    assert "EC meeting (spring, virtual)" in cover  # the previous meeting


def test_agenda_lists_items_presenters_and_computed_start_times(ws: Workspace, meeting_id: str,
                                                                  pack_pdf: Path) -> None:
    records = RecordService(ws)
    items = records.list("agenda_item", Query(filters=(Filter("meeting", Op.EQ, meeting_id),),
                                              order=("position",)))
    agenda = section_text(pack_pdf, "Agenda")
    clock = dt.datetime(2000, 1, 1, 9, 30)  # the meeting's start time
    for item in items:
        assert flat(item["title"]) in agenda
        assert records.title("person", item["presenter"]) in agenda
        assert clock.strftime("%H:%M") in agenda
        clock += dt.timedelta(minutes=item["minutes_allotted"] or 0)
    assert f"ending about {clock.strftime('%H:%M')}" in agenda


def test_accented_and_non_latin_names_survive(pack_pdf: Path) -> None:
    text = " ".join(page_texts(pack_pdf))
    for name in ("Małgorzata Wiśniewska", "Nguyễn Thị Lan", "Ana Lucía Pérez",
                 "Inspection du travail du Sénégal", "Państwowa Inspekcja Pracy"):
        assert name in text


def test_outline_follows_the_agenda_with_each_items_papers(pack_pdf: Path) -> None:
    outline = outline_titles(pack_pdf)
    top = [title for depth, title in outline if depth == 0]
    assert top == ["Contents", "Agenda",
                   "Item 2: Minutes of the previous meeting and matters arising",
                   "Item 3: Action plan progress per action area",
                   "Item 4: Technical assistance requests awaiting decision",
                   "Item 5: Regional reports",
                   "Item 6: Preparation of the Congress and General Assembly",
                   "Item 7: Treasurer's report: membership and dues",
                   "Item 8: Partnerships and the MOU register",
                   "Item 9: Experts listed and delisted"]
    assert [title for depth, title in outline if depth == 1] == [
        "Action items carried forward", "Action plan status",
        "Decisions needed: assistance requests", "Regional reports", "Events calendar",
        "Membership and dues", "MOU register", "Experts listed and delisted"]
    nested = [title for depth, title in outline if depth == 2]
    assert "Action area 1: IALI – the professional association" in nested
    assert "Europe and Central Asia" in nested


def test_contents_and_footer_carry_the_final_page_numbers(pack_pdf: Path) -> None:
    reader = PdfReader(pack_pdf)
    texts = page_texts(pack_pdf)
    total = len(texts)
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {total}" in text
    last = [item for item in reader.outline if not isinstance(item, list)][-1]
    page = reader.get_destination_page_number(last) + 1
    contents = flat(texts[1])
    assert "Contents" in contents
    assert f"Item 9: Experts listed and delisted {page} Experts listed and delisted {page}" \
        in contents
    assert page == total


def test_metadata_is_set_and_dated_to_the_as_of_day(pack_pdf: Path) -> None:
    meta = PdfReader(pack_pdf).metadata
    assert meta is not None
    assert meta.title == "EC meeting pack: EC meeting (autumn)"
    assert meta.author == "International Association of Labour Inspection"
    assert meta.creator == "IALI Desktop"
    assert meta.subject and "Executive Committee" in meta.subject
    assert str(meta["/CreationDate"]).startswith("D:20260310")


def test_decisions_needed_show_each_pending_request_with_its_criteria(
        ws: Workspace, pack_pdf: Path) -> None:
    records = RecordService(ws)
    pending = Overview(records, TODAY).pending_requests()
    text = flat(" ".join(page_texts(pack_pdf)))
    assert len(pending) == 1
    request = pending[0].request
    assert request["subject"] in text
    assessed = records.list("criterion_assessment", Query(
        filters=(Filter("request", Op.EQ, request["id"]),)))
    for row in assessed:
        assert records.title("term", row["criterion"]) in text
    met = sum(1 for row in assessed if row["met"])
    assert f"Criteria met: {met} of {len(assessed)}" in text
    days = pending[0].age_days
    assert (f"({days} day ago)" if days == 1 else f"({days} days ago)") in text


def test_membership_marks_exactly_the_unpaid_members(ws: Workspace, pack_pdf: Path) -> None:
    unpaid = Overview(RecordService(ws), TODAY).unpaid_dues()
    membership = section_text(pack_pdf, "Item 7: Treasurer's report: membership and dues")
    assert membership.count("UNPAID") == len(unpaid) > 0
    n = len(unpaid)
    paid = f"{n} active member has not paid" if n == 1 else f"{n} active members have not paid"
    assert paid in membership


def test_carried_forward_items_and_listing_changes(ws: Workspace, pack_pdf: Path) -> None:
    text = flat(" ".join(page_texts(pack_pdf)))
    assert "Prepare criteria scores for the pending assistance requests." in text
    assert "Circulate regional reports two weeks before the next meeting." in text
    assert "Book the venue for the autumn EC meeting." not in text  # done, not carried
    assert "Aiko Tanaka" in text and "Retired from the inspectorate." in text


def test_same_data_prints_identical_bytes(ws: Workspace, meeting_id: str, pack_pdf: Path,
                                          tmp_path: Path) -> None:
    again = build_meeting_pack(ws, meeting_id, tmp_path / "again.pdf", as_of=TODAY)
    assert again.read_bytes() == pack_pdf.read_bytes()


def test_french_and_spanish_packs_translate_headings(ws: Workspace, meeting_id: str,
                                                     tmp_path: Path) -> None:
    fr = build_meeting_pack(ws, meeting_id, tmp_path / "fr.pdf", lang="fr", as_of=TODAY)
    text = flat(" ".join(page_texts(fr)))
    for phrase in ("Dossier de la réunion du Comité exécutif", "Ordre du jour",
                   "État d'avancement du plan d'action", "Rapports régionaux",
                   "Point 2 : Minutes of the previous meeting", "Page 1 sur",
                   "Données au 10 mars 2026", "EN RETARD"):
        assert phrase in text
    es = build_meeting_pack(ws, meeting_id, tmp_path / "es.pdf", lang="es",
                            page_size="Letter", as_of=TODAY)
    text = flat(" ".join(page_texts(es)))
    for phrase in ("Orden del día", "Estado del plan de acción", "Página 1 de", "VENCIDA",
                   "Datos al 10 de marzo de 2026"):
        assert phrase in text
    width = float(PdfReader(es).pages[0].mediabox.width)
    assert round(width) == 612  # US Letter


def test_progress_reports_rise_to_done(ws: Workspace, meeting_id: str, tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    build_meeting_pack(ws, meeting_id, tmp_path / "p.pdf", as_of=TODAY,
                       progress=lambda done, total, message: seen.append((done, total, message)))
    dones = [d for d, _t, _m in seen]
    assert dones == sorted(dones)
    assert seen[-1] == (100, 100, "Done")
    assert len(seen) >= 4


def test_unknown_or_wrong_meeting_is_refused(ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="no EC meeting with id"):
        build_meeting_pack(ws, "0190aaaa-0000-7000-8000-000000000000", tmp_path / "x.pdf")
    congress = RecordService(ws).list("event", Query(filters=(
        Filter("kind", Op.EQ, "congress_general_assembly"),)))[0]
    with pytest.raises(ValidationError, match="is not an EC meeting"):
        build_meeting_pack(ws, congress["id"], tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(ValidationError, match="not available in 'de'"):
        build_meeting_pack(ws, congress["id"], tmp_path / "x.pdf", lang="de")


def test_unknown_page_size_is_refused(ws: Workspace, meeting_id: str, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="unknown page size 'A5'"):
        build_meeting_pack(ws, meeting_id, tmp_path / "x.pdf", page_size="A5", as_of=TODAY)
