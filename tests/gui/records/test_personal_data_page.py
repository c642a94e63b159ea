"""Export and erasure of a person's data from their page, and logs without personal data."""

from __future__ import annotations

import logging
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from iali_desktop.gui.app import LOG_HANDLER, setup_logging
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.records.editors import LineEditor
from iali_desktop.gui.records.record_page import RecordPage
from iali_desktop.gui.records.undo import EditFieldsCommand, push
from iali_desktop.services import backups
from iali_desktop.services.info import dump_text

NAME = "Zoë Ołowska-Quispe"
TYPED_NAME = "Zoe Olowska-Quispe"  # typed key by key: ASCII only
EMAIL = "zoe.olowska.quispe@example.org"


def _page(ctx: AppContext, qtbot: QtBot) -> RecordPage:
    page = RecordPage(ctx, "person")
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def _answer_with(button_text: str) -> None:
    """Click a button of the message box about to open (a real, modal one)."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        for button in box.findChildren(QPushButton):
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} in {box.text()!r}")
    QTimer.singleShot(20, click)


def _type(qtbot: QtBot, editor: object, text: str) -> None:
    assert isinstance(editor, LineEditor)
    editor.line.selectAll()
    qtbot.keyClicks(editor.line, text)


def test_erasing_from_the_persons_page_asks_first_and_blanks_their_data(
        ctx: AppContext, qtbot: QtBot) -> None:
    row = ctx.records.create("person", {"name": NAME, "email": EMAIL, "country": "Peru"})
    page = _page(ctx, qtbot)
    assert page.show_record(row)
    assert page.personal_data is not None and page.personal_data.erase_action.isEnabled()

    _answer_with("Cancel")
    assert not page.personal_data.ask_erase()
    assert ctx.records.get("person", row)["email"] == EMAIL

    backups.back_up(ctx.ws, "manual")  # made before the erasure: it holds the data
    _answer_with("Erase for good")
    QTimer.singleShot(400, lambda: _answer_with("Yes"))  # then: delete the old backup
    assert page.personal_data.ask_erase()
    person = ctx.records.get("person", row)
    assert person["name"] is None and person["email"] is None and person["country"] == "Peru"
    assert EMAIL not in dump_text(ctx.ws) and "Ołowska" not in dump_text(ctx.ws)
    assert backups.holding_erased(ctx.ws) == []
    assert page.form.editors["name"].value() in (None, "")
    assert not page.personal_data.erase_action.isEnabled()  # nothing left to erase
    assert page.show_record(row) and not page.personal_data.erase_action.isEnabled()


def test_the_persons_page_exports_their_data_with_related_records(
        ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    row = ctx.records.create("person", {"name": NAME, "email": EMAIL})
    ctx.records.create("engagement", {"date": "2026-03-04", "kind": "meeting",
                                      "summary": "Talk on remote inspections",
                                      "people": [row]})
    page = _page(ctx, qtbot)
    page.show_record(row)
    assert page.personal_data is not None
    pdf = page.personal_data.export_to(tmp_path / "zoe.pdf")
    assert pdf is not None
    text = "".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages)
    assert NAME in text and EMAIL in text and "Talk on remote inspections" in text


@pytest.fixture
def log_file(tmp_path: Path) -> object:
    path = setup_logging(tmp_path / "logs")
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() == LOG_HANDLER:
            root.removeHandler(handler)
            handler.close()


def test_the_log_holds_no_personal_data_after_editing_a_person(
        ctx: AppContext, qtbot: QtBot, log_file: Path, tmp_path: Path) -> None:
    page = _page(ctx, qtbot)
    page.new_action.trigger()
    _type(qtbot, page.form.editors["name"], TYPED_NAME)
    _type(qtbot, page.form.editors["email"], EMAIL)
    page.save_action.trigger()
    row = page.current_id
    assert row is not None
    _type(qtbot, page.form.editors["email"], "second." + EMAIL)
    page.save_action.trigger()
    # A write the service refuses: its error echoes the value.
    assert not push(ctx, EditFieldsCommand(ctx, "person", row, {"email": "Olowska at home"})).ok
    # Someone else (an import, another window) changes the record: the undo is refused,
    # and the refusal names the step ("Edit Zoë …").
    ctx.records.update("person", row, {"email": "third." + EMAIL, "notes": f"{NAME} wrote"})
    ctx.undo.undo()
    assert page.personal_data is not None
    assert page.personal_data.export_to(tmp_path / "zoe.json") is not None
    _answer_with("Erase for good")
    assert page.personal_data.ask_erase()
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "undo step" in text and "personal data export" in text  # the log was used
    assert "erased the personal data" in text
    assert "write was refused" in text or "write refused" in text
    for secret in (NAME, TYPED_NAME, EMAIL, "Ołowska", "Olowska", "Quispe", "zoe.olowska"):
        assert secret not in text, f"{secret!r} is in the log:\n{text}"
