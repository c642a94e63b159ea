"""Recording an EC meeting on its page: the meeting, its agenda items' minutes and its
decisions are saved together by Ctrl+S as one undo step; an action item becomes a task of
the plan; the previous minutes are approved; the minutes PDF is printed, and when no
viewer opens it the user is told where it is. Real widgets, real key and mouse events."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from iali_desktop.domain.errors import NotFoundError
from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.file_dialogs import documents_folder
from iali_desktop.gui.preferences import Preferences
from iali_desktop.gui.records.editors import LineEditor, LongTextEditor
from iali_desktop.gui.records.meeting_page import MeetingPage
from iali_desktop.gui.reports.launcher import ReportLauncher
from iali_desktop.services.overview import Overview


def _page(ctx: AppContext, qtbot: QtBot, earlier: bool = True) -> tuple[MeetingPage, str]:
    page = MeetingPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    with qtbot.waitActive(page):
        page.activateWindow()
    later, first = Overview(ctx.records).ec_meetings()[:2]
    meeting = str((first if earlier else later)["id"])
    assert page.show_record(meeting)
    return page, meeting


def _select(panel: object, row_id: str) -> None:
    row = panel.model.row_of(row_id)  # type: ignore[attr-defined]
    panel.table.selectRow(row)  # type: ignore[attr-defined]


def _save_with_keys(qtbot: QtBot, focus: object) -> None:
    """Ctrl+S (the platform's Save) pressed where the person was typing."""
    sequence = QKeySequence(QKeySequence.StandardKey.Save)[0]
    qtbot.keyClick(focus, sequence.key(), sequence.keyboardModifiers())  # type: ignore[arg-type]


def _retype(qtbot: QtBot, editor: LongTextEditor, *lines: str) -> None:
    editor.edit.setFocus()
    editor.edit.selectAll()
    qtbot.keyClick(editor.edit, Qt.Key.Key_Delete)
    for n, line in enumerate(lines):
        if n:
            qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
        qtbot.keyClicks(editor.edit, line)


def test_ctrl_s_saves_the_meeting_its_minutes_and_decisions_as_one_step(
        ctx: AppContext, qtbot: QtBot) -> None:
    page, meeting = _page(ctx, qtbot)
    old_place = ctx.records.get("event", meeting)["place"]
    place = page.form.editors["place"]
    assert isinstance(place, LineEditor)
    place.line.setFocus()
    place.line.selectAll()
    qtbot.keyClicks(place.line, "Lisbon")

    page.tabs.setCurrentWidget(page.agenda)
    item = page.agenda.form.row_id
    assert item is not None
    old_minutes = ctx.records.get("agenda_item", item)["minutes"]
    minutes = page.agenda.form.editors["minutes"]
    assert isinstance(minutes, LongTextEditor)
    _retype(qtbot, minutes, "The agenda was adopted.", "No other business was added.")

    page.tabs.setCurrentWidget(page.decisions)
    decision = page.decisions.form.row_id
    assert decision is not None
    old_text = ctx.records.get("decision", decision)["text"]
    text = page.decisions.form.editors["text"]
    assert isinstance(text, LongTextEditor)
    _retype(qtbot, text, "The EC adopts the plan.", "Areas 2 and 5 report in spring.")
    assert page.save_action.isEnabled() and page.has_unsaved
    assert not page.decisions.form.save_button.isVisible()  # no second Save in the tab
    steps = ctx.undo.count()

    _save_with_keys(qtbot, text.edit)

    assert ctx.records.get("event", meeting)["place"] == "Lisbon"
    assert ctx.records.get("agenda_item", item)["minutes"] == \
        "The agenda was adopted.\nNo other business was added."
    assert ctx.records.get("decision", decision)["text"] == \
        "The EC adopts the plan.\nAreas 2 and 5 report in spring."
    assert ctx.undo.count() == steps + 1
    assert not page.has_unsaved and not page.save_action.isEnabled()
    assert page.decisions.form.row_id == decision  # the tab stays on what was edited

    ctx.undo.undo()
    assert ctx.records.get("event", meeting)["place"] == old_place
    assert ctx.records.get("agenda_item", item)["minutes"] == old_minutes
    assert ctx.records.get("decision", decision)["text"] == old_text


def test_one_wrong_field_in_a_tab_saves_nothing(ctx: AppContext, qtbot: QtBot) -> None:
    page, meeting = _page(ctx, qtbot)
    old_place = ctx.records.get("event", meeting)["place"]
    place = page.form.editors["place"]
    assert isinstance(place, LineEditor)
    place.line.setFocus()
    place.line.selectAll()
    qtbot.keyClicks(place.line, "Lisbon")
    page.tabs.setCurrentWidget(page.decisions)
    text = page.decisions.form.editors["text"]
    assert isinstance(text, LongTextEditor)
    _retype(qtbot, text)  # a decision with no text

    _save_with_keys(qtbot, text.edit)

    assert ctx.records.get("event", meeting)["place"] == old_place
    assert page.has_unsaved
    assert any("required" in t for t in page.decisions.form.error_texts())


def test_an_action_item_becomes_a_task_of_the_plan_in_one_undo_step(
        ctx: AppContext, qtbot: QtBot) -> None:
    page, meeting = _page(ctx, qtbot)
    page.tabs.setCurrentWidget(page.decisions)
    action = ctx.records.list("decision", Query(filters=(
        Filter("meeting", Op.EQ, meeting), Filter("kind", Op.EQ, "action_item"),
        Filter("status", Op.EQ, "open"))))[0]
    _select(page.decisions, action["id"])
    assert page.task_button.isEnabled()
    qtbot.mouseClick(page.task_button, Qt.MouseButton.LeftButton)
    dialog = page.task_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.new_radio.isChecked() and dialog.area_combo.count() == 6
    dialog.area_combo.setCurrentIndex(3)
    area = dialog.area_combo.currentData()
    steps = ctx.undo.count()

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    task_id = ctx.records.get("decision", action["id"])["task"]
    assert task_id is not None
    task = ctx.records.get("task", task_id)
    assert (task["area"], task["title"], task["owner"], task["due_date"]) == (
        area, action["text"], action["owner"], action["due_date"])
    assert ctx.undo.count() == steps + 1
    assert not page.task_button.isEnabled()  # linked now
    assert page.decisions.form.editors["task"].value() == task_id

    ctx.undo.undo()
    assert ctx.records.get("decision", action["id"])["task"] is None
    try:
        ctx.records.get("task", task_id)
        raise AssertionError("the task outlived its undo")
    except NotFoundError:
        pass
    assert page.task_button.isEnabled()


def test_the_previous_minutes_are_approved_at_this_meeting(ctx: AppContext,
                                                          qtbot: QtBot) -> None:
    page, meeting = _page(ctx, qtbot, earlier=False)
    previous = page.minutes.previous()
    assert previous is not None and page.minutes.approve_action.isEnabled()

    asked: list[str] = []
    finished: list[bool] = []

    def answer() -> None:  # Yes to the question; any other message (a refusal) is closed
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            yes = box.button(QMessageBox.StandardButton.Yes)
            (yes or box.button(QMessageBox.StandardButton.Ok)).click()
        if not finished:
            QTimer.singleShot(50, answer)

    QTimer.singleShot(0, answer)
    page.minutes.approve_action.trigger()
    finished.append(True)
    assert previous["name"] in asked[0]

    row = ctx.records.get("event", previous["id"])
    day = ctx.records.get("event", meeting)["start_date"]
    assert (row["minutes_status"], row["minutes_approved_at"], row["minutes_approved_on"]) == (
        "approved", meeting, day)
    assert not page.minutes.approve_action.isEnabled()


def test_minutes_pdf_from_the_page_says_where_it_is_when_no_viewer_opens(
        ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    page, meeting = _page(ctx, qtbot)
    launcher = ReportLauncher(ctx, Preferences(tmp_path / "prefs.ini"),
                              opener=lambda _path: False)
    page.use_launcher(launcher)
    assert page.minutes.pdf_action in page.type_toolbar.actions()
    dialog = page.minutes.print_minutes()
    assert dialog is not None and dialog.subject() == meeting
    # the first report goes to Documents (made if missing), never the home folder
    assert dialog.output().parent == documents_folder() != Path.home()
    out = tmp_path / "reports" / "minutes.pdf"
    out.parent.mkdir()
    dialog.file_edit.setText(str(out))
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: launcher.notice is not None, timeout=30_000)
    notice = launcher.notice
    assert notice is not None and notice.isVisible()
    assert str(out) in notice.text()
    assert out.read_bytes().startswith(b"%PDF")
    assert launcher.folder() == out.parent


def test_moving_to_another_agenda_item_saves_the_whole_meeting_when_asked(
        ctx: AppContext, qtbot: QtBot) -> None:
    page, meeting = _page(ctx, qtbot)
    place = page.form.editors["place"]
    assert isinstance(place, LineEditor)
    place.line.setFocus()
    qtbot.keyClicks(place.line, "Lisbon")
    page.tabs.setCurrentWidget(page.agenda)
    first = page.agenda.form.row_id
    assert first is not None
    minutes = page.agenda.form.editors["minutes"]
    assert isinstance(minutes, LongTextEditor)
    _retype(qtbot, minutes, "Adopted without changes.")
    steps = ctx.undo.count()
    asked: list[str] = []

    def save_when_asked() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Save).click()

    QTimer.singleShot(0, save_when_asked)
    second = page.agenda.model.row_id(1)
    rect = page.agenda.table.visualRect(page.agenda.model.index(1, 1))
    qtbot.mouseClick(page.agenda.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())

    assert len(asked) == 1
    assert ctx.records.get("agenda_item", first)["minutes"] == "Adopted without changes."
    assert ctx.records.get("event", meeting)["place"] == "Lisbon"
    assert ctx.undo.count() == steps + 1
    assert page.agenda.form.row_id == second and not page.has_unsaved


