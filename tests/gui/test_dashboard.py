"""The dashboard lays out the overview's answers and every item opens its record."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from iali_desktop.gui.context import AppContext
from iali_desktop.gui.dashboard import DashboardPage
from iali_desktop.gui.main_window import MainWindow
from iali_desktop.services.overview import Overview
from iali_desktop.services.plans import PlanService


def test_dashboard_shows_an_overdue_task_from_demo_data(shell_ctx: AppContext,
                                                         qtbot: QtBot) -> None:
    page = DashboardPage(shell_ctx)
    qtbot.addWidget(page)
    plan = PlanService(shell_ctx.records).current_plan()
    assert plan is not None
    overdue = Overview(shell_ctx.records).overdue_tasks(plan["id"])
    assert overdue, "the demo data has overdue tasks"
    shown = [row[0] for row in page.overdue.rows()]
    assert shown == [t["title"] for t in overdue]
    assert page.heading.text() == plan["title"]
    assert len(page.progress.bars) == 6
    assert all(0 <= bar.value() <= 100 for bar in page.progress.bars)


def test_every_card_is_filled_or_says_why_not(shell_ctx: AppContext, qtbot: QtBot) -> None:
    page = DashboardPage(shell_ctx)
    qtbot.addWidget(page)
    for card in page.cards():
        assert card.rows() or card.empty.text(), card.objectName()
    assert page.events.rows() and page.requests.rows() and page.dues.rows()
    assert page.engagements.rows() and page.agreements.rows()
    assert page.sync.rows() == [] and "bundle" in page.sync.empty.text()


def test_activating_an_item_opens_its_record(window: MainWindow, qtbot: QtBot) -> None:
    page = window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    with qtbot.waitSignal(window.ctx.events.open_record) as signal:
        page.overdue.activate_row(0)
    assert signal.args[0] == "task"
    assert window.sidebar.current_page() == "tasks"
    assert getattr(window.pages["tasks"], "current_id", None) == signal.args[1]


def test_dashboard_follows_edits(shell_ctx: AppContext, qtbot: QtBot) -> None:
    page = DashboardPage(shell_ctx)
    qtbot.addWidget(page)
    page.show()
    plan = PlanService(shell_ctx.records).current_plan()
    assert plan is not None
    task = Overview(shell_ctx.records).overdue_tasks(plan["id"])[0]
    shell_ctx.records.update("task", task["id"], {"status": "done", "progress": 100})
    shell_ctx.events.changed.emit("task")
    qtbot.waitUntil(lambda: task["title"] not in [r[0] for r in page.overdue.rows()],
                    timeout=3000)


def test_a_reload_after_a_change_of_theme_repaints_the_alerts(shell_ctx: AppContext,
                                                              qtbot: QtBot) -> None:
    from PySide6.QtGui import QColor, QPalette

    from iali_desktop.gui.dashboard_cards import alert_color

    page = DashboardPage(shell_ctx)
    qtbot.addWidget(page)
    first = page.overdue.tree.topLevelItem(0)
    assert first is not None
    assert first.foreground(0).color() == alert_color(page.palette())
    dark = QPalette(page.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    page.setPalette(dark)
    page.reload()  # the same rows, in the colour that reads on the dark theme
    first = page.overdue.tree.topLevelItem(0)
    assert first is not None
    assert first.foreground(0).color() == QColor("#ff7b72") == alert_color(dark)


def test_a_renamed_owner_or_member_organisation_shows_after_their_edit(
        shell_ctx: AppContext, qtbot: QtBot) -> None:
    page = DashboardPage(shell_ctx)
    qtbot.addWidget(page)
    page.show()
    owner_row = next(r for r in page.overdue.rows() if r[1])
    person = next(p for p in shell_ctx.records.list("person") if p["name"] == owner_row[1])
    shell_ctx.records.update("person", person["id"], {"name": "Renamed Owner"})
    shell_ctx.events.changed.emit("person")
    qtbot.waitUntil(lambda: "Renamed Owner" in [r[1] for r in page.overdue.rows()],
                    timeout=3000)
    member = page.dues.tree.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole)[1]
    organisation = shell_ctx.records.get("member", member)["organisation"]
    shell_ctx.records.update("organisation", organisation, {"name": "Renamed Ministry"})
    shell_ctx.events.changed.emit("organisation")
    qtbot.waitUntil(lambda: "Renamed Ministry" in [r[0] for r in page.dues.rows()],
                    timeout=3000)


def test_a_new_day_reads_the_deadlines_again_whatever_changed(shell_ctx: AppContext,
                                                              qtbot: QtBot) -> None:
    import datetime as dt

    page = DashboardPage(shell_ctx, today=dt.date(2020, 1, 1))
    qtbot.addWidget(page)
    page.show()
    assert page.overdue.rows() == []  # nothing was due yet in 2020
    page.today = dt.date.today()
    shell_ctx.events.changed.emit("engagement")  # a change that touches no task
    qtbot.waitUntil(lambda: bool(page.overdue.rows()), timeout=3000)
