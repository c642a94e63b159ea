"""The EC meeting page (agenda order, decisions) and the assistance request page
(criteria scores, EC decision)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.records.editors import LineEditor, LongTextEditor
from iali_desktop.gui.records.meeting_page import MeetingPage
from iali_desktop.gui.records.request_page import AssistanceRequestPage


def _agenda(ctx: AppContext, meeting: str) -> list[tuple[int, str]]:
    rows = ctx.records.list("agenda_item", Query(
        filters=(Filter("meeting", Op.EQ, meeting),), order=("position",)))
    return [(int(r["position"]), str(r["title"])) for r in rows]


def test_meeting_page_lists_only_ec_meetings(ctx: AppContext, qtbot: QtBot) -> None:
    page = MeetingPage(ctx)
    qtbot.addWidget(page)
    kinds = {page.model.row_values(r)["kind"] for r in range(page.model.rowCount())}
    assert kinds == {"ec_meeting"} and page.model.rowCount() == 2
    assert "kind" not in page.form.editors


def test_agenda_reorders_and_removes_as_single_undo_steps(ctx: AppContext, qtbot: QtBot,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    page = MeetingPage(ctx)
    qtbot.addWidget(page)
    meeting = next(page.model.row_id(r) for r in range(page.model.rowCount())
                   if _agenda(ctx, page.model.row_id(r)))
    page.show_record(meeting)
    before = _agenda(ctx, meeting)
    agenda = page.agenda
    assert agenda.ordered_ids() and len(agenda.ordered_ids()) == len(before)
    agenda._open(agenda.ordered_ids()[0])
    agenda.down_button.click()
    after = _agenda(ctx, meeting)
    assert [t for _p, t in after] == [before[1][1], before[0][1], *[t for _p, t in before[2:]]]
    assert [p for p, _t in after] == list(range(1, len(before) + 1))
    assert ctx.undo.count() == 1
    ctx.undo.undo()
    assert _agenda(ctx, meeting) == before

    monkeypatch.setattr(agenda, "confirm_remove", lambda title: True)
    agenda._open(agenda.ordered_ids()[1])
    agenda.remove_button.click()
    removed = _agenda(ctx, meeting)
    assert [t for _p, t in removed] == [before[0][1], *[t for _p, t in before[2:]]]
    assert [p for p, _t in removed] == list(range(1, len(before)))
    assert ctx.undo.count() == 1
    ctx.undo.undo()
    assert _agenda(ctx, meeting) == before


def test_agenda_item_added_at_the_end(ctx: AppContext, qtbot: QtBot) -> None:
    page = MeetingPage(ctx)
    qtbot.addWidget(page)
    meeting = page.model.row_id(0)
    page.show_record(meeting)
    count = len(_agenda(ctx, meeting))
    page.agenda.add_button.click()
    title = page.agenda.form.editors["title"]
    assert isinstance(title, LineEditor)
    qtbot.keyClicks(title.line, "Date and place of the next meeting")
    assert page.agenda.form.save()
    assert _agenda(ctx, meeting)[-1] == (count + 1, "Date and place of the next meeting")


def test_decision_defaults_and_scope(ctx: AppContext, qtbot: QtBot) -> None:
    page = MeetingPage(ctx)
    qtbot.addWidget(page)
    meeting = page.model.row_id(0)
    page.show_record(meeting)
    decisions = page.decisions
    decisions.add_button.click()
    assert decisions.form.editors["kind"].value() == "decision"
    assert decisions.form.editors["status"].value() == "open"
    text = decisions.form.editors["text"]
    assert isinstance(text, LongTextEditor)  # a decision may run to several lines
    qtbot.keyClicks(text.edit, "Adopt the regional work plan")
    assert page.save()
    rows = ctx.records.list("decision", Query(filters=(Filter("meeting", Op.EQ, meeting),)))
    assert "Adopt the regional work plan" in {r["text"] for r in rows}
    picker = decisions.form.editors["agenda_item"].picker  # type: ignore[attr-defined]
    picker.ensure_loaded()
    offered = {picker.itemData(i) for i in range(1, picker.count())}
    assert offered == {i for i in page.agenda.ordered_ids()}


def test_request_page_scores_criteria_and_records_the_decision(ctx: AppContext,
                                                               qtbot: QtBot) -> None:
    page = AssistanceRequestPage(ctx)
    qtbot.addWidget(page)
    pending = ctx.records.list("assistance_request", Query(
        filters=(Filter("ec_decision", Op.EQ, "pending"),)))[0]["id"]
    page.show_record(pending)
    panel = page.criteria
    assert len(panel.rows) == 7
    start = panel.total_score()
    blank = panel.rows[0]
    old = blank.values()["score"] or 0
    blank.met.setChecked(True)
    blank.score.setValue(5)
    assert panel.total_score() == start - old + 5
    assert "of 35" in panel.total.text() and panel.save_button.isEnabled()
    panel.decision.combo.setCurrentIndex(panel.decision.combo.findData("approved"))
    assert panel.decided_on.value() is not None  # the date follows the decision
    assert panel.save()
    request = ctx.records.get("assistance_request", pending)
    assert request["ec_decision"] == "approved" and request["decided_on"]
    scores = {r["criterion"]: r["score"] for r in ctx.records.list(
        "criterion_assessment", Query(filters=(Filter("request", Op.EQ, pending),)))}
    assert scores[blank.criterion_id] == 5
    assert ctx.undo.count() == 1
    ctx.undo.undo()
    assert ctx.records.get("assistance_request", pending)["ec_decision"] == "pending"
    assert panel.total_score() == start


def test_a_new_agenda_items_papers_follow_its_kind_until_chosen(ctx: AppContext,
                                                                qtbot: QtBot) -> None:
    from iali_desktop.gui.records.editors import ChoiceEditor, ChoicesEditor

    page = MeetingPage(ctx)
    qtbot.addWidget(page)
    meeting = page.model.row_id(0)
    page.show_record(meeting)
    start = page.form.editors["start_time"]
    assert isinstance(start, LineEditor) and start.line.placeholderText() == "09:00"
    page.agenda.add_button.click()
    form = page.agenda.form
    kind, papers = form.editors["kind"], form.editors["papers"]
    assert isinstance(kind, ChoiceEditor) and isinstance(papers, ChoicesEditor)
    assert papers.state() == []
    kind.combo.setCurrentIndex(kind.combo.findData("finance"))
    assert papers.state() == ["attached_files", "members_dues"]
    kind.combo.setCurrentIndex(kind.combo.findData("regional_reports"))
    assert papers.state() == ["attached_files", "regional_reports"]
    papers.list.item(0).setCheckState(Qt.CheckState.Unchecked)  # the secretary's choice
    kind.combo.setCurrentIndex(kind.combo.findData("finance"))
    assert papers.state() == ["regional_reports"]  # kept, not overwritten
    title = form.editors["title"]
    assert isinstance(title, LineEditor)
    qtbot.keyClicks(title.line, "Treasurer's report")
    assert form.save()
    saved = ctx.records.list("agenda_item", Query(filters=(
        Filter("meeting", Op.EQ, meeting), Filter("title", Op.EQ, "Treasurer's report"))))
    assert [(r["kind"], r["papers"]) for r in saved] == [("finance", ["regional_reports"])]
