"""The main window on demo data: pages, navigation, search, status bar, preferences."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.i18n import Translators
from iali_desktop.gui.main_window import MainWindow
from iali_desktop.gui.pages import PAGE_NAMES
from iali_desktop.gui.preferences import Preferences

SIDEBAR_ORDER = (
    "dashboard", "plan", "tasks", "organisations", "people", "engagements", "agreements",
    "events", "ec_meetings", "members", "experts", "assistance_requests", "ibor",
    "publications", "regions", "lists", "conflicts", "peers",
)


def test_sidebar_lists_the_pages_in_order(window: MainWindow) -> None:
    assert PAGE_NAMES == SIDEBAR_ORDER
    assert window.sidebar.count() == len(SIDEBAR_ORDER)
    assert window.sidebar.item(3).text() == "Alliances and organisations"


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_page_opens_on_demo_data(window: MainWindow, name: str, qtbot: QtBot) -> None:
    page = window.show_page(name)
    assert window.stack.currentWidget() is page
    assert window.sidebar.current_page() == name
    assert not isinstance(page, QLabel)
    assert page.isVisible()


def test_search_finds_a_record_and_jumps_to_it(window: MainWindow, shell_ctx: AppContext,
                                               qtbot: QtBot) -> None:
    org_id = shell_ctx.records.create("organisation", {
        "name": "Inspección Zorrilla de Prueba", "kind": "other"})
    popup = window.open_search()
    popup.field.setText("zorrilla")
    hits = popup.run_search()
    assert [(h.record_type, h.row_id) for h in hits] == [("organisation", org_id)]
    assert "Organisation" in popup.results.item(0).text()
    with qtbot.waitSignal(shell_ctx.events.open_record):
        popup.open_current()
    assert window.sidebar.current_page() == "organisations"
    assert getattr(window.pages["organisations"], "current_id", None) == org_id


def test_find_shortcuts_are_standard_and_ctrl_k(window: MainWindow) -> None:
    keys = window.find_action.shortcuts()
    assert QKeySequence(QKeySequence.StandardKey.Find) in keys
    assert QKeySequence("Ctrl+K") in keys
    assert window.undo_action is not None and window.redo_action is not None
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.redo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)
    assert window.page_actions["plan"].shortcut() == QKeySequence("Ctrl+2")


def test_sub_records_open_on_their_parents_page(window: MainWindow,
                                                 shell_ctx: AppContext) -> None:
    item = shell_ctx.records.list("agenda_item", Query(limit=1))[0]
    window.open_record("agenda_item", item["id"])
    assert window.sidebar.current_page() == "ec_meetings"
    area = shell_ctx.records.list("action_area", Query(limit=1))[0]
    window.open_record("action_area", area["id"])
    assert window.sidebar.current_page() == "plan"


def test_status_bar_shows_replica_demo_marker_and_conflicts(window: MainWindow,
                                                            qtbot: QtBot) -> None:
    status = window.status
    assert "Template replica" in status.replica.text()
    assert status.demo.isVisible() and status.demo.text() == "Demo data"
    # counted once the event loop runs (not while the window is built)
    qtbot.waitUntil(lambda: "0" in status.conflicts.text())
    assert status.conflict_count == 0


def test_window_remembers_last_page_and_geometry(shell_ctx: AppContext, prefs: Preferences,
                                                 translators: Translators,
                                                 qtbot: QtBot) -> None:
    first = MainWindow(shell_ctx, prefs, translators)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 520)
    first.show_page("people")
    first.splitter.setSizes([150, 550])
    sidebar_width = first.splitter.sizes()[0]
    size = first.size()
    assert size.height() == 520
    first.close()
    second = MainWindow(shell_ctx, Preferences(prefs.path), translators)
    qtbot.addWidget(second)
    assert second.sidebar.current_page() == "people"
    assert second.size() == size
    second.show()
    assert second.splitter.sizes()[0] == sidebar_width != 0


def test_an_undoable_write_does_not_mark_the_window_modified(
        window: MainWindow, shell_ctx: AppContext) -> None:
    from iali_desktop.gui.records.undo import EditFieldsCommand, push

    task = shell_ctx.records.list("task", Query(
        filters=(Filter("status", Op.EQ, "in_progress"),), limit=1))[0]
    assert not window.isWindowModified()
    push(shell_ctx, EditFieldsCommand(shell_ctx, "task", task["id"], {"progress": 99}))
    assert not window.isWindowModified()  # already in the database: nothing to save


def test_sync_menu_and_bundles_from_the_command_line(window: MainWindow, tmp_path,  # type: ignore[no-untyped-def]
                                                     monkeypatch) -> None:
    opened: list[str] = []

    class FakeImport:
        def __init__(self, _ctx: AppContext, path, _parent) -> None:  # type: ignore[no-untyped-def]
            opened.append(path.name)

        def exec(self) -> int:
            return 0

    monkeypatch.setattr("iali_desktop.gui.sync.import_dialog.ImportDialog", FakeImport)
    window.open_bundles([str(tmp_path / "a.ialibundle"), str(tmp_path / "b.ialibundle")])
    assert opened == ["a.ialibundle", "b.ialibundle"]
    assert window.sync_menu.import_action in window.file_menu.actions()
    window.sync_menu.conflicts_action.trigger()
    assert window.sidebar.current_page() == "conflicts"


def _close_next_dialog(qtbot: QtBot, seen: list[str]) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    def close() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):
            seen.append(modal.windowTitle())
            modal.reject()
        else:
            QTimer.singleShot(20, close)

    QTimer.singleShot(20, close)


def test_about_and_settings_open_from_the_menus(window: MainWindow, qtbot: QtBot) -> None:
    seen: list[str] = []
    _close_next_dialog(qtbot, seen)
    window.about_action.trigger()
    _close_next_dialog(qtbot, seen)
    window.settings_action.trigger()
    assert seen == ["About IALI Desktop", "Settings"]
    platform = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    assert window.settings_action.shortcut() == (platform[0] if platform
                                                 else QKeySequence("Ctrl+,"))


def test_search_keys_move_through_results(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    popup = window.open_search()
    popup.field.setText("inspection")
    hits = popup.run_search()
    assert len(hits) > 1
    qtbot.keyClick(popup.field, Qt.Key.Key_Down)
    assert popup.results.currentRow() == 1
    popup.field.setText("zzzzqqq")
    assert popup.run_search() == []
    assert "0" in popup.hint.text()
