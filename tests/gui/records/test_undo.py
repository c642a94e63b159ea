"""The undo commands write through the services, undo exactly, and never keep a refused
write on the stack."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from iali_desktop.domain.errors import NotFoundError
from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.records.undo import (
    Change,
    ChangeSetCommand,
    CreateRecordCommand,
    DeleteRecordCommand,
    EditFieldsCommand,
    push,
)
from iali_desktop.services.info import dump_text


def _org(ctx: AppContext, name: str) -> str:
    rows = ctx.records.list("organisation", Query(filters=(Filter("name", Op.EQ, name),)))
    return str(rows[0]["id"])


def test_create_undo_redo_reaches_the_database(ctx: AppContext, qtbot: QtBot) -> None:
    cmd = CreateRecordCommand(ctx, "publication", {"title": "Undo guide", "kind": "guide"})
    with qtbot.waitSignal(ctx.events.changed) as seen:
        outcome = push(ctx, cmd)
    assert outcome.ok and seen.args == ["publication"]
    assert "Undo guide" in dump_text(ctx.ws)
    ctx.undo.undo()
    assert "Undo guide" not in dump_text(ctx.ws)
    ctx.undo.redo()
    assert ctx.records.get("publication", cmd.row_id)["title"] == "Undo guide"


def test_edit_keeps_old_values_for_undo(ctx: AppContext) -> None:
    org = _org(ctx, "Labour Department")
    push(ctx, EditFieldsCommand(ctx, "organisation", org, {"country": "Togo", "acronym": "LD"}))
    row = ctx.records.get("organisation", org)
    assert (row["country"], row["acronym"]) == ("Togo", "LD")
    ctx.undo.undo()
    row = ctx.records.get("organisation", org)
    assert (row["country"], row["acronym"]) == ("Ghana", None)


def test_delete_is_undone_by_restore(ctx: AppContext) -> None:
    org = _org(ctx, "Labour Department")
    push(ctx, DeleteRecordCommand(ctx, "organisation", org))
    with pytest.raises(NotFoundError):
        ctx.records.get("organisation", org)
    ctx.undo.undo()
    assert ctx.records.get("organisation", org)["name"] == "Labour Department"


def test_refused_write_is_not_left_on_the_stack(ctx: AppContext) -> None:
    errors: list[str] = []
    org = _org(ctx, "Labour Department")
    before = dump_text(ctx.ws)
    outcome = push(ctx, EditFieldsCommand(ctx, "organisation", org,
                                          {"website": "not a url"}, on_error=errors.append))
    assert not outcome.ok and "web address" in outcome.error and errors
    assert ctx.undo.count() == 0 and dump_text(ctx.ws) == before


def test_change_set_is_one_step(ctx: AppContext) -> None:
    a, b = _org(ctx, "Labour Department"), _org(ctx, "Safe Work Agency")
    push(ctx, ChangeSetCommand(ctx, "two", [
        Change("update", "organisation", a, {"country": "X"}),
        Change("update", "organisation", b, {"country": "Y"})]))
    assert ctx.undo.count() == 1
    ctx.undo.undo()
    assert ctx.records.get("organisation", a)["country"] == "Ghana"
    assert ctx.records.get("organisation", b)["country"] == "Australia"
