"""The sidebar's width hint follows its titles, font and style, though it is measured once."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from iali_desktop.gui.i18n import Translators
from iali_desktop.gui.main_window import MainWindow
from iali_desktop.gui.sidebar import Sidebar


def measured(sidebar: Sidebar) -> int:
    """The width the hint stands for, measured now."""
    return sidebar.sizeHintForColumn(0) + 2 * sidebar.frameWidth() + 16


def test_the_width_hint_follows_a_change_of_language(window: MainWindow,
                                                     translators: Translators) -> None:
    english = window.sidebar.sizeHint().width()
    assert english == measured(window.sidebar)
    translators.apply("fr")  # "Alliances et organisations" is longer than any English title
    assert window.sidebar.sizeHint().width() == measured(window.sidebar) > english


def test_the_width_hint_follows_a_larger_font(window: MainWindow) -> None:
    before = window.sidebar.sizeHint().width()
    font = QFont(window.sidebar.font())
    font.setPointSize(font.pointSize() * 2)
    window.sidebar.setFont(font)
    assert window.sidebar.sizeHint().width() == measured(window.sidebar) > before


def test_the_width_hint_follows_a_change_of_style(window: MainWindow, app: QApplication
                                                  ) -> None:
    before = window.sidebar.sizeHint().width()
    window.sidebar.setStyleSheet("QListWidget { border: 9px solid gray; }")
    assert window.sidebar.sizeHint().width() == measured(window.sidebar) > before
