"""Report files (overwrite, file name), dashboard counts, renumbering
rows that are not loaded."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from iali_desktop.gui.context import AppContext
from iali_desktop.gui.dashboard import DashboardPage
from iali_desktop.gui.preferences import Preferences
from iali_desktop.gui.records.meeting_page import MeetingPage
from iali_desktop.gui.reports.kinds import ReportKind
from iali_desktop.gui.reports.launcher import ReportLauncher
from iali_desktop.services.plans import PlanService


def test_an_existing_pdf_is_replaced_only_when_confirmed(
        shell_ctx: AppContext, prefs: Preferences, qtbot: QtBot, tmp_path: Path) -> None:
    prefs.report_folder = tmp_path
    dialog = ReportLauncher(shell_ctx, prefs, opener=lambda _p: None).dialog(
        ReportKind.EXPERTS, None)
    qtbot.addWidget(dialog)
    out = tmp_path / "experts.pdf"
    out.write_bytes(b"keep me")
    dialog.file_edit.setText(str(out))
    asked: list[Path] = []
    dialog.confirm_overwrite = lambda path: asked.append(path) is not None
    assert dialog.generate() is None
    assert asked == [out] and out.read_bytes() == b"keep me"


def test_the_default_file_name_says_a_language_other_than_english(
        shell_ctx: AppContext, prefs: Preferences, qtbot: QtBot, tmp_path: Path) -> None:
    prefs.report_folder = tmp_path
    dialog = ReportLauncher(shell_ctx, prefs, opener=lambda _p: None).dialog(
        ReportKind.EXPERTS, None)
    qtbot.addWidget(dialog)
    assert not dialog.output().stem.endswith("-en")
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.output().name.endswith("-fr.pdf")


def test_tasks_done_counts_the_tasks_the_bar_counts(shell_ctx: AppContext,
                                                    qtbot: QtBot) -> None:
    plans = PlanService(shell_ctx.records)
    plan = plans.current_plan()
    assert plan is not None
    area = plans.tree(plan["id"]).areas[0]
    assert len(area.tasks) >= 2
    shell_ctx.records.update("task", area.tasks[0]["id"], {"status": "cancelled"})
    area = plans.tree(plan["id"]).areas[0]
    counted = [t for t in area.tasks if t["status"] != "cancelled"]
    done = sum(1 for t in counted if t["status"] == "done")
    page = DashboardPage(shell_ctx)
    qtbot.addWidget(page)
    item = page.progress.grid.itemAtPosition(0, 2)
    assert item is not None
    detail = item.widget()
    assert isinstance(detail, QLabel)
    assert detail.text() == f"Tasks done: {done}/{len(counted)}"


def test_renumbering_reads_a_row_that_is_not_loaded(shell_ctx: AppContext, qtbot: QtBot,
                                                    monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = MeetingPage(shell_ctx)
    qtbot.addWidget(page)
    page.show()
    agenda = page.agenda
    order = agenda.ordered_ids()
    assert len(order) >= 2 and agenda._renumber(order) == []
    real = agenda.model.row_of
    monkeypatch.setattr(agenda.model, "row_of",
                        lambda row_id: -1 if row_id == order[0] else real(row_id))
    assert agenda._renumber(order) == []  # not the last row's position for the first
