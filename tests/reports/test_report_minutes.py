"""The minutes PDF says what the meeting recorded: attendance, each item's minutes and
decisions, the action items with their tasks, the actions carried forward, and whether
the minutes are a draft or were approved (read back from the PDF with pypdf)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from report_helpers import flat, outline_titles, page_texts

from iali_desktop.cli.main import main
from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.reports import build_minutes
from iali_desktop.reports.i18n import Translator
from iali_desktop.services import minutes as minutes_service
from iali_desktop.services.overview import Overview
from iali_desktop.services.records import RecordService
from iali_desktop.services.workspace import Workspace

LONG_MINUTES = ("The Treasurer presented the accounts for 2025.\n\n"
                "After discussion the Committee thanked the Treasurer; "
                "Émilie asked for a breakdown by region.")
DECISION = "The EC adopts the accounts for 2025.\nThe reserve policy is kept unchanged."
ACTION = "Send the regional breakdown of the accounts to all EC members."


@dataclass
class Meeting:
    ws: Workspace
    db: Path
    earlier: dict[str, str]
    later: dict[str, str]
    people: list[dict[str, str]]
    task_id: str


@pytest.fixture
def recorded(report_db: Path, tmp_path: Path) -> Iterator[Meeting]:
    """The earlier EC meeting of the demo, with its attendance, minutes and decisions
    recorded as a secretary does after the meeting."""
    db = shutil.copyfile(report_db, tmp_path / "minutes.db")
    with Workspace.open(db) as ws:
        records = RecordService(ws)
        later, earlier = Overview(records).ec_meetings()[:2]
        people = records.list("person", Query(order=("name",)))[:4]
        for person, role, attendance in zip(
                people, ("chair", None, None, None), ("present", "present", "apologies", "absent"),
                strict=True):
            records.create("event_participant", {"event": earlier["id"], "person": person["id"],
                                                 "role": role, "attendance": attendance})
        item = records.list("agenda_item", Query(filters=(
            Filter("meeting", Op.EQ, earlier["id"]),), order=("position",)))[1]
        records.update("agenda_item", item["id"], {"minutes": LONG_MINUTES})
        records.create("decision", {"meeting": earlier["id"], "agenda_item": item["id"],
                                    "kind": "decision", "text": DECISION})
        action = records.create("decision", {
            "meeting": earlier["id"], "agenda_item": item["id"], "kind": "action_item",
            "text": ACTION, "owner": people[2]["id"], "due_date": "2026-09-30",
            "status": "open"})
        plan = minutes_service.meeting_plan(records, earlier["id"])
        assert plan is not None
        area = minutes_service.plan_areas(records, plan["id"])[0]
        task_id = minutes_service.create_task_now(records, action, area["id"])
        yield Meeting(ws, db, earlier, later, people, task_id)


def _name(person: dict[str, str]) -> str:
    return person["name"]


def test_minutes_pdf_matches_the_meeting(recorded: Meeting, tmp_path: Path) -> None:
    from iali_desktop.services.association import Association, save_association

    save_association(recorded.ws, Association("Association of Labour Inspectors"))
    out = build_minutes(recorded.ws, recorded.earlier["id"], tmp_path / "minutes.pdf")
    pages = page_texts(out)
    text = flat(" ".join(pages))
    p = recorded.people
    # The association named in Settings heads the minutes and every footer.
    assert text.startswith("Association of Labour Inspectors")
    assert all(flat(page).count("Association of Labour Inspectors ·") == 1 for page in pages)
    assert "IALI Desktop" not in text
    assert f"Minutes of the EC meeting {recorded.earlier['name']}" in text
    assert f"Present: {_name(p[0])} (Chair); {_name(p[1])}" in text
    assert f"Apologies: {_name(p[2])}" in text
    assert f"Absent: {_name(p[3])}" in text
    assert flat(LONG_MINUTES) in text
    assert flat(f"Decision: {DECISION}") in text
    assert flat(f"Action: {ACTION}") in text
    actions = text[text.index("Action items Action Owner Due Task Status"):]
    assert flat(f"{ACTION} {_name(p[2])} 30 September 2026") in actions
    task = RecordService(recorded.ws).get("task", recorded.task_id)
    assert f"{task['title']} (Not started)" in actions
    # a draft says so under the heading and across every page
    assert "DRAFT: not yet approved" in text
    assert all("DRAFT" in page for page in pages)
    assert [t for _, t in outline_titles(out)][:2] == ["Attendance", "Minutes and decisions"]


def test_approved_minutes_say_where_and_when(recorded: Meeting, tmp_path: Path) -> None:
    records = RecordService(recorded.ws)
    minutes_service.approve_now(records, recorded.earlier["id"], recorded.later["id"])
    out = build_minutes(recorded.ws, recorded.earlier["id"], tmp_path / "approved.pdf")
    pages = page_texts(out)
    text = flat(" ".join(pages))
    day = recorded.later["start_date"]
    assert f"Approved at {recorded.later['name']} on {Translator('en').date(day)}" in text
    assert not any("DRAFT" in page for page in pages)


def test_the_next_meeting_lists_the_open_actions_carried_forward(recorded: Meeting,
                                                                   tmp_path: Path) -> None:
    out = build_minutes(recorded.ws, recorded.later["id"], tmp_path / "next.pdf", lang="fr")
    text = flat(" ".join(page_texts(out)))
    carried = text[text.index("Actions reportées des réunions précédentes"):]
    assert flat(ACTION) in carried and recorded.earlier["name"] in carried
    records = RecordService(recorded.ws)
    records.update("task", recorded.task_id, {"status": "done", "progress": 100})
    again = flat(" ".join(page_texts(build_minutes(
        recorded.ws, recorded.later["id"], tmp_path / "next2.pdf", lang="fr"))))
    assert flat(ACTION) not in again


def test_minutes_from_the_command_line(recorded: Meeting, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    meeting = recorded.earlier["id"]
    recorded.ws.close()
    out = tmp_path / "cli-minutes.pdf"
    assert main(["report", "minutes", "--db", str(recorded.db), "--meeting", meeting,
                 "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"wrote {out}"
    assert flat(ACTION) in flat(" ".join(page_texts(out)))
    with Workspace.open(recorded.db) as ws:  # a non-EC event has no minutes
        webinar = RecordService(ws).list("event", Query(filters=(
            Filter("kind", Op.EQ, "webinar"),)))[0]
    code = main(["report", "minutes", "--db", str(recorded.db), "--meeting", webinar["id"],
                 "--out", str(tmp_path / "no.pdf")])
    assert code == 1
    assert "is not an EC meeting, so it has no minutes" in capsys.readouterr().err
    assert not (tmp_path / "no.pdf").exists()
