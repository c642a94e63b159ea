"""Reference pickers keep the record chosen, not the first one with the same title."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.records.editors import RefEditor, RefsEditor
from iali_desktop.gui.records.record_form import RecordForm
from iali_desktop.gui.records.ref_picker import RefPicker
from iali_desktop.services.plans import PlanService


def _current_plan_task(ctx: AppContext) -> dict[str, object]:
    plan = PlanService(ctx.records).current_plan()
    assert plan is not None
    tasks = ctx.records.list("task", Query(filters=(
        Filter("plan", Op.EQ, plan["id"]), Filter("area", Op.NOT_EMPTY)), limit=1))
    return dict(tasks[0])


def test_every_area_survives_loading_the_list(shell_ctx: AppContext, qtbot: QtBot) -> None:
    areas = shell_ctx.records.ids("action_area")
    titles = shell_ctx.records.titles("action_area", areas)
    assert len(set(titles.values())) < len(areas)  # the demo repeats titles across plans
    for area in areas:
        picker = RefPicker(shell_ctx, "action_area")
        qtbot.addWidget(picker)
        picker.set_id(area)
        picker.ensure_loaded()
        assert picker.current_id() == area
    texts = [picker.itemText(i) for i in range(picker.count())]
    assert len(set(texts)) == len(texts)  # duplicates are told apart (by the plan period)


def test_saving_a_task_after_focusing_its_area_keeps_the_area(
        shell_ctx: AppContext, qtbot: QtBot) -> None:
    task = _current_plan_task(shell_ctx)
    form = RecordForm(shell_ctx, "task")
    qtbot.addWidget(form)
    form.load(str(task["id"]))
    area = form.editors["area"]
    assert isinstance(area, RefEditor)
    area.picker.ensure_loaded()  # what focusing the field does
    assert not form.dirty  # loading the list is not an edit
    offered = [area.picker.itemData(i) for i in range(1, area.picker.count())]
    plans = {row["plan"] for row in shell_ctx.records.rows("action_area", offered).values()}
    assert plans == {task["plan"]}  # only the task's own plan's areas
    form.editors["progress"].set_value(42)
    form._edited()
    assert form.save()
    saved = shell_ctx.records.get("task", str(task["id"]))
    assert saved["area"] == task["area"]
    assert saved["progress"] == 42


def test_multi_picker_says_when_typed_text_names_nothing(
        shell_ctx: AppContext, qtbot: QtBot) -> None:
    form = RecordForm(shell_ctx, "task")
    qtbot.addWidget(form)
    form.show()
    related = form.editors["related_areas"]
    assert isinstance(related, RefsEditor)
    multi = related.picker
    multi.picker.setEditText("no such area at all")
    multi.add_button.click()
    assert multi.message.isVisible()
    assert "no such area at all" in multi.message.text()
    assert multi.ids() == []
