"""The generic record page, driven like a person would: typing, picking, saving, undoing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from iali_desktop.domain.errors import NotFoundError
from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.records.editors import ChoiceEditor, DateEditor, LineEditor
from iali_desktop.gui.records.record_page import RecordPage
from iali_desktop.gui.records.related_panel import RelatedPanel
from iali_desktop.gui.records.table_model import ID_ROLE
from iali_desktop.services.info import dump_text


def _page(ctx: AppContext, qtbot: QtBot, type_name: str) -> RecordPage:
    page = RecordPage(ctx, type_name)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def _type(qtbot: QtBot, editor: object, text: str) -> None:
    assert isinstance(editor, LineEditor)
    editor.line.selectAll()
    qtbot.keyClicks(editor.line, text)


def test_create_edit_delete_through_the_page_and_undo_each(ctx: AppContext, qtbot: QtBot,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    page = _page(ctx, qtbot, "publication")
    rows_before = page.model.rowCount()
    page.new_action.trigger()
    _type(qtbot, page.form.editors["title"], "Handbook on remote inspections")
    kind = page.form.editors["kind"]
    assert isinstance(kind, ChoiceEditor)
    kind.combo.setCurrentIndex(kind.combo.findData("guide"))
    assert page.form.dirty and page.save_action.isEnabled()
    assert page.form.heading.text().endswith("*")
    page.save_action.trigger()
    assert not page.form.dirty and not page.save_action.isEnabled()
    row_id = page.current_id
    assert row_id and '"Handbook on remote inspections"' in dump_text(ctx.ws)
    assert page.model.rowCount() == rows_before + 1
    assert page.model.data(page.table.currentIndex(), ID_ROLE) == row_id

    _type(qtbot, page.form.editors["title"], "Handbook on hybrid inspections")
    page.save_action.trigger()
    assert ctx.records.get("publication", row_id)["title"] == "Handbook on hybrid inspections"

    asked: list[str] = []
    monkeypatch.setattr(page, "confirm_delete", lambda title: asked.append(title) or True)
    page.delete_action.trigger()
    assert asked == ["Handbook on hybrid inspections"]
    assert "hybrid inspections" not in dump_text(ctx.ws)
    assert page.model.row_of(row_id) == -1 and page.current_id is None

    ctx.undo.undo()  # the delete
    assert ctx.records.get("publication", row_id)["title"] == "Handbook on hybrid inspections"
    assert page.model.row_of(row_id) >= 0
    ctx.undo.undo()  # the edit
    assert ctx.records.get("publication", row_id)["title"] == "Handbook on remote inspections"
    ctx.undo.undo()  # the creation
    with pytest.raises(NotFoundError):
        ctx.records.get("publication", row_id)
    assert "Handbook on" not in dump_text(ctx.ws)


def test_missing_required_field_is_refused_with_a_message(ctx: AppContext,
                                                          qtbot: QtBot) -> None:
    page = _page(ctx, qtbot, "publication")
    before = dump_text(ctx.ws)
    page.new_action.trigger()
    _type(qtbot, page.form.editors["link"], "not-a-web-address")
    assert not page.save()
    errors = page.form.error_texts()
    assert any("required" in e for e in errors), errors
    assert any("web address" in e for e in errors), errors
    assert page.form.field_errors["title"].isVisibleTo(page)
    assert dump_text(ctx.ws) == before and ctx.undo.count() == 0


def test_service_refusal_is_shown_on_the_form(ctx: AppContext, qtbot: QtBot) -> None:
    page = _page(ctx, qtbot, "organisation")
    org = page.model.row_id(0)
    page.show_record(org)
    current = ctx.records.get("organisation", org)["region"]
    # Another window deletes the region this form is about to reference.
    region = next(r for r in ctx.records.ids("region") if r != current)
    picker = page.form.editors["region"]
    picker.set_value(region)
    picker.edited.emit()
    ctx.records.delete("region", region)
    assert not page.save()
    assert any("no region" in e.lower() for e in page.form.error_texts())
    assert ctx.undo.count() == 0 and page.form.dirty


def test_filters_narrow_rows_and_show_record_clears_them(ctx: AppContext,
                                                         qtbot: QtBot) -> None:
    page = _page(ctx, qtbot, "organisation")
    total = page.model.rowCount()
    page.filter_bar.set_choice("kind", "national_inspectorate")
    assert page.model.rowCount() == 10
    with qtbot.waitSignal(page.filter_bar.changed, timeout=2000):
        qtbot.keyClicks(page.filter_bar.search, "Ghana")
    assert page.model.rowCount() == 1
    ilo = ctx.records.list("organisation", Query(filters=(Filter("acronym", Op.EQ, "ILO"),)))
    assert page.show_record(ilo[0]["id"])
    assert page.filter_bar.is_clear() and page.model.rowCount() == total
    assert page.form.editors["name"].value() == ilo[0]["name"]
    assert page.model.data(page.table.currentIndex(), ID_ROLE) == ilo[0]["id"]


def test_date_filter_and_header_sort(ctx: AppContext, qtbot: QtBot) -> None:
    page = _page(ctx, qtbot, "task")
    dated = ctx.records.count("task", Query(filters=(Filter("due_date", Op.NOT_EMPTY),)))
    start = page.filter_bar.date_from
    assert isinstance(start, DateEditor)
    start.set_value("1900-01-01")
    assert page.model.rowCount() == dated
    column = [c.name for c in page.model.columns].index("due_date")
    page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    values = [page.model.row_values(r)["due_date"] for r in range(page.model.rowCount())]
    assert values == sorted(values, reverse=True)


def test_leaving_unsaved_edits_asks_first(ctx: AppContext, qtbot: QtBot,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(ctx, qtbot, "person")
    first, second = page.model.row_id(0), page.model.row_id(1)
    page.show_record(first)
    _type(qtbot, page.form.editors["phone"], "+41 22 000 00 00")
    monkeypatch.setattr(page.form, "ask_leave", lambda: QMessageBox.StandardButton.Cancel)
    assert not page.show_record(second)
    assert page.current_id == first and page.form.dirty
    monkeypatch.setattr(page.form, "ask_leave", lambda: QMessageBox.StandardButton.Save)
    assert page.show_record(second)
    assert ctx.records.get("person", first)["phone"] == "+41 22 000 00 00"


def test_related_panel_lists_referencing_records_and_opens_them(ctx: AppContext,
                                                                qtbot: QtBot) -> None:
    page = _page(ctx, qtbot, "organisation")
    org = ctx.records.list("organisation", Query(
        filters=(Filter("name", Op.EQ, "Labour Department"),)))[0]["id"]
    page.show_record(org)
    page.tabs.setCurrentWidget(page.related)
    related = page.related
    assert isinstance(related, RelatedPanel)
    types = {t for t, _title in related.entries()}
    assert "person" in types
    item = related.tree.topLevelItem(0).child(0)  # type: ignore[union-attr]
    with qtbot.waitSignal(ctx.events.open_record) as opened:
        related.tree.itemActivated.emit(item, 0)
    assert opened.args[0] in types


def test_task_page_adds_a_progress_update(ctx: AppContext, qtbot: QtBot) -> None:
    from iali_desktop.gui.records.task_update_dialog import TaskUpdateDialog
    from iali_desktop.gui.records.task_updates_panel import TaskUpdatesPanel

    page = _page(ctx, qtbot, "task")
    task = page.model.row_id(0)
    page.show_record(task)
    panel = next(p for p in page._panels if isinstance(p, TaskUpdatesPanel))
    before = len(panel.entries())
    panel.add_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, TaskUpdateDialog)
    dialog.accept()  # empty text: refused, stays open
    assert dialog.error.isVisibleTo(dialog) and ctx.undo.count() == 0
    qtbot.keyClicks(dialog.text, "Met the regional alliance; plan agreed.")
    dialog.progress.setValue(85)
    dialog.accept()
    assert len(panel.entries()) == before + 1
    assert "Met the regional alliance" in panel.entries()[0]
    assert ctx.records.get("task", task)["progress"] == 85
    assert page.form.editors["progress"].value() == 85
    ctx.undo.undo()
    assert len(panel.entries()) == before
    assert ctx.records.get("task", task)["progress"] != 85


def test_the_progress_updates_tab_shows_the_task_on_the_form_when_opened(
        ctx: AppContext, qtbot: QtBot) -> None:
    from iali_desktop.gui.records.task_updates_panel import TaskUpdatesPanel

    page = _page(ctx, qtbot, "task")
    qtbot.waitExposed(page)
    first, second = page.model.row_id(0), page.model.row_id(1)
    ctx.records.create("task_update", {"task": second, "date": "2026-11-30",
                                       "text": "Second task moved on."})
    panel = next(p for p in page._panels if isinstance(p, TaskUpdatesPanel))
    assert page.form.row_id == first and not panel.isVisible()
    page.show_record(second)  # behind the Details tab: nothing read yet
    tabs = page.tabs.tabBar()
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == "Progress updates")
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(index).center())
    qtbot.waitUntil(panel.isVisible)
    shown = [panel.timeline.item(i).text() for i in range(panel.timeline.count())]
    assert len(shown) == 1 and "Second task moved on." in shown[0]


@pytest.mark.parametrize("type_name", ["action_plan", "action_area", "key_outcome", "task",
                                       "task_update", "region", "organisation", "person",
                                       "representative_assignment", "engagement", "agreement",
                                       "event", "event_participant", "agenda_item", "decision",
                                       "member", "dues", "expert", "assistance_request",
                                       "criterion_assessment", "ibor_assessment",
                                       "publication", "term"])
def test_every_type_opens_and_shows_its_first_record(ctx: AppContext, qtbot: QtBot,
                                                     type_name: str) -> None:
    page = _page(ctx, qtbot, type_name)
    if page.model.rowCount():
        row_id = page.model.row_id(0)
        assert page.show_record(row_id)
        assert not page.form.dirty, f"{type_name} form is dirty right after loading"
        values, errors = page.form.collect()
        assert not errors, errors
        stored = ctx.records.get(type_name, row_id)
        assert {k: v for k, v in values.items() if v != stored[k]} == {}
    assert not page.grab().isNull()


def test_renaming_a_referenced_record_updates_the_column(ctx: AppContext,
                                                         qtbot: QtBot) -> None:
    page = _page(ctx, qtbot, "person")
    col = [c.name for c in page.model.columns].index("organisation")
    row = next(r for r in range(page.model.rowCount())
               if page.model.row_values(r)["organisation"])
    org = page.model.row_values(row)["organisation"]
    ctx.records.update("organisation", org, {"name": "Renamed inspectorate"})
    ctx.events.changed.emit("organisation")
    shown = {page.model.data(page.model.index(r, col)) for r in range(page.model.rowCount())}
    assert "Renamed inspectorate" in shown


def test_reference_filter_narrows_rows(ctx: AppContext, qtbot: QtBot) -> None:
    page = _page(ctx, qtbot, "person")
    bar = page.filter_bar
    assert bar.ref_field.currentData().name == "organisation"
    org = ctx.records.list("organisation", Query(
        filters=(Filter("name", Op.EQ, "Labour Department"),)))[0]["id"]
    assert bar.ref_picker is not None
    bar.ref_picker.ensure_loaded()
    bar.ref_picker.setCurrentIndex(bar.ref_picker.findData(org))
    names = {page.model.row_values(r)["name"] for r in range(page.model.rowCount())}
    assert names == {"Kwame Mensah"}


def test_clearing_a_date_writes_no_value_and_a_yes_no_writes_no(
        ctx: AppContext, qtbot: QtBot) -> None:
    from iali_desktop.gui.records.editors import BoolEditor

    page = _page(ctx, qtbot, "event")
    event = next(r["id"] for r in ctx.records.list("event")
                 if r["end_date"] and r["virtual"] is not None)
    page.show_record(event)
    end = page.form.editors["end_date"]
    virtual = page.form.editors["virtual"]
    assert isinstance(end, DateEditor) and isinstance(virtual, BoolEditor)
    end.date.line.setFocus()
    end.date.line.selectAll()
    qtbot.keyClick(end.date.line, Qt.Key.Key_Delete)
    virtual.box.setChecked(True)
    virtual.box.setChecked(False)
    assert page.save()
    row = ctx.records.get("event", event)
    assert row["end_date"] is None and row["virtual"] is False


def test_delete_key_in_a_text_field_edits_the_text_not_the_record(
        ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(ctx, qtbot, "publication")
    page.show_record(page.model.row_id(0))
    asked: list[str] = []
    monkeypatch.setattr(page, "confirm_delete", lambda title: asked.append(title) or False)
    title = page.form.editors["title"]
    assert isinstance(title, LineEditor)
    with qtbot.waitActive(page):
        page.activateWindow()
    title.line.setFocus()
    title.line.setCursorPosition(0)
    qtbot.keyClick(title.line, Qt.Key.Key_Delete)
    assert asked == [] and page.form.dirty
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(asked) == 1


def test_tab_goes_from_filters_to_table_to_fields_in_order(ctx: AppContext,
                                                          qtbot: QtBot) -> None:
    page = _page(ctx, qtbot, "person")
    page.show_record(page.model.row_id(0))
    chain: list[object] = []
    widget = page.filter_bar.search
    for _ in range(40):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
        if widget is page.filter_bar.search:
            break
    fields = [page.form.editors[n].focusProxy() for n in ("name", "organisation", "email")]
    positions = [chain.index(w) for w in (page.table, *fields)]
    assert positions == sorted(positions)
    unnamed = [w for w in chain if not (w.accessibleName()  # type: ignore[attr-defined]
                                        or getattr(w, "text", lambda: "")())]
    assert unnamed == []


def test_a_choice_picked_while_typing_runs_the_query_once_not_again_after_the_pause(
        ctx: AppContext, qtbot: QtBot) -> None:
    from iali_desktop.gui.records.filter_bar import DEBOUNCE_MS

    page = _page(ctx, qtbot, "engagement")
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(page.model.rowCount()))
    qtbot.keyClicks(page.filter_bar.search, "meeting")
    combo = page.filter_bar.choice_combos["kind"]
    combo.setCurrentIndex(combo.findData("meeting"))  # applies at once, the words with it
    assert len(resets) == 1
    qtbot.wait(DEBOUNCE_MS * 2)
    assert len(resets) == 1
    assert page.model.query.text == "meeting"
