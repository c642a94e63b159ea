"""The meeting pack as a secretary makes it: files attached to agenda items through the
attachments service land at their items, and an earlier meeting's action item is carried
into the pack until its task in the plan is done."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from report_helpers import flat, page_texts
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from iali_desktop.reports import build_meeting_pack
from iali_desktop.services import attachments
from iali_desktop.services import minutes as minutes_service
from iali_desktop.services.records import RecordService
from iali_desktop.services.setup import initialise


def write_pdf(path: Path, label: str, pages: int) -> Path:
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    for number in range(1, pages + 1):
        canvas.setFont("Helvetica", 24)
        canvas.drawString(72, A4[1] - 120, f"{label} PAGE {number}")
        canvas.showPage()
    canvas.save()
    return path


def test_attached_papers_and_open_actions_reach_the_pack(tmp_path: Path) -> None:
    ws, _ = initialise(tmp_path / "ec.db", "Secretariat")
    with ws:
        records = RecordService(ws)
        earlier = records.create("event", {"name": "EC meeting (March)", "kind": "ec_meeting",
                                           "start_date": "2023-03-10"})
        meeting = records.create("event", {"name": "EC meeting (June)", "kind": "ec_meeting",
                                           "start_date": "2023-06-16"})
        finance = records.create("agenda_item", {
            "meeting": meeting, "position": 1, "title": "Treasurer's report",
            "kind": "finance", "papers": ["attached_files"]})
        actions = records.create("agenda_item", {
            "meeting": meeting, "position": 2, "title": "Actions of the last meeting",
            "papers": ["open_actions"]})
        action = records.create("decision", {
            "meeting": earlier, "kind": "action_item", "status": "open",
            "text": "Draft the ARLAC cooperation plan", "due_date": "2023-05-01"})
        plan = minutes_service.meeting_plan(records, earlier)
        assert plan is not None
        area = minutes_service.plan_areas(records, plan["id"])[0]
        task = minutes_service.create_task_now(records, action, area["id"])
        attachments.attach(ws, "agenda_item", finance,
                           write_pdf(tmp_path / "treasurer.pdf", "TREASURER", 3))
        attachments.attach(ws, "agenda_item", finance,
                           write_pdf(tmp_path / "budget.pdf", "BUDGET", 2))

        texts = page_texts(build_meeting_pack(ws, meeting, tmp_path / "pack.pdf",
                                              as_of=dt.date(2023, 6, 1)))
        item = next(i for i, t in enumerate(texts)
                    if i > 2 and "Item 1: Treasurer's report" in flat(t))
        treasurer = [i for i, t in enumerate(texts) if "TREASURER PAGE" in t]
        budget = [i for i, t in enumerate(texts) if "BUDGET PAGE" in t]
        assert len(treasurer) == 3 and len(budget) == 2
        assert sorted(treasurer + budget) == list(range(item + 1, item + 6))  # at their item
        assert treasurer == list(range(treasurer[0], treasurer[0] + 3))  # each file whole
        for number, text in enumerate(texts, start=1):
            assert f"Page {number} of {len(texts)}" in text
        body = flat(" ".join(texts))
        assert "Draft the ARLAC cooperation plan" in body

        records.update("task", task, {"status": "done", "progress": 100})
        later = flat(" ".join(page_texts(build_meeting_pack(
            ws, meeting, tmp_path / "pack-after.pdf", as_of=dt.date(2023, 6, 1)))))
        assert "Draft the ARLAC cooperation plan" not in later
        assert actions  # the item that asks for the open actions is in both packs
