"""Layout at the sizes the window must work at: dialogs whose text is not cut, pictures in
the user guide that fit its width, the shortcut list that names every key."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from iali_desktop.gui.context import AppContext
from iali_desktop.gui.formatting import format_date
from iali_desktop.gui.i18n import Translators
from iali_desktop.gui.main_window import MainWindow
from iali_desktop.gui.pages import PAGES
from iali_desktop.gui.preferences import Preferences
from iali_desktop.gui.records.record_page import RecordPage
from iali_desktop.gui.settings_dialog import SettingsDialog
from iali_desktop.gui.start_choice import StartChoiceDialog
from iali_desktop.gui.sync.peers_page import PeersPage
from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace


def cut_labels(top: QWidget) -> list[str]:
    """Word-wrapped labels shown lower than their text needs at their width."""
    return [label.text()[:40] for label in top.findChildren(QLabel)
            if label.isVisible() and label.wordWrap() and label.text()
            and label.height() < label.heightForWidth(label.width())]


def test_settings_hints_are_shown_whole_in_a_window_700_high(
        shell_ctx: AppContext, prefs: Preferences, translators: Translators,
        qtbot: QtBot) -> None:
    dialog = SettingsDialog(shell_ctx, prefs, translators)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    assert dialog.height() <= 660  # fits a 1024x700 screen with its title bar
    assert cut_labels(dialog) == []


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_settings_fit_their_width_in_every_language(
        shell_ctx: AppContext, prefs: Preferences, translators: Translators,
        qtbot: QtBot, language: str) -> None:
    translators.apply(language)
    dialog = SettingsDialog(shell_ctx, prefs, translators)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    content = dialog.scroll_area.widget()
    assert content.width() <= dialog.scroll_area.viewport().width()
    assert cut_labels(dialog) == []


def test_engagements_list_shows_the_summary_in_a_1024_window(
        window: MainWindow, qtbot: QtBot) -> None:
    """An engagement's title is its date and summary: the summary must not be pushed out
    by a date given a title's width."""
    window.resize(1024, 700)
    page = window.show_page("engagements")
    assert isinstance(page, RecordPage)
    qtbot.waitUntil(page.isVisible)
    qtbot.wait(20)
    summary = [column.name for column in page.model.columns].index("summary")
    assert not page.table.isColumnHidden(summary)
    date = [column.name for column in page.model.columns].index("date")
    assert page.table.columnWidth(date) < page.table.columnWidth(summary)


def test_events_page_leaves_the_sidebar_its_width_in_a_1024_window(
        window: MainWindow, qtbot: QtBot) -> None:
    """Three choice filters in a row made the page wider than a 1024 window leaves it, so
    the sidebar's names were cut ("Events and confer…"); the filters shrink instead."""
    window.resize(1024, 700)
    page = window.show_page("events")
    qtbot.waitUntil(page.isVisible)
    qtbot.wait(20)
    assert window.width() == 1024
    assert window.sidebar.width() >= window.sidebar.sizeHint().width()


def test_user_guide_pictures_fit_the_viewer_without_a_sideways_scroll_bar(
        window: MainWindow, qtbot: QtBot) -> None:
    dialog = window.help.open_guide()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    document = dialog.browser.document()
    names = [fmt.toImageFormat().name() for fmt in document.allFormats()
             if fmt.isImageFormat()]
    assert names, "the guide shows its screenshots"
    assert all(not document.resource(QTextDocument.ResourceType.ImageResource,
                                     QUrl(name)).isNull() for name in names)
    assert dialog.browser.horizontalScrollBar().maximum() == 0
    dialog.resize(600, 500)
    qtbot.wait(50)
    assert dialog.browser.horizontalScrollBar().maximum() == 0


def test_meeting_pack_day_is_written_like_every_other_date(
        window: MainWindow, qtbot: QtBot) -> None:
    page = window.show_page("ec_meetings")
    dialog = page.pack_action.start()  # type: ignore[attr-defined]
    assert dialog is not None and dialog.pack_options is not None
    qtbot.waitExposed(dialog)
    day = dialog.pack_options.day()
    assert dialog.pack_options.as_of.text() == format_date(day)
    assert str(day.year) in dialog.pack_options.as_of.text()
    dialog.reject()


def test_shortcut_list_names_every_key_of_a_command(window: MainWindow, qtbot: QtBot) -> None:
    dialog = window.help.show_shortcuts()
    qtbot.waitExposed(dialog)
    rows = {dialog.table.item(r, 1).text(): dialog.table.item(r, 2).text()
            for r in range(dialog.table.rowCount())}
    assert rows["Find"] == "Ctrl+F, Ctrl+K"
    assert rows["Quit"] == "Ctrl+Q"
    assert rows["Settings"] == "Ctrl+,"
    dialog.reject()


