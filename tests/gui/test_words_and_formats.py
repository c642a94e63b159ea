"""What the window says, read as a user reads it: one date format (the language's), years
without grouping, labels that keep acronyms, "Colleagues" everywhere and never "replica",
lists that fit their side without a sideways scroll bar; an import that makes conflicts
says so and leads to them, and the form marks the fields in conflict; the first-run
wizard finishes on Enter and Settings holds the role and region it mentions."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from iali_desktop.gui.context import AppContext
from iali_desktop.gui.first_run_wizard import FirstRunWizard
from iali_desktop.gui.i18n import Translators
from iali_desktop.gui.main_window import MainWindow
from iali_desktop.gui.preferences import Preferences
from iali_desktop.gui.records.record_page import RecordPage
from iali_desktop.gui.settings_dialog import SettingsDialog
from iali_desktop.gui.sync.import_dialog import ImportDialog
from iali_desktop.services import backups
from iali_desktop.services.profile import load_profile
from iali_desktop.services.workspace import Workspace

FRENCH_DATE = re.compile(r"^\d{2}/\d{2}/\d{4}")


def _cell_texts(page: RecordPage, field: str) -> list[str]:
    column = [c.name for c in page.model.columns].index(field)
    return [page.model.index(r, column).data() or "" for r in range(page.model.rowCount())]


def test_a_french_window_writes_every_date_one_way(
        window: MainWindow, shell_ctx: AppContext, translators: Translators,
        qtbot: QtBot) -> None:
    translators.apply("fr")
    page = window.show_page("engagements")
    assert isinstance(page, RecordPage)
    dates = [t for t in _cell_texts(page, "date") if t]
    assert dates and all(FRENCH_DATE.match(t) for t in dates), dates[:3]
    assert FRENCH_DATE.match(page.form.heading.full_text()), page.form.heading.full_text()
    backups.back_up(shell_ctx.ws, "manual")
    dialog = SettingsDialog(shell_ctx, window.prefs, translators, window)
    qtbot.addWidget(dialog)
    first = dialog.backups.item(0).text()
    assert FRENCH_DATE.match(first) and re.match(r"^\S+ \d{2}:\d{2} ", first), first


def test_years_labels_and_names_read_as_written(
        window: MainWindow, shell_ctx: AppContext) -> None:
    publications = window.show_page("publications")
    assert isinstance(publications, RecordPage)
    years = [t for t in _cell_texts(publications, "year") if t]
    assert years and all(re.fullmatch(r"\d{4}", y) for y in years), years[:3]
    ibor = window.show_page("ibor")
    assert isinstance(ibor, RecordPage)
    assert ibor.new_action.text().replace("&", "") == "New IBOR assessment"
    agreements = window.show_page("agreements")
    assert isinstance(agreements, RecordPage)
    assert agreements.filter_bar.search.placeholderText() == "Search MOU register…"
    meetings = window.show_page("ec_meetings")
    assert isinstance(meetings, RecordPage)
    assert meetings.filter_bar.search.placeholderText() == "Search EC meetings…"
    shown = [a.text() for m in window.menus() for a in m.actions()]
    shown += [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    shown += [w.text() for w in window.statusBar().findChildren(QWidget)
              if hasattr(w, "text") and isinstance(w.text(), str)]
    own = shell_ctx.ws.identity().name  # the test database's own name says "replica"
    shown = [t.replace(own, "") for t in shown]
    assert not [t for t in shown if re.search(r"\b(replica|peers?)\b", t, re.IGNORECASE)]
    assert "&Colleagues" in [a.text() for a in window.sync_menu.actions()]


def test_lists_fit_their_side_without_scrolling_sideways(
        window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1280, 800)
    for name in ("tasks", "organisations", "people", "events"):
        page = window.show_page(name)
        assert isinstance(page, RecordPage)
        QApplication.processEvents()
        assert page.table.horizontalScrollBar().maximum() == 0, name
        plan = next((c for c, s in enumerate(page.model.columns) if s.name == "plan"), None)
        if plan is not None:
            assert page.table.itemDelegateForColumn(plan) is not None


def test_an_import_that_makes_conflicts_says_so_and_leads_to_them(
        qtbot: QtBot, pair: tuple[Workspace, Workspace], tmp_path: Path,
        conflicting_edit: Callable[..., tuple[str, Path]]) -> None:
    ana, jean = pair
    person, second = conflicting_edit(ana, jean, tmp_path, "country", "Costa Rica", "Panamá")

    ctx = AppContext.create(jean)
    dialog = ImportDialog(ctx, second)
    qtbot.addWidget(dialog)
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    note = dialog.no_counts.text()
    assert "No record is created, changed or deleted" not in note
    assert "conflict" in note
    assert dialog.review_button.isVisibleTo(dialog)
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.applied is not None, timeout=10000)
    assert "conflict" in dialog.status.text()
    page = RecordPage(ctx, "person")
    qtbot.addWidget(page)
    page.show_record(person)
    assert page.form.conflict_fields() == ["country"]
    assert "Costa Rica" in page.form.field_labels["country"].toolTip()


def test_the_wizard_finishes_on_enter_and_settings_keeps_its_role_and_region(
        qtbot: QtBot, translators: Translators, seeded_db: Path, tmp_path: Path,
        app: QApplication) -> None:
    ws = Workspace.open(seeded_db)
    try:
        prefs = Preferences(tmp_path / "prefs.ini")
        wizard = FirstRunWizard(ws, prefs, translators)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.activateWindow()
        qtbot.waitUntil(wizard.isActiveWindow)
        for _ in range(3):
            wizard.next()
        copy = next(b for b in wizard.currentPage().findChildren(QWidget)
                    if getattr(b, "text", lambda: "")() == "&Copy")
        copy.setFocus()
        qtbot.waitUntil(copy.hasFocus)
        with qtbot.waitSignal(wizard.accepted, timeout=3000):
            qtbot.keyClick(copy, Qt.Key.Key_Return)
        assert load_profile(ws) is not None
        ctx = AppContext.create(ws)
        settings = SettingsDialog(ctx, prefs, translators)
        qtbot.addWidget(settings)
        settings.role.setCurrentIndex(settings.role.findData("ec_member"))
        settings.region.setCurrentIndex(2)
        region = settings.region.currentData()
        settings.accept()
        profile = load_profile(ws)
        assert profile is not None and (profile.role, profile.region) == ("ec_member", region)
    finally:
        ws.close()


def test_a_yes_or_no_column_never_shows_a_blank(window: MainWindow) -> None:
    # The form shows "Virtual" as a two-state check box, so a list must not tell an
    # event never marked apart from one marked "No".
    events = window.show_page("events")
    assert isinstance(events, RecordPage)
    events.filter_bar.search.clear()
    texts = _cell_texts(events, "virtual")
    assert texts and set(texts) <= {"Yes", "No"}, sorted(set(texts))
