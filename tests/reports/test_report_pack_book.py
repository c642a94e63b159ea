"""The meeting pack as one book: papers chosen per agenda item, attached PDFs merged at
their item, every page numbered, contents and bookmarks covering the attachments.

The attached files are real PDFs written by ReportLab, handed to the pack through its
plain-data papers API (`PaperFile`), as the attachments service will hand them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from report_helpers import flat, outline_titles, page_texts
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from iali_desktop.reports import build_meeting_pack
from iali_desktop.services.association import Association, save_association
from iali_desktop.services.profile import Profile, save_profile
from iali_desktop.services.records import RecordService
from iali_desktop.services.reporting import PaperFile, open_conflicts
from iali_desktop.services.setup import initialise
from iali_desktop.services.workspace import Workspace

AS_OF = dt.date(2026, 5, 4)
PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201e221bc330000000049454e44ae426082")


def write_pdf(path: Path, label: str, pages: int, size: tuple[float, float] = A4) -> Path:
    canvas = Canvas(str(path), pagesize=size, invariant=1)
    for number in range(1, pages + 1):
        canvas.setFont("Helvetica", 24)
        canvas.drawString(72, size[1] - 120, f"{label} PAGE {number}")
        canvas.showPage()
    canvas.save()
    return path


def paper(path: Path, *, present: bool = True, media_type: str = "application/pdf"
          ) -> PaperFile:
    return PaperFile(path.name, path.stat().st_size if path.exists() else 52_000, media_type,
                     present, lambda: path.open("rb"))


@pytest.fixture
def meeting(tmp_path: Path) -> Iterator[tuple[Workspace, str, dict[str, str]]]:
    """A meeting starting at 14:00 with four agenda items; returns ids by short name."""
    ws, _ = initialise(tmp_path / "pack.db", "Secretariat")
    with ws:
        records = RecordService(ws)
        meeting_id = records.create("event", {
            "name": "EC meeting (May)", "kind": "ec_meeting", "start_date": "2026-05-12",
            "start_time": "14:00", "place": "Lisbon"})
        items = {}
        for position, (key, values) in enumerate([
                ("opening", {"title": "Opening and statutes", "kind": "opening"}),
                ("election", {"title": "Election of the regional representative"}),
                ("treasurer", {"title": "Treasurer's report", "kind": "finance"}),
                ("regions", {"title": "Regional reports", "papers": []}),
                ("other", {"title": "Other matters", "papers": ["regional_reports"]}),
        ], start=1):
            items[key] = records.create("agenda_item", {
                "meeting": meeting_id, "position": position, "minutes_allotted": 10 * position,
                **values})
        yield ws, meeting_id, items


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    return {"statutes": write_pdf(tmp_path / "statutes.pdf", "STATUTES", 2, landscape(A4)),
            "treasurer": write_pdf(tmp_path / "treasurer.pdf", "TREASURER", 3),
            "budget": (tmp_path / "budget.xlsx"),
            "ibor": tmp_path / "ibor-report.pdf",  # known, not received yet
            "broken": tmp_path / "minutes.pdf"}


def source(items: dict[str, str], files: dict[str, Path]) -> Callable[[str], list[PaperFile]]:
    files["budget"].write_bytes(b"PK\x03\x04 not a pdf")
    files["broken"].write_bytes(b"%PDF-1.4 cut short by a failed download")
    attached = {
        items["opening"]: [paper(files["statutes"])],
        items["election"]: [paper(files["treasurer"])],  # attached, but not chosen below
        items["treasurer"]: [paper(files["treasurer"]),
                             paper(files["budget"], media_type="application/vnd.ms-excel"),
                             paper(files["ibor"], present=False), paper(files["broken"])],
    }
    return lambda item_id: attached.get(item_id, [])


def build(ws: Workspace, meeting_id: str, out: Path,
          papers: Callable[[str], list[PaperFile]], as_of: dt.date = AS_OF) -> Path:
    return build_meeting_pack(ws, meeting_id, out, as_of=as_of, papers=papers)


def first_page_with(texts: list[str], phrase: str) -> int:
    """The first page after the cover, contents and agenda that has the phrase."""
    return next(i for i, text in enumerate(texts) if i > 2 and phrase in flat(text))


def test_attached_pdfs_appear_at_their_agenda_items_and_every_page_is_numbered(
        meeting: tuple[Workspace, str, dict[str, str]], files: dict[str, Path],
        tmp_path: Path) -> None:
    ws, meeting_id, items = meeting
    items_source = source(items, files)
    # The secretary unticks the election item's papers: its attached file stays out.
    RecordService(ws).update("agenda_item", items["election"], {"papers": []})
    pdf = build(ws, meeting_id, tmp_path / "pack.pdf", items_source)
    texts = page_texts(pdf)
    total = len(texts)
    opening = first_page_with(texts, "Item 1: Opening and statutes")
    treasurer = first_page_with(texts, "Item 3: Treasurer's report")
    dues = first_page_with(texts, "No members recorded yet.")
    assert [i for i, t in enumerate(texts) if "STATUTES PAGE" in t] == [opening + 1, opening + 2]
    assert [i for i, t in enumerate(texts) if "TREASURER PAGE" in t] == [
        treasurer + 1, treasurer + 2, treasurer + 3]
    assert dues == treasurer + 4  # the item's generated section follows its files
    for number, text in enumerate(texts, start=1):  # attached pages included
        assert f"Page {number} of {total}" in text
    assert "STATUTES PAGE 2" in texts[opening + 2] and "statutes.pdf · 2/2" in texts[opening + 2]
    reader = PdfReader(pdf)
    # cover, contents, agenda, item 1 + 2 pages, item 3 + 3 pages + dues, item 5 (2 pages)
    assert total == len(reader.pages) == 13


def test_contents_and_bookmarks_cover_the_attachments(
        meeting: tuple[Workspace, str, dict[str, str]], files: dict[str, Path],
        tmp_path: Path) -> None:
    ws, meeting_id, items = meeting
    pdf = build(ws, meeting_id, tmp_path / "pack.pdf", source(items, files))
    reader = PdfReader(pdf)
    texts = page_texts(pdf)
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    marks: dict[str, int] = {}

    def walk(entries: list[object]) -> None:
        for entry in entries:
            if isinstance(entry, list):
                walk(entry)
            else:
                marks[str(entry.title)] = reader.get_destination_page_number(entry)  # type: ignore[attr-defined]

    walk(reader.outline)
    assert "STATUTES PAGE 1" in texts[marks["statutes.pdf"]]
    assert "TREASURER PAGE 1" in texts[marks["treasurer.pdf"]]
    assert (1, "statutes.pdf") in outline_titles(pdf)  # under its agenda item
    contents = flat(texts[1])
    for name in ("statutes.pdf", "treasurer.pdf"):
        assert re.search(rf"{re.escape(name)} {marks[name] + 1}\b", contents), contents


def test_missing_and_non_pdf_papers_are_listed_with_name_and_size(
        meeting: tuple[Workspace, str, dict[str, str]], files: dict[str, Path],
        tmp_path: Path) -> None:
    ws, meeting_id, items = meeting
    texts = page_texts(build(ws, meeting_id, tmp_path / "pack.pdf", source(items, files)))
    listing = flat(texts[first_page_with(texts, "Item 3: Treasurer's report")])
    assert "budget.xlsx XLSX 14 B listed only (not a PDF)" in listing
    assert "ibor-report.pdf PDF 51 KB not received yet" in listing
    assert "treasurer.pdf PDF" in listing and "included: 3 pages" in listing
    assert "minutes.pdf PDF 39 B could not be read as a PDF" in listing


def test_papers_are_what_the_secretary_chose_never_guessed_from_titles(
        meeting: tuple[Workspace, str, dict[str, str]], tmp_path: Path) -> None:
    ws, meeting_id, items = meeting
    records = RecordService(ws)
    assert records.get("agenda_item", items["opening"])["papers"] == ["attached_files"]
    assert records.get("agenda_item", items["treasurer"])["papers"] == [
        "attached_files", "members_dues"]
    assert records.get("agenda_item", items["election"])["papers"] == ["attached_files"]
    pdf = build(ws, meeting_id, tmp_path / "pack.pdf", lambda _item: [])
    top = [title for depth, title in outline_titles(pdf) if depth <= 1]
    assert top == ["Contents", "Agenda", "Item 3: Treasurer's report", "Membership and dues",
                   "Item 5: Other matters", "Regional reports"]
    agenda = flat(page_texts(pdf)[2])
    assert "Election of the regional representative 14:10 20 —" in agenda


def test_agenda_times_run_from_the_meeting_start_time(
        meeting: tuple[Workspace, str, dict[str, str]], tmp_path: Path) -> None:
    ws, meeting_id, _items = meeting
    agenda = flat(page_texts(build(ws, meeting_id, tmp_path / "a.pdf", lambda _i: []))[2])
    for start in ("14:00", "14:10", "14:30", "15:00", "15:40"):
        assert start in agenda
    assert "meeting's start at 14:00" in agenda and "ending about 16:30" in agenda
    RecordService(ws).update("event", meeting_id, {"start_time": None})
    agenda = flat(page_texts(build(ws, meeting_id, tmp_path / "b.pdf", lambda _i: []))[2])
    assert "meeting's start at 09:00" in agenda and "ending about 11:30" in agenda


def test_same_data_and_date_give_the_same_bytes_with_papers_merged(
        meeting: tuple[Workspace, str, dict[str, str]], files: dict[str, Path],
        tmp_path: Path) -> None:
    ws, meeting_id, items = meeting
    papers = source(items, files)
    first = build(ws, meeting_id, tmp_path / "one.pdf", papers).read_bytes()
    second = build(ws, meeting_id, tmp_path / "two.pdf", papers).read_bytes()
    assert first == second
    later = build(ws, meeting_id, tmp_path / "later.pdf", papers,
                  as_of=AS_OF + dt.timedelta(days=1)).read_bytes()
    assert later != first


def test_cover_and_footer_carry_the_association_and_the_preparer(
        meeting: tuple[Workspace, str, dict[str, str]], tmp_path: Path) -> None:
    ws, meeting_id, _items = meeting
    person = RecordService(ws).create("person", {"name": "Émilie Laurent"})
    save_profile(ws, Profile(role=None, region=None, person=person))
    save_association(ws, Association("Association of Labour Inspectors", PNG_1PX))
    pdf = build(ws, meeting_id, tmp_path / "pack.pdf", lambda _i: [])
    texts = [flat(t) for t in page_texts(pdf)]
    assert "Association of Labour Inspectors" in texts[0]
    assert "Prepared by Émilie Laurent" in texts[0]
    assert "Data as of 4 May 2026" in texts[0]
    assert "IALI Desktop" not in " ".join(texts)
    assert all("Association of Labour Inspectors · data as of 4 May 2026" in t for t in texts)
    cover = PdfReader(pdf).pages[0]
    images = [x for x in cover["/Resources"]["/XObject"].values()
              if x.get_object()["/Subtype"] == "/Image"]
    assert images  # the logo


def test_pack_carries_no_conflicts_appendix_and_a_past_meeting_shows_its_period(
        meeting: tuple[Workspace, str, dict[str, str]], tmp_path: Path) -> None:
    ws, meeting_id, items = meeting
    records = RecordService(ws)
    region = records.list("region")[0]
    records.create("engagement", {"date": "2026-04-20", "kind": "meeting",
                                  "summary": "Before the pack's day", "region": region["id"]})
    records.create("engagement", {"date": "2026-06-01", "kind": "meeting",
                                  "summary": "After the pack's day", "region": region["id"]})
    org = records.create("organisation", {"name": "Inspectorate of Tuvalu",
                                          "kind": "national_inspectorate"})
    for subject, received, decided in (("Decided after the day", "2026-03-01", "2026-06-01"),
                                       ("Decided before the day", "2026-03-01", "2026-04-01"),
                                       ("Received after the day", "2026-06-02", None)):
        records.create("assistance_request", {
            "requester": org, "subject": subject, "received_on": received,
            "ec_decision": "approved" if decided else None, "decided_on": decided})
    records.update("agenda_item", items["regions"], {"papers": ["awaiting_decision"]})
    assert open_conflicts(ws) == ()
    text = flat(" ".join(page_texts(build(ws, meeting_id, tmp_path / "p.pdf", lambda _i: []))))
    assert "Before the pack's day" in text
    assert "After the pack's day" not in text
    assert "Decided after the day" in text  # still waiting for the EC on the day
    assert "Decided before the day" not in text and "Received after the day" not in text
    assert "conflict" not in text.lower()
