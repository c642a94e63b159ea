"""Where record pages start: on a record rather than an empty form, and the tasks page on
the current plan's tasks."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.records.meeting_page import MeetingPage
from iali_desktop.gui.records.record_page import RecordPage
from iali_desktop.gui.records.request_page import AssistanceRequestPage
from iali_desktop.services.overview import Overview
from iali_desktop.services.plans import PlanService


def _shown(page: RecordPage, qtbot: QtBot) -> RecordPage:
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def test_a_page_opens_on_its_first_row(ctx: AppContext, qtbot: QtBot) -> None:
    page = _shown(RecordPage(ctx, "organisation"), qtbot)
    first = page.model.row_id(0)
    assert page.current_id == first
    assert page.table.currentIndex().row() == 0
    assert page.form.heading.full_text() == ctx.records.title("organisation", first)


def test_a_page_shown_for_a_record_keeps_that_record(ctx: AppContext, qtbot: QtBot) -> None:
    page = RecordPage(ctx, "organisation")
    qtbot.addWidget(page)
    last = page.model.row_id(page.model.rowCount() - 1)
    assert page.show_record(last)
    page.show()
    assert page.current_id == last


def test_the_meeting_page_opens_on_the_next_meeting(ctx: AppContext, qtbot: QtBot) -> None:
    page = _shown(MeetingPage(ctx), qtbot)
    upcoming = Overview(ctx.records).next_meeting()
    assert upcoming is not None and page.current_id == upcoming["id"]
    assert page.pack_action.isEnabled()


def test_the_request_page_opens_on_the_oldest_pending_request(ctx: AppContext,
                                                              qtbot: QtBot) -> None:
    page = _shown(AssistanceRequestPage(ctx), qtbot)
    pending = Overview(ctx.records).pending_requests()
    assert pending and page.current_id == pending[0].request["id"]
    assert page.form.heading.full_text() == ctx.records.title("assistance_request",
                                                         pending[0].request["id"])


def test_tasks_open_on_the_current_plan(ctx: AppContext, qtbot: QtBot) -> None:
    plans = PlanService(ctx.records)
    current = plans.current_plan()
    assert current is not None and len(plans.plans()) > 1
    page = _shown(RecordPage(ctx, "task"), qtbot)
    own = ctx.records.list("task", Query(filters=(Filter("plan", Op.EQ, current["id"]),)))
    rows = [page.model.row_values(r) for r in range(page.model.rowCount())]
    assert {r["plan"] for r in rows} == {current["id"]} and len(rows) == len(own)
    assert [(r["kind"], r["number"]) for r in rows] == sorted(
        (r["kind"], r["number"]) for r in rows)
    plan_column = [c.name for c in page.model.columns].index("plan")
    assert page.table.isColumnHidden(plan_column) and page.table.hidden_by_filter(plan_column)
    assert page.current_id == rows[0]["id"]

    page.filter_bar.clear_button.click()
    assert page.model.rowCount() > len(own)
    # Shown again if the list has room for it (narrow lists leave it to the form).
    assert not page.table.hidden_by_filter(plan_column)
    every = ctx.records.list("task")
    assert len({t["plan"] for t in every}) > 1
    other = next(t for t in every if t["plan"] != current["id"])
    page.filter_bar.set_filter("plan", current["id"])
    page.filter_bar.changed.emit()
    assert page.model.row_of(other["id"]) < 0
    assert page.show_record(other["id"])  # a task of another plan clears the filter
    assert page.current_id == other["id"] and page.filter_bar.is_clear()
