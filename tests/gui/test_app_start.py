"""Starting the window as a person does: one window per database, bundles handed to it,
a clear message when that window hangs, the storage warning, About, and errors in slots.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from iali_desktop import __version__
from iali_desktop.gui import app as app_module
from iali_desktop.gui.about_dialog import about_text, show_about
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.errors import install_excepthook
from iali_desktop.gui.main_window import MainWindow
from iali_desktop.services import paths
from iali_desktop.services.profile import Profile, save_profile
from iali_desktop.services.records import RecordService
from iali_desktop.services.setup import initialise
from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace

CHILD_ENV = {"QT_QPA_PLATFORM": "offscreen"}


@pytest.fixture
def profiled_db(seeded_template: Path, tmp_path: Path) -> Path:
    """A seeded database whose first-run wizard was done, so the window opens directly."""
    db = tmp_path / "mine" / "iali.db"
    db.parent.mkdir()
    shutil.copyfile(seeded_template, db)
    with Workspace.open(db) as ws:
        save_profile(ws, Profile(role="regional_representative", region=None))
    return db


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A colleague's bundle with one new person in it."""
    folder = tmp_path_factory.mktemp("awa")
    ws, _ = initialise(folder / "awa.db", "Awa, Africa")
    with ws:
        RecordService(ws).create("person", {"name": "Awa Diallo"})
        out = folder / "from-awa.ialibundle"
        SyncService(ws).export_bundle(out)
    return out


def drive_window(step: Callable[[MainWindow], bool], dialogs: list[str],
                 limit_s: float = 60) -> QTimer:
    """Every 50 ms: note and cancel a dialog, or call `step(window)`; it returns True to
    close the window (as does the time limit, so a broken start cannot hang the run)."""
    deadline = time.monotonic() + limit_s

    def tick() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog | QMessageBox):
            dialogs.append(modal.windowTitle())
            modal.reject()
            return
        window = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, MainWindow) and w.isVisible()), None)
        if window is not None and (step(window) or time.monotonic() > deadline):
            window.close()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(50)
    return timer


def test_a_second_start_hands_its_bundle_to_the_open_window(
        app: QApplication, profiled_db: Path, bundle: Path) -> None:
    dialogs: list[str] = []
    second: list[subprocess.Popen[str]] = []

    def step(_window: MainWindow) -> bool:
        if not second:  # the window is up: now the bundle is double-clicked
            second.append(subprocess.Popen(
                [sys.executable, "-m", "iali_desktop", "--db", str(profiled_db), str(bundle)],
                env={**os.environ, **CHILD_ENV}, stdout=subprocess.PIPE,
                stderr=subprocess.PIPE, text=True))
            return False
        return bool(dialogs) and second[0].poll() is not None

    timer = drive_window(step, dialogs)
    try:
        assert app_module.run(profiled_db, []) == 0
    finally:
        timer.stop()
        for child in second:
            if child.poll() is None:
                child.kill()
    _out, err = second[0].communicate(timeout=30)
    assert second[0].returncode == 0, err
    assert dialogs == [f"Import {bundle.name}"], "the first window shows the import preview"
    log = (paths.log_dir() / "iali-desktop.log").read_text(encoding="utf-8")
    assert "handed it 1 file(s)" in log and "another start handed over 1 file(s)" in log


