"""A plan with more tasks than the tree reads at once: scrolling, End and jumping to a task
show every task, in the tree's order, as if all had been read at the start."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from iali_desktop.gui.context import AppContext
from iali_desktop.gui.plan_model import CHUNK, COL_PROGRESS, COL_TITLE
from iali_desktop.gui.plan_page import PlanPage
from iali_desktop.services.plans import PlanService

EXTRA = 2 * CHUNK + 30  # tasks added to the first area: three reads' worth


def _big_plan(ctx: AppContext, area_at: int = 0) -> tuple[list[str], str]:
    """Adds EXTRA tasks to an area of the current plan; the area's specific tasks and the
    plan's last task, as `tree` orders them."""
    plans = PlanService(ctx.records)
    plan = plans.current_plan()
    assert plan is not None
    area = plans.tree(plan["id"]).areas[area_at].area["id"]
    with ctx.records.batch() as b:
        for i in range(EXTRA):
            b.create("task", {"plan": plan["id"], "area": area, "kind": "specific_task",
                              "number": 100 + i, "title": f"Bulk task {i}"})
    tree = plans.tree(plan["id"])
    last = tree.unassigned[-1] if tree.unassigned else tree.areas[-1].tasks[-1]
    return [t["id"] for t in tree.areas[area_at].specific], last["id"]


def _page(ctx: AppContext, qtbot: QtBot) -> PlanPage:
    page = PlanPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def _shown_ids(page: PlanPage, group: QModelIndex) -> list[str]:
    model = page.model
    return [model.index(r, 0, group).data(Qt.ItemDataRole.UserRole)[1]
            for r in range(model.rowCount(group))]


def _specific_group(page: PlanPage) -> QModelIndex:
    area = page.model.index(0, 0)
    groups = [page.model.index(r, 0, area) for r in range(page.model.rowCount(area))]
    return next(g for g in groups if "Specific" in g.data())


def test_paging_down_through_a_group_reads_its_tasks_as_they_come(
        shell_ctx: AppContext, qtbot: QtBot) -> None:
    specific, _last = _big_plan(shell_ctx)
    page = _page(shell_ctx, qtbot)
    group = _specific_group(page)
    assert group.data().endswith(f"({len(specific)})")  # the whole group is counted
    assert page.model.rowCount(group) < len(specific)  # ... and only its start is read
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, 0, group))
    rows_passed = []
    while page.view.currentIndex().parent() == group and len(rows_passed) < 100:
        rows_passed.append(page.view.currentIndex().row())
        qtbot.keyClick(page.view, Qt.Key.Key_PageDown)
        qtbot.wait(1)  # the read that follows the scroll
    # Page by page through every task of the group, the same step each time, then out of
    # it only from its last page: never from a task read last to the next area while the
    # group had more.
    steps = {b - a for a, b in pairwise(rows_passed)}
    assert len(steps) == 1, rows_passed
    assert rows_passed[-1] + steps.pop() >= len(specific), rows_passed
    assert _shown_ids(page, group) == specific


def test_scrolling_with_the_wheel_reads_a_group_before_its_end_comes_into_view(
        shell_ctx: AppContext, qtbot: QtBot) -> None:
    specific, _last = _big_plan(shell_ctx)
    page = _page(shell_ctx, qtbot)
    group = _specific_group(page)
    viewport = page.view.viewport()
    bar = page.view.verticalScrollBar()
    while True:
        before = bar.value()
        centre = QPointF(viewport.rect().center())
        QApplication.sendEvent(viewport, QWheelEvent(
            centre, QPointF(viewport.mapToGlobal(centre.toPoint())), QPoint(0, 0),
            QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase, False))
        qtbot.wait(1)  # the read that follows the scroll
        # The bottom row shown is never the last task read while the group holds more.
        bottom = page.view.indexAt(QPoint(1, viewport.height() - 2))
        if bottom.isValid() and bottom.parent() == group:
            assert bottom.row() < page.model.rowCount(group) - 1 \
                or page.model.rowCount(group) == len(specific), bottom.row()
        if bar.value() == before:
            break
    assert _shown_ids(page, group) == specific  # every task, in the tree's order


def test_end_goes_to_the_plans_last_task(shell_ctx: AppContext, qtbot: QtBot) -> None:
    _specific, last = _big_plan(shell_ctx, area_at=-1)
    page = _page(shell_ctx, qtbot)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_End)
    assert page.view.currentIndex().data(Qt.ItemDataRole.UserRole) == ("task", last)


def test_showing_a_task_not_read_yet_selects_it_and_edits_keep_what_is_read(
        shell_ctx: AppContext, qtbot: QtBot) -> None:
    specific, _last = _big_plan(shell_ctx)
    page = _page(shell_ctx, qtbot)
    group = _specific_group(page)
    page.view.setFocus()
    wanted = specific[CHUNK + 20]
    assert wanted not in _shown_ids(page, group)
    page.show_record(wanted)
    current = page.view.currentIndex()
    assert current.data(Qt.ItemDataRole.UserRole) == ("task", wanted)
    assert current.row() == CHUNK + 20
    assert "Bulk task" in page.detail.toPlainText()
    for _ in range(4):  # on to the group's end: every task read
        qtbot.keyClick(page.view, Qt.Key.Key_PageDown)
        qtbot.wait(1)
    assert page.model.rowCount(group) == len(specific)
    page.show_record(wanted)
    # An edit refreshes the rows in place: what was read stays read and selected.
    progress = page.view.currentIndex().siblingAtColumn(COL_PROGRESS)
    assert page.model.setData(progress, 40)
    assert page.model.rowCount(_specific_group(page)) == len(specific)
    assert page.view.currentIndex().data(Qt.ItemDataRole.UserRole) == ("task", wanted)
    assert page.view.currentIndex().siblingAtColumn(COL_PROGRESS).data() == "40%"
    title = shell_ctx.records.get("task", wanted)["title"]
    assert page.view.currentIndex().siblingAtColumn(COL_TITLE).data().endswith(title)
