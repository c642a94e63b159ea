"""Desktop conventions in the main window, driven with real keys and focus: New, Save,
Delete, Find and Settings keys from anywhere in the window, Ctrl+Z right after a save, a
short undo label, Help's guide and shortcut list, Restore from backup with a preview, and
the toolbar search (acronyms, same-named records told apart)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from iali_desktop.gui.context import AppContext
from iali_desktop.gui.main_window import MainWindow
from iali_desktop.gui.records.record_page import RecordPage
from iali_desktop.services import backups


def _active(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _page(window: MainWindow, name: str) -> RecordPage:
    page = window.show_page(name)
    assert isinstance(page, RecordPage)
    return page


def test_new_and_save_keys_work_with_focus_in_the_sidebar(
        window: MainWindow, shell_ctx: AppContext, qtbot: QtBot) -> None:
    _active(window, qtbot)
    page = _page(window, "publications")
    before = shell_ctx.records.count("publication")
    window.sidebar.setFocus()
    qtbot.waitUntil(window.sidebar.hasFocus)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.form.row_id is None and "New publication" in page.form.heading.full_text()
    title = page.form.editors["title"]
    qtbot.keyClicks(QApplication.focusWidget(), "Guide to remote inspections")
    assert title.value() == "Guide to remote inspections", "New puts focus in the first field"
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert shell_ctx.records.count("publication") == before + 1
    assert "Ctrl+S" in window.edit.save.toolTip()
    assert "Ctrl+S" in page.save_action.toolTip() and "Ctrl+N" in page.new_action.toolTip()


def test_ctrl_z_right_after_saving_undoes_the_save(
        window: MainWindow, shell_ctx: AppContext, qtbot: QtBot) -> None:
    _active(window, qtbot)
    page = _page(window, "publications")
    row_id = page.form.row_id
    assert row_id is not None
    old = shell_ctx.records.get("publication", row_id)["title"]
    line = page.form.editors["title"].line
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    line.selectAll()
    qtbot.keyClicks(line, "A title saved by mistake")
    qtbot.keyClick(line, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert shell_ctx.records.get("publication", row_id)["title"] == "A title saved by mistake"
    assert line.hasFocus()
    qtbot.keyClick(line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shell_ctx.records.get("publication", row_id)["title"] == old
    assert line.text() == old


def test_the_undo_label_stays_short_for_a_long_title(
        window: MainWindow, shell_ctx: AppContext, qtbot: QtBot) -> None:
    page = _page(window, "tasks")
    task = max(shell_ctx.records.list("task"), key=lambda r: len(r["title"]))
    page.show_record(task["id"])
    page.form.editors["number"].spin.setValue(task["number"] + 1)
    assert page.save()
    assert window.undo_action is not None
    label = window.undo_action.text()
    assert label.endswith("…”") and len(label) < 60, label


def test_ctrl_comma_opens_settings_and_help_lists_the_keys(
        window: MainWindow, qtbot: QtBot) -> None:
    _active(window, qtbot)
    seen: list[str] = []

    def close() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):
            seen.append(modal.windowTitle())
            modal.reject()
        else:
            QTimer.singleShot(20, close)

    QTimer.singleShot(20, close)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["Settings"]
    dialog = window.help.show_shortcuts()
    qtbot.addWidget(dialog)
    rows = {(dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text())
            for r in range(dialog.table.rowCount())}
    assert {("New record", "Ctrl+N"), ("Save", "Ctrl+S"), ("Settings", "Ctrl+,"),
            ("Find", "Ctrl+F, Ctrl+K"), ("Delete", "Del")} <= rows
    guide = window.help.open_guide()
    qtbot.addWidget(guide)
    text = guide.browser.toPlainText()
    assert "Getting started" in text and "Keyboard shortcuts" in text
    assert "guide" in [a.text().replace("&", "").lower().split()[-1]
                       for a in window.help_menu.actions() if a.text()]


def test_ctrl_f_then_an_acronym_finds_the_organisation_first(
        window: MainWindow, shell_ctx: AppContext, qtbot: QtBot) -> None:
    _active(window, qtbot)
    window.show_page("dashboard")
    qtbot.keyClick(window.sidebar, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.hasFocus()
    for letter in "ILO":  # each key where the focus is, as typing goes on in the results
        qtbot.keyClicks(QApplication.focusWidget(), letter)
        qtbot.wait(20)
    popup = window.search_popup
    assert popup is not None and popup.isVisible()
    assert popup.field.text() == "ILO"
    qtbot.waitUntil(lambda: popup.results.item(0) is not None and popup.results.item(0).text()
                    == "Organisation · International Labour Organization")
    popup.field.setText("In particular, to engage with and provide support")
    popup.run_search()
    lines = [popup.results.item(i).text() for i in range(popup.results.count())]
    tasks = [line for line in lines if line.startswith("Task ·")]
    assert len(tasks) >= 2 and len(set(tasks)) == len(tasks), tasks


def test_restore_from_backup_previews_and_keeps_the_current_state(
        window: MainWindow, shell_ctx: AppContext, qtbot: QtBot) -> None:
    people = shell_ctx.records.count("person")
    backups.back_up(shell_ctx.ws, "manual")
    added = shell_ctx.records.create("person", {"name": "Added after the backup"})
    dialog = window.databases.restore()
    qtbot.addWidget(dialog)
    info = dialog.chosen()
    assert info is not None and info.reason == "manual"
    preview = {dialog.preview.item(r, 0).text(): (dialog.preview.item(r, 1).text(),
                                                  dialog.preview.item(r, 2).text())
               for r in range(dialog.preview.rowCount())}
    assert preview["People"] == (str(people), str(people + 1))

    def yes() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(QMessageBox.StandardButton.Yes).click()
        else:
            QTimer.singleShot(20, yes)

    QTimer.singleShot(20, yes)
    dialog.restore_button.click()
    assert not dialog.isVisible()
    assert shell_ctx.records.count("person") == people
    assert added not in {r["id"] for r in shell_ctx.records.list("person")}
    reasons = [b.reason for b in backups.list_backups(shell_ctx.ws)]
    assert "pre-restore" in reasons, "the state before the restore is kept"
    assert "Restored" in window.statusBar().currentMessage()


def test_open_recent_lists_databases_opened_before(
        window: MainWindow, shell_ctx: AppContext, tmp_path) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "other.db"
    other.write_bytes(b"")
    window.prefs.remember_database(other)
    window.databases._fill_recent()
    texts = [a.text() for a in window.databases.recent_menu.actions()]
    assert any(t.startswith("other.db") for t in texts)
    window.databases.recent_menu.actions()[0].trigger()
    assert window.switch_to == other
