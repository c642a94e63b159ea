"""Passing through a cell of the plan tree writes nothing; a due date can be cleared."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from iali_desktop.gui.context import AppContext
from iali_desktop.gui.plan_delegate import OptionalDateEdit
from iali_desktop.gui.plan_model import COL_DUE, COL_STATUS, PlanTreeModel
from iali_desktop.gui.plan_page import PlanPage
from iali_desktop.services.plans import PlanService


def _task(model: PlanTreeModel, wanted: str) -> QModelIndex:
    """The first task row whose record matches `wanted` ("no_due" or "due")."""
    def walk(parent: QModelIndex) -> QModelIndex:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            ref = index.data(Qt.ItemDataRole.UserRole)
            if ref and ref[0] == "task":
                due = model.node(index).record["due_date"]
                if (wanted == "due") == (due is not None):
                    return index
            found = walk(index)
            if found.isValid():
                return found
        return QModelIndex()

    return walk(QModelIndex())


def _page(ctx: AppContext, qtbot: QtBot) -> PlanPage:
    page = PlanPage(ctx)
    qtbot.addWidget(page)
    return page


def test_leaving_an_untouched_due_date_writes_nothing(shell_ctx: AppContext,
                                                      qtbot: QtBot) -> None:
    page = _page(shell_ctx, qtbot)
    plan_id = page.model.plan_id
    assert plan_id is not None
    area = PlanService(shell_ctx.records).tree(plan_id).areas[0].area["id"]
    task_id = shell_ctx.records.create("task", {
        "plan": plan_id, "area": area, "kind": "specific_task", "title": "No due date yet"})
    page.model.refresh()
    index = page.model.index_of(task_id)
    assert index.isValid()
    delegate = page.view.itemDelegate()
    before = shell_ctx.undo.count()
    for column in (COL_DUE, COL_STATUS):
        cell = index.siblingAtColumn(column)
        editor = delegate.createEditor(page.view.viewport(), QStyleOptionViewItem(), cell)
        delegate.setEditorData(editor, cell)
        delegate.setModelData(editor, page.model, cell)
    record = shell_ctx.records.get("task", task_id)
    assert record["due_date"] is None and record["status"] is None
    assert shell_ctx.undo.count() == before


def test_a_due_date_can_be_cleared(shell_ctx: AppContext, qtbot: QtBot) -> None:
    page = _page(shell_ctx, qtbot)
    index = _task(page.model, "due")
    task_id = index.data(Qt.ItemDataRole.UserRole)[1]
    cell = index.siblingAtColumn(COL_DUE)
    delegate = page.view.itemDelegate()
    editor = delegate.createEditor(page.view.viewport(), QStyleOptionViewItem(), cell)
    assert isinstance(editor, OptionalDateEdit)
    delegate.setEditorData(editor, cell)
    assert editor.value() is not None
    editor.line.selectAll()
    qtbot.keyClick(editor.line, Qt.Key.Key_Delete)
    assert editor.value() is None and editor.text() == ""
    delegate.setModelData(editor, page.model, cell)
    assert shell_ctx.records.get("task", task_id)["due_date"] is None
    status = index.siblingAtColumn(COL_STATUS)
    combo = delegate.createEditor(page.view.viewport(), QStyleOptionViewItem(), status)
    assert isinstance(combo, QComboBox)


def test_a_due_date_typed_with_a_two_digit_year_is_refused_in_the_tree(
        shell_ctx: AppContext, qtbot: QtBot) -> None:
    page = _page(shell_ctx, qtbot)
    index = _task(page.model, "due")
    task_id = index.data(Qt.ItemDataRole.UserRole)[1]
    before = shell_ctx.records.get("task", task_id)["due_date"]
    cell = index.siblingAtColumn(COL_DUE)
    delegate = page.view.itemDelegate()
    editor = delegate.createEditor(page.view.viewport(), QStyleOptionViewItem(), cell)
    delegate.setEditorData(editor, cell)
    editor.line.selectAll()
    qtbot.keyClicks(editor.line, "3/3/17")
    delegate.setModelData(editor, page.model, cell)
    assert shell_ctx.records.get("task", task_id)["due_date"] == before
    assert page.refusal.isVisibleTo(page) and "four digits" in page.refusal.text()
