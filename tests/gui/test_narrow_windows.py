"""A 1024x700 window in French and Spanish: every record page's toolbar shows all its
actions (none pushed into Qt's "»" overflow button)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QToolBar, QToolButton
from pytestqt.qtbot import QtBot

from iali_desktop.gui.context import AppContext
from iali_desktop.gui.i18n import Translators
from iali_desktop.gui.main_window import MainWindow
from iali_desktop.gui.pages import PAGES
from iali_desktop.gui.preferences import Preferences
from iali_desktop.gui.records.record_page import RecordPage


def hidden_actions(page: RecordPage) -> list[str]:
    """The toolbar actions not shown as a button of their own (moved behind "»")."""
    hidden = []
    for toolbar in page.findChildren(QToolBar):
        if not toolbar.isVisible():
            continue
        extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        if extension is not None and extension.isVisible():
            hidden.append("»")
        for action in toolbar.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            widget = toolbar.widgetForAction(action)
            if widget is None or not widget.isVisible():
                hidden.append(action.text())
    return hidden


@pytest.mark.parametrize("language", ["fr", "es"])
def test_every_record_page_toolbar_shows_all_its_actions_in_a_1024_window(
        shell_ctx: AppContext, prefs: Preferences, translators: Translators, qtbot: QtBot,
        language: str) -> None:
    translators.apply(language)
    window = MainWindow(shell_ctx, prefs, translators)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    overflowing = {}
    for spec in PAGES:
        page = window.show_page(spec.name)
        if not isinstance(page, RecordPage):
            continue
        qtbot.waitUntil(page.isVisible)
        qtbot.wait(10)
        if hidden_actions(page):
            overflowing[spec.name] = hidden_actions(page)
    assert window.width() == 1024
    assert overflowing == {}
