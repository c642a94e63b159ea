"""Writing a new value for a conflict: a refused value keeps the dialog open with what was
typed, so a typo costs one correction, not the whole entry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from iali_desktop.gui.context import AppContext
from iali_desktop.gui.sync.conflicts_page import ConflictsPage
from iali_desktop.services.records import RecordService
from iali_desktop.services.setup import initialise
from iali_desktop.services.sync import SyncService


def test_a_refused_new_value_stays_in_the_dialog_to_be_corrected(
        qtbot: QtBot, tmp_path: Path, app: QApplication) -> None:
    ana, _ = initialise(tmp_path / "ana.db", "Ana, Americas")
    jean, _ = initialise(tmp_path / "jean.db", "Jean, Africa")
    try:
        person = RecordService(ana).create("person", {"name": "Sofía Ramírez"})
        first = tmp_path / "first.ialibundle"
        SyncService(ana).export_bundle(first, full=True)
        SyncService(jean).import_bundle(first, trust=True)
        RecordService(ana).update("person", person, {"email": "sofia@mtss.example"})
        RecordService(jean).update("person", person, {"email": "s.ramirez@mtss.example"})
        second = tmp_path / "second.ialibundle"
        SyncService(ana).export_bundle(second, full=True)
        SyncService(jean).import_bundle(second)
        assert SyncService(jean).conflict_count() == 1

        ctx = AppContext.create(jean)
        page = ConflictsPage(ctx)
        qtbot.addWidget(page)
        page.show()
        assert "1 open conflict" in page.summary.text()
        qtbot.mouseClick(page.write_button, Qt.MouseButton.LeftButton)
        dialog = page.write_dialog
        assert dialog is not None and dialog.isVisible()
        line = dialog.findChild(QLineEdit)
        line.selectAll()
        qtbot.keyClicks(line, "sofia.ramirez at mtss")
        qtbot.keyClick(line, Qt.Key.Key_Return)
        assert dialog.isVisible(), "a refused value does not close the dialog"
        assert dialog.textValue() == "sofia.ramirez at mtss", "what was typed is kept"
        assert "⚠" in dialog.labelText()
        assert SyncService(jean).conflict_count() == 1
        line.setCursorPosition(len("sofia.ramirez"))
        line.cursorForward(True, 4)  # select " at "
        qtbot.keyClicks(line, "@")
        line.end(False)
        qtbot.keyClicks(line, ".example")
        qtbot.keyClick(line, Qt.Key.Key_Return)
        assert not dialog.isVisible()
        assert SyncService(jean).conflict_count() == 0
        assert RecordService(jean).get("person", person)["email"] == "sofia.ramirez@mtss.example"
    finally:
        ana.close()
        jean.close()
