"""The plan tree: edits in place reach the database (and `dump`), undo reverts them."""

from __future__ import annotations

import json

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from iali_desktop.gui.context import AppContext
from iali_desktop.gui.main_window import MainWindow
from iali_desktop.gui.plan_model import COL_OWNER, COL_PROGRESS, COL_STATUS, PlanTreeModel
from iali_desktop.gui.plan_page import PlanPage
from iali_desktop.services.info import dump_text
from iali_desktop.services.plans import PlanService


def _first_task(model: PlanTreeModel) -> QModelIndex:
    def walk(parent: QModelIndex) -> QModelIndex:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            ref = index.data(Qt.ItemDataRole.UserRole)
            if ref and ref[0] == "task" and model.node(index).record["status"] != "done":
                return index
            found = walk(index)
            if found.isValid():
                return found
        return QModelIndex()

    return walk(QModelIndex())


def _dumped_status(ctx: AppContext, task_id: str) -> str | None:
    dump = json.loads(dump_text(ctx.ws))
    found = [t for t in dump["task"] if t["id"] == task_id]
    return found[0].get("status") if found else None


def test_plan_page_shows_the_current_plan(shell_ctx: AppContext, qtbot: QtBot) -> None:
    page = PlanPage(shell_ctx)
    qtbot.addWidget(page)
    current = PlanService(shell_ctx.records).current_plan()
    assert current is not None and page.plan_id() == current["id"]
    assert page.model.rowCount(QModelIndex()) == 6
    assert page.plan_combo.count() == 3


def test_status_edit_reaches_database_and_dump_and_undo_reverts(
        shell_ctx: AppContext, qtbot: QtBot) -> None:
    page = PlanPage(shell_ctx)
    qtbot.addWidget(page)
    index = _first_task(page.model)
    task_id = index.data(Qt.ItemDataRole.UserRole)[1]
    before = shell_ctx.records.get("task", task_id)["status"]
    status_index = index.siblingAtColumn(COL_STATUS)
    assert page.model.flags(status_index) & Qt.ItemFlag.ItemIsEditable
    # A task is done at 100 % (a record rule): the progress first, then the status.
    assert page.model.setData(index.siblingAtColumn(COL_PROGRESS), 100)
    assert page.model.setData(status_index, "done", Qt.ItemDataRole.EditRole)
    assert shell_ctx.records.get("task", task_id)["status"] == "done"
    assert _dumped_status(shell_ctx, task_id) == "done"
    assert page.model.index_of(task_id).siblingAtColumn(COL_STATUS).data() == "Done"
    shell_ctx.undo.undo()
    assert shell_ctx.records.get("task", task_id)["status"] == before
    assert _dumped_status(shell_ctx, task_id) == before
    shell_ctx.undo.redo()
    assert shell_ctx.records.get("task", task_id)["status"] == "done"


def test_owner_and_progress_edits(shell_ctx: AppContext, qtbot: QtBot) -> None:
    page = PlanPage(shell_ctx)
    qtbot.addWidget(page)
    index = _first_task(page.model)
    task_id = index.data(Qt.ItemDataRole.UserRole)[1]
    person = shell_ctx.records.list("person")[0]
    assert page.model.setData(index.siblingAtColumn(COL_OWNER), person["id"])
    assert page.model.setData(index.siblingAtColumn(COL_PROGRESS), 45)
    task = shell_ctx.records.get("task", task_id)
    assert (task["owner"], task["progress"]) == (person["id"], 45)
    assert page.model.index_of(task_id).siblingAtColumn(COL_OWNER).data() == person["name"]
    assert page.model.index_of(task_id).siblingAtColumn(COL_PROGRESS).data() == "45%"


def test_refused_edit_changes_nothing(shell_ctx: AppContext, qtbot: QtBot) -> None:
    page = PlanPage(shell_ctx)
    qtbot.addWidget(page)
    index = _first_task(page.model)
    assert not page.model.setData(index.siblingAtColumn(COL_PROGRESS), 150)
    assert "progress" in page.model.last_error.lower()
    assert shell_ctx.undo.count() == 0


def test_areas_are_not_editable(shell_ctx: AppContext, qtbot: QtBot) -> None:
    page = PlanPage(shell_ctx)
    qtbot.addWidget(page)
    area = page.model.index(0, COL_STATUS)
    assert not page.model.flags(area) & Qt.ItemFlag.ItemIsEditable
    assert page.model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags


def test_plan_model_passes_qtmodeltester(shell_ctx: AppContext, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = PlanTreeModel(shell_ctx)
    model.load(PlanService(shell_ctx.records).current_plan()["id"])  # type: ignore[index]
    qtmodeltester.check(model)


def test_switching_plans_and_showing_a_record(window: MainWindow,
                                              shell_ctx: AppContext) -> None:
    plans = {p["title"]: p["id"] for p in PlanService(shell_ctx.records).plans()}
    old_plan = next(pid for title, pid in plans.items() if "2011" in title)
    tree = PlanService(shell_ctx.records).tree(old_plan)
    task = tree.areas[2].specific[0]
    page = window.show_page("plan")
    assert isinstance(page, PlanPage)
    page.show_record(task["id"])
    assert page.plan_id() == old_plan
    assert page.view.currentIndex().data(Qt.ItemDataRole.UserRole) == ("task", task["id"])
    assert task["title"] in page.detail.toPlainText()


def test_start_new_plan_is_one_undoable_step(shell_ctx: AppContext, qtbot: QtBot) -> None:
    page = PlanPage(shell_ctx)
    qtbot.addWidget(page)
    source = page.plan_id()
    assert source is not None
    before = len(PlanService(shell_ctx.records).plans())
    command = page.start_plan(source, "IALI Action Plan 2029 – 2032", 2029, 2032)
    assert command is not None and command.plan_id is not None
    assert page.plan_id() == command.plan_id
    assert page.model.rowCount(QModelIndex()) == 6
    assert len(PlanService(shell_ctx.records).plans()) == before + 1
    shell_ctx.undo.undo()
    assert len(PlanService(shell_ctx.records).plans()) == before
    assert page.plan_combo.findData(command.plan_id) == -1
    shell_ctx.undo.redo()
    assert shell_ctx.records.get("action_plan", command.plan_id)["title"].endswith("2032")


def test_delegate_editors_write_through_the_model(shell_ctx: AppContext, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QComboBox, QSpinBox, QStyleOptionViewItem

    page = PlanPage(shell_ctx)
    qtbot.addWidget(page)
    delegate = page.view.itemDelegate()
    index = _first_task(page.model)
    task_id = index.data(Qt.ItemDataRole.UserRole)[1]
    status_index = index.siblingAtColumn(COL_STATUS)
    editor = delegate.createEditor(page.view.viewport(), QStyleOptionViewItem(), status_index)
    assert isinstance(editor, QComboBox)
    assert editor.count() == 5 and editor.itemText(1) == "In progress"
    delegate.setEditorData(editor, status_index)
    editor.setCurrentIndex(editor.findData("on_hold"))
    delegate.setModelData(editor, page.model, status_index)
    assert shell_ctx.records.get("task", task_id)["status"] == "on_hold"
    progress_index = page.model.index_of(task_id).siblingAtColumn(COL_PROGRESS)
    spin = delegate.createEditor(page.view.viewport(), QStyleOptionViewItem(), progress_index)
    assert isinstance(spin, QSpinBox)
    spin.setValue(70)
    delegate.setModelData(spin, page.model, progress_index)
    assert shell_ctx.records.get("task", task_id)["progress"] == 70
    assert shell_ctx.undo.count() == 2
