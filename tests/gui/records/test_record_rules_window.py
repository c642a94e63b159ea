"""Record rules reach the window: typing an impossible record into a record form, or into
the plan tree, shows the services' own sentence, and nothing is written."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from iali_desktop.domain.errors import ValidationError
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.records.editors import ChoiceEditor, DateEditor, IntegerEditor, LineEditor
from iali_desktop.gui.records.record_page import RecordPage
from iali_desktop.services.info import dump_text


def _page(ctx: AppContext, qtbot: QtBot, type_name: str) -> RecordPage:
    page = RecordPage(ctx, type_name)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    with qtbot.waitActive(page):
        page.activateWindow()
    return page


def _save_with_keys(qtbot: QtBot, focus: object) -> None:
    """Ctrl+S (the platform's Save) pressed where the person was typing."""
    sequence = QKeySequence(QKeySequence.StandardKey.Save)[0]
    qtbot.keyClick(focus, sequence.key(), sequence.keyboardModifiers())  # type: ignore[arg-type]


def _service_sentence(ctx: AppContext, type_name: str, row_id: str,
                      values: dict[str, object]) -> str:
    """What the services say to the same write (the CLI prints this very sentence)."""
    try:
        ctx.records.update(type_name, row_id, values)
    except ValidationError as exc:
        return str(exc)
    raise AssertionError("the services accepted an impossible record")


def test_a_task_typed_as_done_at_40_percent_is_refused_on_the_form(ctx: AppContext,
                                                                   qtbot: QtBot) -> None:
    page = _page(ctx, qtbot, "task")
    task = next(r["id"] for r in ctx.records.list("task") if r["status"] == "in_progress")
    page.show_record(task)
    before = dump_text(ctx.ws)
    progress = page.form.editors["progress"]
    status = page.form.editors["status"]
    assert isinstance(progress, IntegerEditor) and isinstance(status, ChoiceEditor)
    progress.spin.setFocus()
    progress.spin.selectAll()
    qtbot.keyClicks(progress.spin, "40")
    qtbot.keyClick(progress.spin, Qt.Key.Key_Tab)
    status.combo.setFocus()
    qtbot.keyClicks(status.combo, "Done")  # a closed combo box selects by typed text
    assert (status.value(), progress.value()) == ("done", 40)
    _save_with_keys(qtbot, status.combo)
    QApplication.processEvents()
    sentence = _service_sentence(ctx, "task", task, {"status": "done", "progress": 40})
    assert page.form.error_texts()[0] == sentence
    assert sentence.startswith("Task: status 'done' does not go with progress 40 %")
    assert page.form.dirty and ctx.undo.count() == 0
    assert dump_text(ctx.ws) == before


def test_an_event_typed_to_end_before_it_starts_is_refused_on_the_form(
        ctx: AppContext, qtbot: QtBot) -> None:
    page = _page(ctx, qtbot, "event")
    event = next(r for r in ctx.records.list("event") if r["end_date"])
    page.show_record(event["id"])
    before = dump_text(ctx.ws)
    end = page.form.editors["end_date"]
    assert isinstance(end, DateEditor) and end.value() is not None
    # Type an end date a year before the start (ISO, as anyone may type it).
    year = int(event["start_date"][:4]) - 1
    end.date.line.setFocus()
    end.date.line.selectAll()
    qtbot.keyClicks(end.date.line, f"{year}{event['start_date'][4:]}")
    assert end.value() is not None and str(end.value()).startswith(str(year))
    _save_with_keys(qtbot, end.date.line)
    QApplication.processEvents()
    sentence = _service_sentence(ctx, "event", event["id"], {"end_date": end.value()})
    assert sentence.startswith("Event: 'Ends' (")
    assert page.form.error_texts()[0] == sentence
    assert ctx.undo.count() == 0 and dump_text(ctx.ws) == before


def test_marking_a_task_done_in_the_plan_tree_below_100_percent_says_why_not(
        ctx: AppContext, qtbot: QtBot) -> None:
    from iali_desktop.gui.plan_model import COL_STATUS
    from iali_desktop.gui.plan_page import PlanPage

    page = PlanPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    with qtbot.waitActive(page):
        page.activateWindow()
    plan_id = page.plan_id()
    assert plan_id is not None
    tree = page.plans.tree(plan_id)
    task = next(t for node in tree.areas for t in node.tasks
                if t["status"] == "in_progress" and (t["progress"] or 0) < 100)
    before = dump_text(ctx.ws)
    page.show_record(task["id"])
    page.view.setCurrentIndex(page.model.index_of(task["id"]).siblingAtColumn(COL_STATUS))
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox)
    qtbot.keyClicks(editor, "Done")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.refusal.isHidden())  # the view commits on its next turn
    sentence = _service_sentence(ctx, "task", task["id"], {"status": "done"})
    assert sentence.startswith("Task: status 'done' does not go with progress")
    assert page.refusal.isVisibleTo(page) and page.refusal.text() == sentence
    assert ctx.undo.count() == 0 and dump_text(ctx.ws) == before


def test_a_french_form_shows_the_value_refusal_in_french_without_the_field_name(
        ctx: AppContext, qtbot: QtBot) -> None:
    from iali_desktop.gui.i18n import Translators

    translators = Translators(QApplication.instance())  # type: ignore[arg-type]
    translators.apply("fr")
    try:
        page = _page(ctx, qtbot, "person")
        person = ctx.records.list("person")[0]["id"]
        page.show_record(person)
        before = dump_text(ctx.ws)
        email = page.form.editors["email"]
        assert isinstance(email, LineEditor)
        email.line.setFocus()
        email.line.selectAll()
        qtbot.keyClicks(email.line, "pas-une-adresse")
        _save_with_keys(qtbot, email.line)
        shown = page.form.field_errors["email"].text()
        assert "n'est pas une adresse électronique" in shown
        assert not shown.lower().startswith("email")
        assert dump_text(ctx.ws) == before
    finally:
        translators.apply("en")
