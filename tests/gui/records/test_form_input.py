"""Forms that cannot mislead: typed dates read as meant or refused, no wheel edits on a box
nobody chose, the done/100 % rule where progress is set, one-line headings, a detail side
that follows the filters, and required dates that start on today. Driven with real key,
focus and wheel events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QCalendarWidget, QTableView, QWidget
from pytestqt.qtbot import QtBot

from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.gui import wheel_guard
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.i18n import Translators
from iali_desktop.gui.records.editors import BoolEditor, ChoiceEditor, DateEditor, IntegerEditor
from iali_desktop.gui.records.record_page import RecordPage
from iali_desktop.gui.records.task_update_dialog import TaskUpdateDialog
from iali_desktop.services.info import dump_text
from iali_desktop.services.plans import PlanService
from iali_desktop.services.profile import Profile, save_profile


@pytest.fixture
def page_of(ctx: AppContext, qtbot: QtBot, app: QApplication) -> Iterator[object]:
    def make(type_name: str) -> RecordPage:
        page = RecordPage(ctx, type_name)
        qtbot.addWidget(page)
        page.resize(1200, 800)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()  # focus changes (Tab, clicks) as on a real desktop
        qtbot.waitUntil(page.isActiveWindow)
        return page
    yield make


def _wheel(widget: QWidget, notches: int = -1) -> None:
    """One real wheel turn over the middle of `widget`, through the application."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _type_date(qtbot: QtBot, editor: DateEditor, text: str) -> None:
    qtbot.mouseClick(editor.date.line, Qt.MouseButton.LeftButton)  # focus, as a person does
    editor.date.line.selectAll()
    qtbot.keyClicks(editor.date.line, text)


def _end_date_of_an_event(ctx: AppContext, page_of: object, before: str = "9999"
                          ) -> tuple[RecordPage, DateEditor]:
    """An event page showing an event with an end date (starting before `before`), and
    that date's editor."""
    page: RecordPage = page_of("event")  # type: ignore[operator]
    page.show_record(next(r["id"] for r in ctx.records.list("event")
                          if r["end_date"] and r["start_date"] <= before))
    end = page.form.editors["end_date"]
    assert isinstance(end, DateEditor)
    return page, end


def test_a_two_digit_year_is_refused_and_never_saved_as_a_guess(
        ctx: AppContext, page_of: object, qtbot: QtBot) -> None:
    page, end = _end_date_of_an_event(ctx, page_of)
    before = dump_text(ctx.ws)
    _type_date(qtbot, end, "3/3/17")
    qtbot.keyClick(end.date.line, Qt.Key.Key_Tab)  # focus leaves the field
    assert end.date.line.text() == "3/3/17", "what was typed stays, nothing is filled in"
    assert "four digits" in page.form.field_errors["end_date"].text()
    assert page.form.field_errors["end_date"].isVisibleTo(page.form)
    qtbot.keyClick(page.form.editors["name"].line, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier)
    assert not page.save()
    assert dump_text(ctx.ws) == before, "a date that was not understood is never saved"


@pytest.mark.parametrize(("language", "typed", "expected", "shown"), [
    ("en", "3/14/2027", "2027-03-14", "3/14/2027"),
    ("en", "2027-03-14", "2027-03-14", "3/14/2027"),
    ("fr", "14/03/2027", "2027-03-14", "14/03/2027"),
    ("fr", "2027-3-4", "2027-03-04", "04/03/2027"),
])
def test_typed_dates_are_read_in_the_locale_order_and_iso(
        ctx: AppContext, page_of: object, qtbot: QtBot, translators: Translators,
        language: str, typed: str, expected: str, shown: str) -> None:
    translators.apply(language)
    page, end = _end_date_of_an_event(ctx, page_of, before="2027-03-01")
    _type_date(qtbot, end, typed)
    qtbot.keyClick(end.date.line, Qt.Key.Key_Tab)
    assert end.value() == expected
    assert end.date.line.text() == shown, "the date is shown back as it was understood"
    assert page.save(), page.form.error_texts()
    assert ctx.records.get("event", page.form.row_id)["end_date"] == expected


def test_an_impossible_day_is_flagged_while_typing(
        ctx: AppContext, page_of: object, qtbot: QtBot) -> None:
    page, end = _end_date_of_an_event(ctx, page_of)
    _type_date(qtbot, end, "2/30/2027")
    assert "no such day" in page.form.field_errors["end_date"].text()
    assert "b3261e" in end.date.line.styleSheet()
    assert not page.save()


