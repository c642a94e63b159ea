"""Starting the window: a new default database is created and seeded, a bad file gets a
dialog (not a traceback), and the first start asks for a clean database or the sample
data, then walks through the wizard to the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from iali_desktop.gui import app as app_module
from iali_desktop.gui.main_window import MainWindow
from iali_desktop.gui.start_choice import StartChoiceDialog
from iali_desktop.services import paths
from iali_desktop.services.records import RecordService
from iali_desktop.services.workspace import Workspace


def test_a_new_database_is_created_with_both_plans(tmp_path: Path) -> None:
    ws = app_module.open_workspace(tmp_path / "new" / "iali.db")
    with ws:
        titles = [p["title"] for p in RecordService(ws).list("action_plan")]
    assert len(titles) == 2 and any("2021" in t for t in titles)


def test_a_foreign_file_gets_a_dialog_and_exit_code_1(tmp_path: Path, app: QApplication,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(app_module, "show_error", lambda _p, exc: shown.append(str(exc)))
    bad = tmp_path / "notes.db"
    bad.write_text("not a database")
    assert app_module.run(bad, []) == 1
    assert shown and "not an IALI Desktop database" in shown[0]


def test_first_start_opens_the_window_on_the_default_database(
        tmp_path: Path, app: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "default.db"
    monkeypatch.setenv("IALI_DESKTOP_DB", str(db))
    seen: list[str] = []

    def drive() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):
            seen.append(type(modal).__name__)
            modal.accept()
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget.sidebar.current_page() or "")
                widget.close()
                return

    timer = QTimer()
    timer.timeout.connect(drive)
    timer.start(50)
    try:
        assert app_module.run(None, []) == 0
    finally:
        timer.stop()
    assert seen[:2] == ["StartChoiceDialog", "FirstRunWizard"]
    assert seen[-1] == "dashboard"
    with Workspace.open(db) as ws:
        assert RecordService(ws).count("action_plan") == 2
        assert not ws.identity().demo
    assert not paths.demo_db_path().exists()


def test_sample_data_opens_in_its_own_marked_database_and_leads_back(
        tmp_path: Path, app: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    """First start: "Explore with sample data" opens a separate demo file with the banner;
    its "Back to my database" opens a clean database of the user's own."""
    db = tmp_path / "default.db"
    monkeypatch.setenv("IALI_DESKTOP_DB", str(db))
    seen: list[tuple[str, bool, bool]] = []

    def drive() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, StartChoiceDialog):
            modal.sample_button.click()
            return
        if isinstance(modal, QDialog):
            modal.accept()
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                banner = widget.demo_banner
                seen.append((widget.ctx.ws.path.name, banner is not None and
                             banner.isVisible(), widget.sync_menu.export_action.isEnabled()))
                if banner is not None:
                    banner.back.click()
                else:
                    widget.close()
                return

    timer = QTimer()
    timer.timeout.connect(drive)
    timer.start(50)
    try:
        assert app_module.run(None, []) == 0
    finally:
        timer.stop()
    assert seen == [(paths.DEMO_DB_FILE, True, False), ("default.db", False, True)]
    with Workspace.open(paths.demo_db_path()) as ws:
        assert ws.identity().demo and RecordService(ws).count("engagement") > 0
    with Workspace.open(db) as ws:
        assert not ws.identity().demo and RecordService(ws).count("engagement") == 0