@pytest.mark.parametrize("language", ["fr", "es"])
def test_ec_meeting_page_fits_a_1024_window(open_window: Callable[..., MainWindow],
                                            translators: Translators, qtbot: QtBot,
                                            language: str) -> None:
    """The agenda's Move up / Move down buttons, in words, made the page so wide in French
    that the window grew past 1024 pixels."""
    translators.apply(language)
    window = open_window(1024, 700)
    page = window.show_page("ec_meetings")
    qtbot.waitUntil(page.isVisible)
    qtbot.wait(20)
    assert window.width() == 1024
    assert window.sidebar.width() >= window.sidebar.sizeHint().width()


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_new_databases_dashboard_fits_a_1024_window_without_a_sideways_scroll_bar(
        seeded_template: Path, tmp_path: Path, prefs: Preferences,
        translators: Translators, qtbot: QtBot, language: str) -> None:
    """A new database's cards are empty, so their titles and notes are all the dashboard
    shows: one of them on one line ("Synchronisation : dernier échange par collègue")
    made it wider than its page in a 1024 window, with a sideways scroll bar."""
    db = tmp_path / "new.db"
    shutil.copy(seeded_template, db)
    translators.apply(language)
    with Workspace.open(db) as ws:
        window = MainWindow(AppContext.create(ws), prefs, translators)
        qtbot.addWidget(window)
        window.resize(1024, 700)
        with qtbot.waitSignal(window.status.first_painted, timeout=10_000):
            window.show()
        page = window.show_page("dashboard")
        qtbot.waitUntil(page.isVisible)
        qtbot.wait(20)
        scroll = page.findChild(QScrollArea)
        assert scroll is not None
        assert window.width() == 1024
        assert scroll.horizontalScrollBar().maximum() == 0
        window.close()


def test_dates_in_a_narrow_form_are_shown_whole(window: MainWindow, qtbot: QtBot) -> None:
    """The members form at 1024x700 has long labels ("Global Code of Integrity adopted"):
    its date fields were squeezed until "1/15/2006" showed as "/15/2006"."""
    window.resize(1024, 700)
    page = window.show_page("members")
    assert isinstance(page, RecordPage)
    qtbot.waitUntil(page.isVisible)
    qtbot.wait(50)
    lines = [editor.date.line for editor in page.form.editors.values()
             if hasattr(editor, "date")]
    assert lines
    for line in lines:
        text = line.text() or line.placeholderText()
        assert line.width() >= line.fontMetrics().horizontalAdvance(text) + 8, text


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_first_start_question_is_shown_whole(translators: Translators, qtbot: QtBot,
                                             language: str) -> None:
    translators.apply(language)
    dialog = StartChoiceDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(20)
    assert cut_labels(dialog) == []


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_every_page_leaves_the_sidebar_its_width_in_a_1024_window(
        open_window: Callable[..., MainWindow], translators: Translators, qtbot: QtBot,
        language: str) -> None:
    """A page wider than a 1024 window leaves squeezes the sidebar for every later page
    (Spanish date filters did: "Conflictos …")."""
    translators.apply(language)
    window = open_window(1024, 700)
    for spec in PAGES:
        page = window.show_page(spec.name)
        qtbot.waitUntil(page.isVisible)
        qtbot.wait(10)
        assert window.width() == 1024, spec.name
        assert window.sidebar.width() >= window.sidebar.sizeHint().width(), spec.name


def test_colleagues_fingerprint_is_shown_whole_in_a_narrow_page(
        pair: tuple[Workspace, Workspace], translators: Translators, qtbot: QtBot,
        tmp_path: Path) -> None:
    """In Spanish at 1024x700 the wide headers left "SQY4-NTCR-RY4T-BLKR-NA…": a
    fingerprint read to compare must be whole."""
    ana, jean = pair
    bundle = tmp_path / "ana.ialibundle"
    SyncService(ana).export_bundle(bundle, full=True)
    SyncService(jean).import_bundle(bundle, trust=True)
    translators.apply("es")
    page = PeersPage(AppContext.create(jean))
    qtbot.addWidget(page)
    page.resize(770, 600)
    page.show()
    qtbot.waitExposed(page)
    qtbot.wait(20)
    fingerprint = page.table.item(0, 1).text()
    metrics = page.table.fontMetrics()
    assert page.table.columnWidth(1) >= metrics.horizontalAdvance(fingerprint) + 6
    assert page.table.horizontalScrollBar().maximum() == 0
