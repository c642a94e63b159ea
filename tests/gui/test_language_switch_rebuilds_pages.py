"""Changing the language rebuilds open pages, except one holding unsaved edits."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from iali_desktop.gui.i18n import Translators
from iali_desktop.gui.main_window import MainWindow
from iali_desktop.gui.records.editors import LineEditor
from iali_desktop.gui.records.record_page import RecordPage


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Discard)


def _labels(page: RecordPage) -> set[str]:
    return {label.text().rstrip(" *") for label in page.form.findChildren(QLabel)}


def test_switching_to_french_rebuilds_the_people_page(
        window: MainWindow, translators: Translators, qtbot: QtBot) -> None:
    page = window.show_page("people")
    assert isinstance(page, RecordPage)
    shown = page.current_id
    assert "Country" in _labels(page)
    translators.apply("fr")
    french = window.pages["people"]
    assert isinstance(french, RecordPage) and french is not page
    assert window.stack.currentWidget() is french
    assert "Pays" in _labels(french) and "Country" not in _labels(french)
    assert french.current_id == shown


def test_a_page_with_unsaved_edits_switches_after_saving(
        window: MainWindow, translators: Translators, qtbot: QtBot) -> None:
    page = window.show_page("people")
    assert isinstance(page, RecordPage)
    editor = next(e for e in page.form.editors.values() if isinstance(e, LineEditor))
    editor.line.setText(editor.line.text() + " (edited)")
    editor.line.textEdited.emit(editor.line.text())
    translators.apply("fr")
    assert window.pages["people"] is page  # kept: the edit is not lost
    assert "Country" in _labels(page)
    assert window.statusBar().currentMessage()
    assert page.form.save()
    qtbot.waitUntil(lambda: window.pages.get("people") is not page)
    assert "Pays" in _labels(window.pages["people"])  # type: ignore[arg-type]
