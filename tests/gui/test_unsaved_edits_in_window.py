"""The window: jumping away from unsaved edits, and the unsaved-edit marker."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from iali_desktop.domain.query import Query
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.main_window import MainWindow
from iali_desktop.gui.records.editors import LineEditor
from iali_desktop.gui.records.record_page import RecordPage


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """A failing check must not leave a modal "Save changes?" open at teardown."""
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Discard)


def _edit_a_person(window: MainWindow) -> tuple[RecordPage, LineEditor]:
    page = window.show_page("people")
    assert isinstance(page, RecordPage)
    editor = next(e for e in page.form.editors.values() if isinstance(e, LineEditor))
    editor.line.setText("Edited but not saved")
    editor.line.textEdited.emit("Edited but not saved")
    assert page.form.dirty
    return page, editor


def test_jump_refused_by_an_unsaved_form_asks_once_and_keeps_the_edit(
        window: MainWindow, shell_ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page, editor = _edit_a_person(window)
    asked: list[str] = []

    def cancel() -> QMessageBox.StandardButton:
        asked.append(page.form.title())
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(page.form, "ask_leave", cancel)
    task = shell_ctx.records.list("task", Query(limit=1))[0]
    shell_ctx.events.open_record.emit("task", task["id"])
    assert len(asked) == 1
    assert window.current_page() == "people"
    assert page.form.dirty
    assert editor.line.text() == "Edited but not saved"


def test_modified_marker_follows_unsaved_edits_not_the_undo_stack(
        window: MainWindow, qtbot: QtBot) -> None:
    page, _editor = _edit_a_person(window)
    assert window.isWindowModified()
    assert page.form.save()
    assert not window.ctx.undo.isClean()  # the save can be undone...
    assert not window.isWindowModified()  # ...but nothing is left unsaved


def test_an_unsaved_agenda_item_marks_the_window_modified(window: MainWindow) -> None:
    page = window.show_page("ec_meetings")
    agenda = page.agenda  # type: ignore[attr-defined]
    editor = next(e for e in agenda.form.editors.values() if isinstance(e, LineEditor))
    editor.line.setText("A new point")
    editor.line.textEdited.emit("A new point")
    assert agenda.form.dirty
    assert window.isWindowModified()
    agenda.form.revert()
    assert not window.isWindowModified()


def test_a_changed_assessment_marks_the_window_modified(window: MainWindow) -> None:
    page = window.show_page("assistance_requests")
    criteria = page.criteria  # type: ignore[attr-defined]
    assert criteria.rows, "the demo request has criteria"
    criteria.rows[0].met.click()
    assert criteria.dirty
    assert window.isWindowModified()
    criteria.reload()
    assert not window.isWindowModified()
