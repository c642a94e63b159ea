"""The record pages fit the default 1280×800 window in English, French and Spanish: the
window need not grow for a page, the detail form never needs a sideways scrollbar, and
the EC meeting page's tabs need no scroll arrows."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from iali_desktop.gui.i18n import Translators
from iali_desktop.gui.main_window import DEFAULT_SIZE, MainWindow
from iali_desktop.gui.pages import PAGES
from iali_desktop.gui.records.record_page import RecordPage

RECORD_PAGES = [spec.name for spec in PAGES if spec.record_type is not None
                or spec.name == "ec_meetings"]  # events of one kind, on a page of its own


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_every_record_page_fits_the_default_window(window: MainWindow,
                                                   translators: Translators,
                                                   qtbot: QtBot, language: str) -> None:
    translators.apply(language)
    window.resize(*DEFAULT_SIZE)
    for name in RECORD_PAGES:
        page = window.show_page(name)
        assert isinstance(page, RecordPage)
        qtbot.waitUntil(lambda p=page: p.isVisible())
        assert window.width() == DEFAULT_SIZE[0], name
        assert page.minimumSizeHint().width() <= window.stack.width(), name
        scroll = page.tabs.widget(0)
        assert isinstance(scroll, QScrollArea)
        # The layout settles over a few events (the attachments list fills after the
        # record): a form that really is too wide never fits and the wait fails.
        qtbot.waitUntil(lambda p=page, s=scroll: p.form.width() <= s.viewport().width(),
                        timeout=2000)
        assert page.form.minimumSizeHint().width() <= scroll.viewport().width(), name
        bar = page.tabs.tabBar()
        assert bar.sizeHint().width() <= page.tabs.width(), name
