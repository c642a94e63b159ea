"""The open window keeps its database to itself, even after Qt sniffs the database's files.

QMimeDatabase (what file dialogs and icon providers call) opens and closes the files of
the folder it looks at, which drops SQLite's POSIX locks in the window's process; the
window's own lock must still stand, so a command-line write is refused with one line.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QMimeDatabase, QTimer
from PySide6.QtWidgets import QApplication

from iali_desktop.gui import app as app_module
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.main_window import MainWindow
from iali_desktop.gui.preferences import Preferences
from iali_desktop.gui.reports.launcher import ReportLauncher
from iali_desktop.services.profile import Profile, save_profile
from iali_desktop.services.records import RecordService
from iali_desktop.services.workspace import Workspace


def test_a_command_line_write_is_refused_cleanly_while_the_window_browses_its_folder(
        app: QApplication, seeded_template: Path, tmp_path: Path) -> None:
    db = tmp_path / "mine" / "iali.db"
    db.parent.mkdir()
    shutil.copyfile(seeded_template, db)
    with Workspace.open(db) as ws:
        save_profile(ws, Profile(role="regional_representative", region=None))
    results: list[subprocess.CompletedProcess[str]] = []
    deadline = time.monotonic() + 60

    def tick() -> None:
        window = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, MainWindow) and w.isVisible()), None)
        if window is None:
            if time.monotonic() > deadline:
                QApplication.quit()
            return
        timer.stop()
        mimes = QMimeDatabase()
        sniffed = [mimes.mimeTypeForFile(str(f), QMimeDatabase.MatchMode.MatchContent).name()
                   for f in sorted(db.parent.iterdir()) if f.is_file()]
        assert len(sniffed) >= 3, "the database, its -wal and -shm were all read"
        results.append(subprocess.run(
            [sys.executable, "-m", "iali_desktop", "records", "add", "person",
             "name=From the command line", "--db", str(db)],
            capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            timeout=120))
        window.close()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(50)
    try:
        assert app_module.run(db, []) == 0
    finally:
        timer.stop()
    (done,) = results
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == (f"iali-desktop: error: the database {db} is open in IALI Desktop "
                           f"(process {os.getpid()}); close it there first\n")
    with Workspace.open(db) as ws:
        names = {p["name"] for p in RecordService(ws).list("person")}
    assert "From the command line" not in names
    assert not (db.parent / "iali.db.lock").read_text(), "the window's note left with it"


def test_file_dialogs_never_start_in_the_database_folder(
        shell_ctx: AppContext, prefs: Preferences) -> None:
    db_folder = shell_ctx.ws.path.resolve().parent
    prefs.report_folder = db_folder  # a report was once saved beside the database
    launcher = ReportLauncher(shell_ctx, prefs)
    assert launcher.folder().resolve() != db_folder
    elsewhere = db_folder.parent
    prefs.report_folder = elsewhere
    assert launcher.folder() == elsewhere, "any other remembered folder is kept"