def test_a_hung_window_gets_a_clear_message_and_the_database_is_left_alone(
        app: QApplication, profiled_db: Path, bundle: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    holder = textwrap.dedent(f"""
        import time
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        from iali_desktop.gui.single_instance import InstanceGuard
        app = QCoreApplication([])
        guard = InstanceGuard(Path({str(profiled_db)!r}))
        assert guard.acquire()
        print("ready", flush=True)
        time.sleep(60)  # holds the lock, never runs its event loop: a hung window
    """)
    child = subprocess.Popen([sys.executable, "-c", holder], stdout=subprocess.PIPE,
                             text=True, env={**os.environ, **CHILD_ENV})
    shown: list[str] = []
    monkeypatch.setattr(app_module, "show_error", lambda _parent, exc: shown.append(str(exc)))
    before = profiled_db.read_bytes()
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        assert app_module.run(profiled_db, [str(bundle)]) == 1
    finally:
        child.kill()
        child.wait(timeout=10)
    assert shown and "open in another IALI Desktop window that does not answer" in shown[0]
    assert str(profiled_db) in shown[0]
    assert "does not answer" in capsys.readouterr().err
    assert profiled_db.read_bytes() == before
    assert not profiled_db.with_name(profiled_db.name + "-wal").exists(), \
        "the database was never opened"


def test_a_database_in_a_cloud_folder_is_flagged_in_the_status_bar(
        app: QApplication, profiled_db: Path, tmp_path: Path) -> None:
    synced = tmp_path / "Dropbox" / "iali.db"
    synced.parent.mkdir()
    shutil.move(profiled_db, synced)
    messages: list[str] = []

    def step(window: MainWindow) -> bool:
        messages.append(window.statusBar().currentMessage())
        return True

    timer = drive_window(step, [])
    try:
        assert app_module.run(synced, []) == 0
    finally:
        timer.stop()
    assert "Dropbox" in messages[0] and "cloud" in messages[0]
    log = (paths.log_dir() / "iali-desktop.log").read_text(encoding="utf-8")
    assert "WARNING" in log and "synced by a cloud service" in log


def test_a_local_database_has_no_storage_warning(app: QApplication, profiled_db: Path) -> None:
    messages: list[str] = []

    def step(window: MainWindow) -> bool:
        messages.append(window.statusBar().currentMessage())
        return True

    timer = drive_window(step, [])
    try:
        assert app_module.run(profiled_db, []) == 0
    finally:
        timer.stop()
    assert messages == [""]


def test_the_start_check_notes_the_import_preview_and_quits(
        app: QApplication, profiled_db: Path, bundle: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(app_module.EXIT_AFTER_START, "1")
    assert app_module.run(profiled_db, [str(bundle)]) == 0
    log = (paths.log_dir() / "iali-desktop.log").read_text(encoding="utf-8")
    line = next(li for li in log.splitlines() if "start check:" in li)
    assert f"ImportDialog 'Import {bundle.name}'" in line and "page dashboard" in line
    with Workspace.open(profiled_db) as ws:
        names = [p["name"] for p in RecordService(ws).list("person")]
    assert "Awa Diallo" not in names, "cancelling the preview imports nothing"


@pytest.fixture
def shell(profiled_db: Path, app: QApplication) -> Iterator[AppContext]:
    ws = Workspace.open(profiled_db)
    yield AppContext.create(ws)
    ws.close()


def test_about_names_version_licence_and_folders(shell: AppContext,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "about",
                        lambda _parent, title, text: shown.append((title, text)))
    show_about(shell)
    assert shown and shown[0][0] == "About IALI Desktop"
    text = shown[0][1]
    assert text == about_text(shell)
    assert f"IALI Desktop {__version__}" in text and "Licence: MIT" in text
    assert f"Data folder: <code>{shell.ws.path.parent}</code>" in text
    assert f"Log folder: <code>{paths.log_dir()}</code>" in text


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = app_module.setup_logging(tmp_path / "logs")
    yield path
    for handler in logging.getLogger().handlers[:]:
        if handler.get_name() == app_module.LOG_HANDLER:
            logging.getLogger().removeHandler(handler)
            handler.close()


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_slot_is_shown_logged_and_saves_nothing(
        qtbot: QtBot, shell: AppContext, log_file: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back afterwards
    install_excepthook()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    people = RecordService(shell.ws).count("person")

    def buggy_save() -> None:
        with shell.records.batch() as batch:
            batch.create("person", {"name": "Half Written"})
            raise RuntimeError("a bug half-way through a save")

    button = QPushButton("Save")
    qtbot.addWidget(button)
    button.clicked.connect(buggy_save)
    button.click()

    assert len(shown) == 1
    assert "Something went wrong and the action was not finished" in shown[0]
    assert str(paths.log_dir()) in shown[0]
    logged = log_file.read_text(encoding="utf-8")
    assert "ERROR iali_desktop.gui.errors: unexpected error" in logged
    assert "Traceback" in logged and "RuntimeError: a bug half-way through a save" in logged
    assert "in buggy_save" in logged
    records = RecordService(shell.ws)
    assert records.count("person") == people
    assert all(p["name"] != "Half Written" for p in records.list("person"))


def test_a_database_in_a_folder_that_cannot_be_made_gets_a_dialog(
        app: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(app_module, "show_error", lambda _parent, exc: shown.append(str(exc)))
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    assert app_module.run(blocker / "iali.db", []) == 1
    assert shown and shown[0].startswith(f"cannot use {blocker / 'iali.db'}")
