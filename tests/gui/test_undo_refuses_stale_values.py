"""Undo never overwrites a value written outside the undo stack."""

from __future__ import annotations

import logging

import pytest
from pytestqt.qtbot import QtBot

from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.records.undo import DeleteRecordCommand, EditFieldsCommand, push


def _task(ctx: AppContext) -> str:
    rows = ctx.records.list("task", Query(filters=(Filter("status", Op.EQ, "in_progress"),),
                                          limit=1))
    return str(rows[0]["id"])


def test_undo_refuses_when_the_field_changed_since(shell_ctx: AppContext, qtbot: QtBot) -> None:
    task = _task(shell_ctx)
    push(shell_ctx, EditFieldsCommand(shell_ctx, "task", task, {"progress": 10}))
    shell_ctx.records.update("task", task, {"progress": 55})  # e.g. an import
    with qtbot.waitSignal(shell_ctx.events.notice) as notice:
        shell_ctx.undo.undo()
    assert shell_ctx.records.get("task", task)["progress"] == 55
    assert "changed since" in notice.args[0]
    assert not shell_ctx.undo.canUndo() and not shell_ctx.undo.canRedo()


def test_redo_refuses_when_the_field_changed_since(shell_ctx: AppContext, qtbot: QtBot) -> None:
    task = _task(shell_ctx)
    push(shell_ctx, EditFieldsCommand(shell_ctx, "task", task, {"progress": 10}))
    shell_ctx.undo.undo()
    shell_ctx.records.update("task", task, {"progress": 77})
    with qtbot.waitSignal(shell_ctx.events.notice):
        shell_ctx.undo.redo()
    assert shell_ctx.records.get("task", task)["progress"] == 77
    assert not shell_ctx.undo.canRedo()


def test_undo_of_a_delete_refuses_once_restored_elsewhere(shell_ctx: AppContext,
                                                          qtbot: QtBot) -> None:
    task = _task(shell_ctx)
    push(shell_ctx, DeleteRecordCommand(shell_ctx, "task", task))
    shell_ctx.records.restore("task", task)
    shell_ctx.records.update("task", task, {"progress": 33})
    with qtbot.waitSignal(shell_ctx.events.notice):
        shell_ctx.undo.undo()
    assert shell_ctx.records.get("task", task)["progress"] == 33


def test_unchanged_records_still_undo_and_redo(shell_ctx: AppContext) -> None:
    task = _task(shell_ctx)
    before = shell_ctx.records.get("task", task)["progress"]
    push(shell_ctx, EditFieldsCommand(shell_ctx, "task", task, {"progress": 10}))
    push(shell_ctx, EditFieldsCommand(shell_ctx, "task", task, {"progress": 20}))
    shell_ctx.undo.undo()
    shell_ctx.undo.undo()
    assert shell_ctx.records.get("task", task)["progress"] == before
    shell_ctx.undo.redo()
    shell_ctx.undo.redo()
    assert shell_ctx.records.get("task", task)["progress"] == 20


def test_a_refused_undo_of_a_new_plan_is_shown_not_raised(
        shell_ctx: AppContext, qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    from iali_desktop.gui.plan_undo import StartPlanCommand
    from iali_desktop.services.plans import PlanService

    source = PlanService(shell_ctx.records).current_plan()
    assert source is not None
    command = StartPlanCommand(shell_ctx, str(source["id"]), "Plan 2029 – 2032", 2029, 2032)
    shell_ctx.undo.push(command)
    assert command.plan_id is not None
    shell_ctx.records.delete("action_plan", command.plan_id)  # gone before the undo
    with qtbot.waitSignal(shell_ctx.events.notice) as notice, \
            caplog.at_level(logging.INFO, logger="iali_desktop"):
        shell_ctx.undo.undo()
    assert "not undone" in notice.args[0]
    assert not shell_ctx.undo.canUndo() and not shell_ctx.undo.canRedo()
    # Logged, but not the refusal's words: they may name a record (personal data).
    assert "undoing a new plan was refused" in caplog.text
    assert command.error and command.error not in caplog.text, caplog.text
