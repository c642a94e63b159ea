"""The whole window in French (and Spanish): every page of the sidebar, with a record
open and every tab shown, every menu, and not one English word of interface left.

The window is opened the way the app opens it (the language's translators installed
before the window is built) on the sample database and on a fresh one. Record data
(titles, names, notes typed by people) is not interface and is left out
(`visible_text.without_data`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QTableView, QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from visible_text import EnglishDetector, Shown, data_pattern, visible_texts, without_data

from iali_desktop.gui.context import AppContext
from iali_desktop.gui.i18n import Translators
from iali_desktop.gui.main_window import MainWindow
from iali_desktop.gui.pages import PAGE_NAMES
from iali_desktop.gui.preferences import Preferences
from iali_desktop.services.records import record_types
from iali_desktop.services.workspace import Workspace

# Types whose names are shipped with the app rather than typed by users.
SHIPPED_TYPES = {"region", "term"}


def _record_values(ctx: AppContext) -> Iterator[str]:
    """Every text value of the records users made (the sample data): titles, names,
    notes, and the titles references show."""
    for name, rt in record_types().items():
        if name in SHIPPED_TYPES:
            continue
        for record in ctx.records.list(name):
            for spec in rt.fields:
                value = record.get(spec.name)
                if isinstance(value, str):
                    yield value
                elif isinstance(value, list):
                    yield from (v for v in value if isinstance(v, str))
            yield ctx.records.title(name, record["id"])


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _open_first_rows(page: QWidget) -> None:
    """Select a row in every list of the page that has none selected, so each detail
    form shows a record."""
    for table in page.findChildren(QTableView):
        if not table.isVisible() or table.model() is None or table.model().rowCount() == 0:
            continue
        if not table.selectionModel().hasSelection():
            table.selectRow(0)
            _settle()


def _page_texts(page: QWidget) -> list[Shown]:
    """The page's texts in every state of its tabs (each tab shown in turn)."""
    _open_first_rows(page)
    found = visible_texts(page)
    for tabs in page.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            _settle()
            _open_first_rows(tabs.widget(index))
            found += visible_texts(tabs.widget(index))
        tabs.setCurrentIndex(0)
    return found


def english_in_window(window: MainWindow, language: str) -> list[str]:
    """Every English text the window shows, with where it is and why it reads as English."""
    detector = EnglishDetector(language)
    data = data_pattern(_record_values(window.ctx))
    found: list[str] = []
    for name in PAGE_NAMES:
        page = window.show_page(name)
        _settle()
        for shown in [*_page_texts(page), *visible_texts(window)]:
            text = without_data(shown.text, data).strip()
            if not text:
                continue
            why = detector.why_english(text)
            if why is not None:
                found.append(f"{name}: {shown.where}: {shown.text!r}: {why}")
    return sorted(set(found))


def _window(ws: Workspace, tmp_path: Path, translators: Translators, language: str,
            qtbot: QtBot) -> MainWindow:
    translators.apply(language)  # as run() does, before the window is built
    window = MainWindow(AppContext.create(ws), Preferences(tmp_path / "prefs.ini"),
                        translators)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.slow
@pytest.mark.parametrize("language", ["fr", "es"])
@pytest.mark.parametrize("database", ["sample", "fresh"])
def test_every_page_speaks_the_chosen_language(
        language: str, database: str, demo_db: Path, seeded_db: Path, tmp_path: Path,
        translators: Translators, qtbot: QtBot) -> None:
    ws = Workspace.open(demo_db if database == "sample" else seeded_db)
    try:
        window = _window(ws, tmp_path, translators, language, qtbot)
        english = english_in_window(window, language)
        window.close()
        window.ctx.undo.clear()
    finally:
        ws.close()
    assert english == [], "\n".join(english)