def test_the_calendar_button_opens_on_the_shown_date_and_a_clicked_day_is_kept(
        ctx: AppContext, page_of: object, qtbot: QtBot) -> None:
    page, end = _end_date_of_an_event(ctx, page_of)
    shown = end.value()
    assert isinstance(shown, str)
    day = dt.date.fromisoformat(shown)
    target = 20 if day.day != 20 else 21
    seen: dict[str, object] = {}

    def in_the_open_calendar() -> None:  # runs while the menu's own event loop turns
        popup = QApplication.activePopupWidget()
        calendar = popup.findChild(QCalendarWidget) if popup is not None else None
        seen["selected"] = calendar.selectedDate() if calendar is not None else None
        try:
            assert calendar is not None
            days = calendar.findChild(QTableView)
            model = days.model()
            cells = [model.index(r, c) for r in range(model.rowCount())
                     for c in range(model.columnCount())]
            # The first cell reading `target` after the month's 1st: this month's day.
            first = next(i for i, cell in enumerate(cells) if str(cell.data()) == "1")
            cell = next(cell for cell in cells[first:] if str(cell.data()) == str(target))
            qtbot.mouseClick(days.viewport(), Qt.MouseButton.LeftButton,
                             pos=days.visualRect(cell).center())
        finally:
            if popup is not None and popup.isVisible():  # never leave the test waiting
                popup.close()

    QTimer.singleShot(50, in_the_open_calendar)
    qtbot.mouseClick(end.date.calendar_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "selected" in seen)
    assert seen["selected"] == QDate(day.year, day.month, day.day)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert end.value() == day.replace(day=target).isoformat()
    assert page.form.dirty


def _first_task(page_of: object) -> tuple[RecordPage, ChoiceEditor]:
    """The task page showing its first task, and that task's status box."""
    page: RecordPage = page_of("task")  # type: ignore[operator]
    page.show_record(page.model.row_id(0))
    status = page.form.editors["status"]
    assert isinstance(status, ChoiceEditor)
    return page, status


def _focus_the_title(page: RecordPage, qtbot: QtBot) -> None:
    title = page.form.editors["title"]
    title.setFocus()
    qtbot.waitUntil(lambda: title.line.hasFocus())


def test_the_wheel_over_an_unfocused_box_changes_nothing(
        ctx: AppContext, page_of: object, qtbot: QtBot) -> None:
    page, status = _first_task(page_of)
    progress = page.form.editors["progress"]
    assert isinstance(progress, IntegerEditor)
    _focus_the_title(page, qtbot)
    before = (status.combo.currentIndex(), progress.spin.value())
    for _ in range(3):
        _wheel(status.combo)
        _wheel(progress.spin)
    assert (status.combo.currentIndex(), progress.spin.value()) == before
    assert not page.form.dirty
    assert status.combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
    # Once chosen (Tab or click), the wheel is the user's to use.
    status.combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(status.combo.hasFocus)
    _wheel(status.combo)
    assert status.combo.currentIndex() != before[0]


def test_boxes_made_before_the_wheel_guard_is_installed_are_guarded_too(
        ctx: AppContext, page_of: object, qtbot: QtBot, app: QApplication) -> None:
    # The window's start installs the guard after its first paint (`gui/app.py`).
    guard = app.findChild(wheel_guard.WheelGuard)
    assert guard is not None
    app.removeEventFilter(guard)
    guard.setParent(None)
    try:
        page, status = _first_task(page_of)
        assert status.combo.focusPolicy() == Qt.FocusPolicy.WheelFocus  # Qt's own default
        wheel_guard.install(app)
        assert status.combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
        _focus_the_title(page, qtbot)
        before = status.combo.currentIndex()
        _wheel(status.combo)
        assert status.combo.currentIndex() == before and not page.form.dirty
    finally:
        wheel_guard.install(app)


