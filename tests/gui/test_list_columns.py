"""A list too narrow for all its columns leaves some out; a right-click on its header
lists every column with check marks, brings a left-out one back or hides one, and the
list remembers the choice when its page is built again (and in the preferences file).
In French and Spanish no header is cut in a 1024 x 700 window: a long label goes on two
lines, and every page fits that width."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QHeaderView, QMenu, QStyle, QWidget
from pytestqt.qtbot import QtBot

from iali_desktop.gui.i18n import Translators
from iali_desktop.gui.main_window import MainWindow
from iali_desktop.gui.pages import PAGE_NAMES
from iali_desktop.gui.preferences import Preferences
from iali_desktop.gui.records.record_page import RecordPage
from iali_desktop.gui.records.table_view import RecordTableView


def _names(table: RecordTableView, shown: bool) -> list[str]:
    return [spec.name for c, spec in enumerate(table.record_model.columns)
            if table.isColumnHidden(c) != shown]


def _right_click_header(table: RecordTableView, qtbot: QtBot) -> QMenu:
    """A right-click on the header, given to the window as the system gives it: Qt turns
    the press into the context-menu event itself."""
    header = table.horizontalHeader()
    window = header.window()
    at = header.viewport().mapTo(window, QPoint(10, header.height() // 2))
    # The pointer comes over the header first, as a hand moves it to it (once a menu closed,
    # the window takes no press before the pointer has moved in it again); the click
    # comes later than a double-click would.
    QTest.mouseMove(window.windowHandle(), QPoint(1, 1))
    QTest.mouseMove(window.windowHandle(), at)
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.RightButton,
                     Qt.KeyboardModifier.NoModifier, at,
                     QApplication.doubleClickInterval() + 50)
    qtbot.waitUntil(lambda: table.column_menu is not None and table.column_menu.isVisible())
    assert table.column_menu is not None
    return table.column_menu


def _click_item(menu: QMenu, text: str, qtbot: QtBot) -> None:
    action = next(a for a in menu.actions() if a.text() == text)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton,
                     pos=menu.actionGeometry(action).center())


def _tasks(window: MainWindow) -> RecordTableView:
    page = window.show_page("tasks")
    assert isinstance(page, RecordPage) and isinstance(page.table, RecordTableView)
    QApplication.processEvents()
    return page.table


def test_a_column_left_out_comes_back_from_the_header_menu_and_stays(
        window: MainWindow, prefs: Preferences, qtbot: QtBot) -> None:
    window.resize(1024, 700)
    table = _tasks(window)
    left_out = _names(table, shown=False)
    assert "due_date" in left_out, "a narrow list leaves columns out"
    assert table.horizontalScrollBar().maximum() == 0

    menu = _right_click_header(table, qtbot)
    labels = [a.text() for a in menu.actions() if a.isCheckable()]
    assert len(labels) == len(table.record_model.columns)
    due = table.record_model.header_label(
        [s.name for s in table.record_model.columns].index("due_date"))
    assert not next(a for a in menu.actions() if a.text() == due).isChecked()
    _click_item(menu, due, qtbot)
    assert "due_date" in _names(table, shown=True)
    assert table.horizontalScrollBar().maximum() == 0, "another column made room"

    menu = _right_click_header(table, qtbot)
    title = table.record_model.header_label(0)
    status = next(a.text() for a in menu.actions()
                  if a.isCheckable() and a.isChecked() and a.text() not in (due, title))
    _click_item(menu, status, qtbot)
    hidden_now = set(_names(table, shown=False))

    window._rebuild_pages(["tasks"])  # as a change of language does
    rebuilt = _tasks(window)
    assert rebuilt is not table
    assert "due_date" in _names(rebuilt, shown=True)
    assert set(_names(rebuilt, shown=False)) == hidden_now
    prefs.sync()
    hidden, shown = Preferences(prefs.path).column_choice("task")
    assert shown == ["due_date"] and len(hidden) == 1


def test_the_header_menu_goes_back_to_the_columns_that_fit(
        window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1024, 700)
    table = _tasks(window)
    fitted = _names(table, shown=True)
    menu = _right_click_header(table, qtbot)
    shown_labels = [a.text() for a in menu.actions() if a.isCheckable() and a.isChecked()]
    _click_item(menu, shown_labels[-1], qtbot)
    assert _names(table, shown=True) != fitted
    menu = _right_click_header(table, qtbot)
    _click_item(menu, "Show the columns that fit", qtbot)
    assert _names(table, shown=True) == fitted


def _cut_headers(page: QWidget) -> list[str]:
    """Header labels wider than their column (a line of the label, margins included)."""
    cut = []
    for header in page.findChildren(QHeaderView):
        if not header.isVisible() or header.orientation() != Qt.Orientation.Horizontal:
            continue
        metrics = header.fontMetrics()
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None,
                                                header)
        model = header.model()
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            need = max(metrics.horizontalAdvance(line) for line in text.split("\n")) + margin
            if need > header.sectionSize(section):
                cut.append(f"{text!r}: {need} px in {header.sectionSize(section)}")
    return cut


@pytest.mark.slow
@pytest.mark.parametrize("language", ["fr", "es"])
def test_headers_are_whole_in_a_small_window(
        language: str, window: MainWindow, translators: Translators) -> None:
    translators.apply(language)
    window.resize(1024, 700)
    cut = {}
    for name in PAGE_NAMES:
        page = window.show_page(name)
        for _ in range(3):
            QApplication.processEvents()
        if _cut_headers(page):
            cut[name] = _cut_headers(page)
    assert cut == {}
    assert window.width() == 1024, "every page fits a 1024 px wide screen"
