"""Printing from the window: the Reports menu, the report dialog and the EC meeting page's
"Meeting pack" action, which go through the same dialog and write real PDFs."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from iali_desktop.gui.context import AppContext
from iali_desktop.gui.i18n import Translators
from iali_desktop.gui.main_window import MainWindow
from iali_desktop.gui.preferences import Preferences
from iali_desktop.gui.records.meeting_page import MeetingPage
from iali_desktop.gui.reports.kinds import ReportKind, default_file_name
from iali_desktop.gui.reports.launcher import ReportLauncher
from iali_desktop.gui.reports.report_dialog import ReportDialog
from iali_desktop.services.overview import Overview


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _launcher(ctx: AppContext, prefs: Preferences, opened: list[Path]) -> ReportLauncher:
    return ReportLauncher(ctx, prefs, opener=opened.append)


def test_the_menu_offers_every_report(window: MainWindow) -> None:
    menus = window.menus()
    assert menus.index(window.reports_menu) == menus.index(window.sync_menu) + 1
    texts = [a.text().replace("&", "") for a in window.reports_menu.actions()
             if not a.isSeparator()]
    assert texts == ["EC meeting pack…", "EC meeting minutes…", "Annual evaluation report…",
                     "Progress report to the General Assembly…",
                     "Directory of organisations and contacts…", "Directory of experts…"]


def test_a_chosen_meeting_is_printed_and_opened(shell_ctx: AppContext, prefs: Preferences,
                                                qtbot: QtBot, tmp_path: Path) -> None:
    opened: list[Path] = []
    launcher = _launcher(shell_ctx, prefs, opened)
    dialog = launcher.dialog(ReportKind.MEETING_PACK, None)
    qtbot.addWidget(dialog)
    combo = dialog.subject_combo
    assert combo is not None and combo.count() == 2
    upcoming = Overview(shell_ctx.records).next_meeting()
    assert upcoming is not None and dialog.subject() == upcoming["id"]
    assert Path(dialog.file_edit.text()).name == default_file_name(
        ReportKind.MEETING_PACK, upcoming["start_date"])
    other = next(i for i in range(combo.count()) if combo.itemData(i)[0] != upcoming["id"])
    combo.setCurrentIndex(other)
    meeting = shell_ctx.records.get("event", str(dialog.subject()))
    reports = tmp_path / "reports"  # not the database's folder, where dialogs never start
    reports.mkdir()
    out = reports / "pack.pdf"
    dialog.file_edit.setText(str(out))
    dialog.generate_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    assert opened == [out]
    assert meeting["name"] in _text(out)
    assert prefs.report_folder == reports and launcher.folder() == reports


def test_the_annual_report_refuses_a_year_no_plan_covers(shell_ctx: AppContext,
                                                         prefs: Preferences, qtbot: QtBot,
                                                         tmp_path: Path) -> None:
    opened: list[Path] = []
    dialog = _launcher(shell_ctx, prefs, opened).dialog(ReportKind.ANNUAL, None)
    qtbot.addWidget(dialog)
    assert dialog.year_spin is not None
    dialog.year_spin.setValue(1990)
    dialog.file_edit.setText(str(tmp_path / "annual.pdf"))
    dialog.show()
    dialog.generate_button.click()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=30_000)
    assert dialog.error.text() == "No action plan covers the year 1990."
    assert dialog.isVisible() and dialog.generate_button.isEnabled()
    assert not opened and not (tmp_path / "annual.pdf").exists()


def test_the_dialog_defaults(shell_ctx: AppContext, prefs: Preferences, qtbot: QtBot,
                             tmp_path: Path) -> None:
    tmp_path = tmp_path / "reports"  # the test's own folder holds the database
    tmp_path.mkdir()
    prefs.report_folder = tmp_path
    launcher = ReportLauncher(shell_ctx, prefs, opener=lambda path: None)
    annual = launcher.dialog(ReportKind.ANNUAL, None)
    progress = launcher.dialog(ReportKind.PROGRESS, None)
    experts = launcher.dialog(ReportKind.EXPERTS, None)
    for dialog in (annual, progress, experts):
        qtbot.addWidget(dialog)
    assert annual.year_spin is not None
    year = annual.year_spin.value()
    assert annual.output() == tmp_path / f"annual-evaluation-report-{year}.pdf"
    from iali_desktop.services.plans import PlanService

    current = PlanService(shell_ctx.records).current_plan()
    assert current is not None and progress.subject() == current["id"]
    assert experts.subject() is None and experts.subject_combo is None
    assert str(experts.language.currentData()) == "en"
    assert str(experts.page_size.currentData()) == "A4"
    experts.file_edit.setText(str(tmp_path / "missing" / "x.pdf"))
    experts.generate()
    assert "does not exist" in experts.error.text()


def test_the_meeting_page_prints_through_the_same_dialog(shell_ctx: AppContext,
                                                         prefs: Preferences, qtbot: QtBot,
                                                         tmp_path: Path) -> None:
    page = MeetingPage(shell_ctx)
    qtbot.addWidget(page)
    opened: list[Path] = []
    page.use_launcher(_launcher(shell_ctx, prefs, opened))
    meeting = page.model.row_id(1)
    page.show_record(meeting)
    assert page.pack_action.isEnabled()
    dialog = page.pack_action.start()
    assert isinstance(dialog, ReportDialog) and dialog.subject() == meeting
    dialog.file_edit.setText(str(tmp_path / "from-page.pdf"))
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("Letter"))
    dialog.generate_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    assert opened == [tmp_path / "from-page.pdf"]
    box = PdfReader(opened[0]).pages[0].mediabox
    assert round(float(box.width)) == 612  # US Letter, in points
    QApplication.processEvents()


def test_the_window_shares_its_launcher_with_the_meeting_page(window: MainWindow) -> None:
    page = window.show_page("ec_meetings")
    assert isinstance(page, MeetingPage)
    assert page.pack_action.launcher is window.reports


def test_the_menu_and_dialog_speak_french(window: MainWindow, translators: Translators,
                                          qtbot: QtBot) -> None:
    translators.apply("fr")
    assert window.reports_menu.title() == "&Rapports"
    dialog = window.reports.dialog(ReportKind.EXPERTS, window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Annuaire des experts"
    assert str(dialog.language.currentData()) == "fr"  # the interface language


def test_print_on_the_meeting_page_opens_the_pack_dialog(shell_ctx: AppContext,
                                                         prefs: Preferences,
                                                         qtbot: QtBot) -> None:
    page = MeetingPage(shell_ctx)
    qtbot.addWidget(page)
    page.show()
    action = page.pack_action
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    assert action in page.actions()  # the shortcut works wherever the focus is on the page
    page.use_launcher(_launcher(shell_ctx, prefs, []))
    action.trigger()
    dialogs = [w for w in page.findChildren(ReportDialog) if w.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].subject() == page.current_id
    dialogs[0].reject()


def test_the_pack_dialog_prints_as_of_a_day_for_a_plan_and_says_where_the_file_is(
        shell_ctx: AppContext, prefs: Preferences, qtbot: QtBot, tmp_path: Path) -> None:
    import datetime as dt

    from PySide6.QtCore import QDate

    from iali_desktop.services.plans import PlanService

    unopened: list[Path] = []

    def no_viewer(path: Path) -> bool:
        unopened.append(path)
        return False

    dialog = ReportLauncher(shell_ctx, prefs, opener=no_viewer).dialog(
        ReportKind.MEETING_PACK, None)
    qtbot.addWidget(dialog)
    options = dialog.pack_options
    assert options is not None
    meeting = shell_ctx.records.get("event", str(dialog.subject()))
    assert options.day().isoformat() == meeting["start_date"]  # the meeting's own date
    assert options.conflicts.isHidden()  # nothing to settle in the demo data
    oldest = min(PlanService(shell_ctx.records).plans(), key=lambda p: p["period_start"] or 0)
    options.plan.setCurrentIndex(options.plan.findData(oldest["id"]))
    options.as_of.setDate(QDate(2025, 11, 3))
    combo = dialog.subject_combo
    assert combo is not None
    combo.setCurrentIndex((combo.currentIndex() + 1) % combo.count())
    assert options.day() == dt.date(2025, 11, 3)  # a day the secretary chose is kept
    folder = tmp_path / "packs"
    folder.mkdir()
    dialog.file_edit.setText(str(folder / "pack.pdf"))
    dialog.generate_button.click()
    qtbot.waitUntil(lambda: bool(unopened), timeout=60_000)
    note = dialog.saved_note
    assert note is not None and str(folder / "pack.pdf") in note.text()
    cover = " ".join((PdfReader(folder / "pack.pdf").pages[0].extract_text() or "").split())
    assert "Data as of 3 November 2025" in cover
    assert f"Action plan {oldest['title']}" in cover
    note.close()


def test_the_pack_dialog_lists_open_conflicts_to_settle_before_printing(
        app: QApplication, prefs: Preferences, qtbot: QtBot, tmp_path: Path) -> None:
    from iali_desktop.services.records import RecordService
    from iali_desktop.services.setup import initialise
    from iali_desktop.services.sync import SyncService

    ana, _ = initialise(tmp_path / "ana.db", "Ana")
    jean, _ = initialise(tmp_path / "jean.db", "Jean")
    with jean:
        meeting = RecordService(ana).create("event", {
            "name": "EC meeting (autumn)", "kind": "ec_meeting", "start_date": "2026-04-09",
            "place": "Geneva (to be confirmed)"})
        SyncService(ana).export_bundle(tmp_path / "a.ialibundle", full=True)
        SyncService(jean).import_bundle(tmp_path / "a.ialibundle", trust=True)
        RecordService(ana).update("event", meeting, {"place": "Geneva"})
        RecordService(jean).update("event", meeting, {"place": "Lyon"})
        SyncService(jean).export_bundle(tmp_path / "j.ialibundle", full=True)
        SyncService(ana).import_bundle(tmp_path / "j.ialibundle", trust=True)
    ctx = AppContext.create(ana)
    try:
        dialog = ReportLauncher(ctx, prefs, opener=lambda _p: None).dialog(
            ReportKind.MEETING_PACK, None)
        qtbot.addWidget(dialog)
        options = dialog.pack_options
        assert options is not None
        dialog.show()
        assert options.conflicts.isVisible()
        text = options.conflicts.text()
        assert "1 field(s)" in text or "1 field" in text
        assert "“EC meeting (autumn)”: Place" in text
        dialog.close()
    finally:
        ctx.undo.clear()
        ana.close()