def test_a_progress_update_sets_status_and_progress_and_its_author_is_me(
        ctx: AppContext, page_of: object, qtbot: QtBot) -> None:
    me = ctx.records.list("person")[1]["id"]
    save_profile(ctx.ws, Profile(role=None, region=None, person=me))
    page = page_of("task")  # type: ignore[operator]
    task = next(r for r in ctx.records.list("task")
                if r["status"] == "in_progress" and (r["progress"] or 0) < 100)
    page.show_record(task["id"])
    dialog = TaskUpdateDialog(ctx, task["id"], page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.author.current_id() == me
    assert dialog.status.currentData() == "in_progress"
    qtbot.keyClicks(dialog.text, "Closed with the final workshop.")
    dialog.status.setFocus()
    qtbot.keyClick(dialog.status, Qt.Key.Key_End)  # the last status...
    qtbot.keyClick(dialog.status, Qt.Key.Key_Up)  # ...and one up: Done
    assert dialog.status.currentData() == "done"
    assert dialog.progress.value() == 100, "done means 100 %"
    dialog.progress.setFocus()
    dialog.progress.selectAll()
    qtbot.keyClicks(dialog.progress, "90")
    assert dialog.status.currentData() == "in_progress", "below 100 % a task is not done"
    qtbot.keyClick(dialog.progress, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.progress, Qt.Key.Key_PageUp)
    dialog.status.setCurrentIndex(dialog.status.findData("done"))
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    dialog.accept()
    saved = ctx.records.get("task", task["id"])
    assert (saved["status"], saved["progress"]) == ("done", 100)
    assert page.form.editors["status"].value() == "done"
    assert "100 %" in page.form.findChild(QWidget, "note_status").text()


def test_switching_the_plan_filter_leaves_no_task_of_the_other_plan(
        ctx: AppContext, page_of: object, qtbot: QtBot) -> None:
    page = page_of("task")  # type: ignore[operator]
    plans = PlanService(ctx.records).plans()
    assert len(plans) >= 2
    shown_plan = ctx.records.get("task", page.form.row_id)["plan"]
    other = next(p["id"] for p in plans if p["id"] != shown_plan)
    bar = page.filter_bar
    bar.ref_field.setCurrentIndex(next(i for i in range(bar.ref_field.count())
                                       if bar.ref_field.itemData(i).name == "plan"))
    assert bar.ref_picker is not None
    bar.ref_picker.ensure_loaded()
    bar.ref_picker.setCurrentIndex(bar.ref_picker.findData(other))
    qtbot.waitUntil(lambda: page.form.row_id is None
                    or ctx.records.get("task", page.form.row_id)["plan"] == other)
    assert page.form.row_id is not None
    assert page.form.row_id == page.model.row_id(0)


def test_the_heading_keeps_one_height_for_long_and_short_titles(
        ctx: AppContext, page_of: object, qtbot: QtBot) -> None:
    page = page_of("task")  # type: ignore[operator]
    tasks = sorted(ctx.records.list("task"), key=lambda r: len(r["title"]))
    page.show_record(tasks[0]["id"])
    short_height, first_field = page.form.heading.height(), page.form.editors["title"].y()
    page.show_record(tasks[-1]["id"])
    QApplication.processEvents()
    assert len(tasks[-1]["title"]) > 120
    assert page.form.heading.height() == short_height
    assert page.form.editors["title"].y() == first_field, "fields never move"
    assert page.form.heading.text().endswith("…")
    assert page.form.heading.toolTip() == tasks[-1]["title"]


def test_a_new_engagement_starts_on_today_and_virtual_is_yes_or_no(
        ctx: AppContext, page_of: object, qtbot: QtBot) -> None:
    page = page_of("engagement")  # type: ignore[operator]
    page.new_action.trigger()
    date = page.form.editors["date"]
    assert isinstance(date, DateEditor)
    assert date.value() == dt.date.today().isoformat()
    events = page_of("event")  # type: ignore[operator]
    event = next(r for r in ctx.records.list("event") if r["virtual"] is None)
    events.show_record(event["id"])
    virtual = events.form.editors["virtual"]
    assert isinstance(virtual, BoolEditor)
    assert not virtual.box.isTristate()
    seen = set()
    for _ in range(3):
        qtbot.mouseClick(virtual.box, Qt.MouseButton.LeftButton,
                         pos=QPoint(8, virtual.box.height() // 2))  # on the box itself
        seen.add(virtual.box.text())
    assert seen == {"Yes", "No"}
    assert events.save()
    assert ctx.records.get("event", event["id"])["virtual"] is True


def test_opening_and_saving_an_unset_yes_no_writes_nothing(
        ctx: AppContext, page_of: object) -> None:
    page = page_of("event")  # type: ignore[operator]
    event = next(r for r in ctx.records.list("event") if r["virtual"] is None)
    page.show_record(event["id"])
    assert not page.form.dirty
    assert page.form.editors["virtual"].value() is None
    _ = Query, Filter, Op
