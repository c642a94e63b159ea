"""In a French window the shipped regions and list entries read in French wherever the
window names them (list, heading, pickers of other records); a name a user gave reads as
written, and the stored name is never changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.gui.i18n import Translators
from iali_desktop.gui.main_window import MainWindow
from iali_desktop.gui.records.record_page import RecordPage


def _column_texts(page: RecordPage, field: str) -> list[str]:
    model = page.model
    column = [spec.name for spec in model.columns].index(field)
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def _region_id(window: MainWindow, name: str) -> str:
    rows = window.ctx.records.list("region", Query(filters=(Filter("name", Op.EQ, name),)))
    return str(rows[0]["id"])


def test_a_french_window_shows_shipped_region_names_in_french(
        window: MainWindow, translators: Translators, qtbot: QtBot) -> None:
    window.ctx.records.create("region", {"name": "Nordic countries", "code": "NO"})
    translators.apply("fr")
    page = window.show_page("regions")
    assert isinstance(page, RecordPage)
    names = _column_texts(page, "name")
    assert "Afrique" in names and "Asie et Pacifique" in names
    assert "Africa" not in names
    assert "Nordic countries" in names  # a user's own region: as written

    africa = _region_id(window, "Africa")
    row = page.model.row_of(africa)
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.form.row_id == africa)
    assert page.form.heading.full_text() == "Afrique"
    assert page.form.editors["name"].value() == "Africa"  # the stored name, untouched
    assert window.ctx.records.get("region", africa)["name"] == "Africa"

    organisations = window.show_page("organisations")
    assert isinstance(organisations, RecordPage)
    assert "Afrique" in _column_texts(organisations, "region")