def test_attendance_is_recorded_for_the_ec_members(ctx: AppContext, qtbot: QtBot) -> None:
    page, meeting = _page(ctx, qtbot)
    page.tabs.setCurrentWidget(page.attendance)
    ec = [p for p in ctx.records.list("person") if {"president", "ec_member",
                                                       "regional_representative"}
          & set(p["roles"] or ())]
    steps = ctx.undo.count()
    qtbot.mouseClick(page.ec_button, Qt.MouseButton.LeftButton)
    listed = ctx.records.list("event_participant", Query(filters=(
        Filter("event", Op.EQ, meeting),)))
    assert sorted(p["person"] for p in listed) == sorted(p["id"] for p in ec)
    president = next(p["id"] for p in ec if "president" in p["roles"])
    assert {p["person"]: p["role"] for p in listed}[president] == "chair"
    assert ctx.undo.count() == steps + 1
    assert page.add_ec_members() == 0  # nobody twice

    absent = next(p for p in listed if p["person"] != president)
    _select(page.attendance, absent["id"])
    combo = page.attendance.form.editors["attendance"].combo  # type: ignore[attr-defined]
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("apologies"))
    _save_with_keys(qtbot, combo)
    assert ctx.records.get("event_participant", absent["id"])["attendance"] == "apologies"
