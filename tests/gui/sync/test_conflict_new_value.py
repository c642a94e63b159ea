"""Writing a new value for a conflict: a refused value keeps the dialog open with what was
typed, so a typo costs one correction, not the whole entry."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from iali_desktop.gui.context import AppContext
from iali_desktop.gui.sync.conflicts_page import ConflictsPage
from iali_desktop.services.records import RecordService
from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace


def test_a_refused_new_value_stays_in_the_dialog_to_be_corrected(
        qtbot: QtBot, pair: tuple[Workspace, Workspace], tmp_path: Path,
        conflicting_edit: Callable[..., tuple[str, Path]]) -> None:
    ana, jean = pair
    person, second = conflicting_edit(ana, jean, tmp_path, "email", "sofia@mtss.example",
                                      "s.ramirez@mtss.example")
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
