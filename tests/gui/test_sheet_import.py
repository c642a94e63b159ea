"""The record page's spreadsheet export and import, driven through the real dialog."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from iali_desktop.domain.query import Query
from iali_desktop.gui.main_window import MainWindow
from iali_desktop.gui.preferences import Preferences
from iali_desktop.gui.records.record_page import RecordPage
from iali_desktop.gui.records.sheet_dialog import remember_folder, start_folder


def _people_page(window: MainWindow) -> RecordPage:
    page = window.show_page("people")
    assert isinstance(page, RecordPage)
    return page


def test_import_maps_previews_imports_and_ctrl_z_undoes_it_as_one_step(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    ctx = window.ctx
    records = ctx.records
    existing = records.create("person", {"name": "Marie Curie", "email": "marie@example.org"})
    path = tmp_path / "people.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([
            ["Courriel", "Name", "Country"],
            ["MARIE@example.org", "Marie Curie", "Pologne"],
            ["new.one@example.org", "Ngozi Okonjo", "Nigeria"],
            ["bad", "Broken Row", ""],
        ])
    people_before = records.count("person")
    undo_before = ctx.undo.count()

    dialog = _people_page(window).open_import()
    dialog.path.setText(str(path))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1
    assert dialog.mapping() == {1: "name", 2: "country"}  # "Courriel" is no field name
    dialog.set_field(0, "email")
    dialog.set_key(("email",))

    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10_000)
    assert dialog.plan is not None and [r.line for r in dialog.plan.errors] == [4]
    assert dialog.preview.item(0, 0).text() == "4"
    assert "not an email address" in dialog.preview.item(0, 2).text()
    assert not dialog.import_button.isEnabled()  # nothing is imported while a row is wrong
    assert records.count("person") == people_before

    with path.open("w", encoding="utf-8-sig", newline="") as fh:  # fixed in the file
        csv.writer(fh).writerows([
            ["Courriel", "Name", "Country"],
            ["MARIE@example.org", "Marie Curie", "Pologne"],
            ["new.one@example.org", "Ngozi Okonjo", "Nigeria"],
        ])
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    dialog.set_field(0, "email")
    dialog.set_key(("email",))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    assert "1 to create, 1 to update" in dialog.summary.text()

    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert records.get("person", existing)["country"] == "Pologne"
    assert records.count("person") == people_before + 1
    assert ctx.undo.count() == undo_before + 1

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = _people_page(window)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert records.get("person", existing)["country"] is None
    assert records.count("person") == people_before
    assert ctx.undo.index() == undo_before  # one step took back the whole import
    ctx.undo.redo()
    assert records.count("person") == people_before + 1


def test_export_writes_the_visible_columns_of_the_filtered_table(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    page = _people_page(window)
    ctx = window.ctx
    target = ctx.records.create("person", {"name": "Zoé Filtered", "country": "Bénin"})
    page.model.set_filters([], "Zoé Filtered")
    hidden = next(i for i, c in enumerate(page.model.columns) if c.name == "phone")
    page.table.setColumnHidden(hidden, True)
    out = tmp_path / "people.csv"
    op = page.export_to(out)
    qtbot.waitUntil(lambda: not op.running, timeout=10_000)
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][0] == "ID" and "Phone" not in rows[0] and "Country" in rows[0]
    assert [r[0] for r in rows[1:]] == [target]
    assert rows[1][rows[0].index("Country")] == "Bénin"
    assert ctx.records.list("person", Query(ids=(target,)))


def test_file_dialogs_never_start_in_the_database_folder_even_when_last_used(
        window: MainWindow, tmp_path: Path) -> None:
    db_folder = window.ctx.ws.path.parent
    remember_folder(db_folder / "people.csv")
    assert Preferences().sheet_folder == db_folder
    assert start_folder(window.ctx).resolve() != db_folder.resolve()
    elsewhere = tmp_path / "sheets"
    elsewhere.mkdir()
    remember_folder(elsewhere / "people.xlsx")
    assert start_folder(window.ctx) == elsewhere
