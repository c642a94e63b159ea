"""A database that no longer opens: the window offers its newest intact backup, and a
click on "Restore this backup" puts it in place and opens the window on it."""

from __future__ import annotations

import logging
import os
import shutil
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from iali_desktop.domain.errors import DatabaseDamaged
from iali_desktop.gui import app as app_module
from iali_desktop.gui import intact_check
from iali_desktop.gui.main_window import MainWindow
from iali_desktop.gui.restore_offer import RestoreOfferBox
from iali_desktop.services.maintenance import back_up_now
from iali_desktop.services.profile import Profile, save_profile
from iali_desktop.services.records import RecordService
from iali_desktop.services.workspace import Workspace


@pytest.fixture
def damaged_db(seeded_template: Path, tmp_path: Path) -> Path:
    """A database with a backup holding "Atlantis", then "Lemuria" added, then damaged."""
    db = tmp_path / "mine" / "iali.db"
    db.parent.mkdir()
    shutil.copyfile(seeded_template, db)
    with Workspace.open(db) as ws:
        save_profile(ws, Profile(role="regional_representative", region=None))
        RecordService(ws).create("region", {"name": "Atlantis"})
        back_up_now(ws)
        RecordService(ws).create("region", {"name": "Lemuria"})
    size = db.stat().st_size
    with db.open("r+b") as fh:  # closed above: nothing holds the file
        fh.seek(4096)
        fh.write(os.urandom(size - 8192))
    return db


def _answer(click: str, seen: list[str], limit_s: float = 60) -> QTimer:
    """Every 50 ms: click `click` ("restore" or "quit") in the offer; close the window."""
    deadline = time.monotonic() + limit_s

    def tick() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, RestoreOfferBox):
            seen.append(f"{modal.windowTitle()}: {modal.informativeText()}")
            button = modal.restore_button if click == "restore" else modal.quit_button
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)
            return
        if modal is not None:  # any other dialog: noted and closed
            seen.append(f"other: {modal.windowTitle()}")
            modal.close()
            return
        window = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, MainWindow) and w.isVisible()), None)
        if window is not None or time.monotonic() > deadline:
            seen.append(f"window: {window.windowTitle() if window else 'none'}")
            if window is not None:
                window.close()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(50)
    return timer


def test_a_damaged_database_is_replaced_by_its_newest_good_backup_on_a_click(
        app: QApplication, damaged_db: Path, caplog: pytest.LogCaptureFixture) -> None:
    seen: list[str] = []
    timer = _answer("restore", seen)
    try:
        with caplog.at_level(logging.INFO, logger="iali_desktop"):
            assert app_module.run(damaged_db, []) == 0
    finally:
        timer.stop()
    assert seen[0].startswith("The database is damaged: The newest intact backup is from")
    assert "(manual)" in seen[0]
    assert any(s.startswith("window:") for s in seen[1:])
    with Workspace.open(damaged_db) as ws:
        names = {r["name"] for r in RecordService(ws).list("region")}
        assert "Atlantis" in names and "Lemuria" not in names
        assert "(restored " in ws.identity().name
        replica_name = ws.identity().name.partition(" (restored ")[0]  # a colleague's name
    assert "in place of the damaged database" in caplog.text  # the restore was logged
    assert replica_name not in caplog.text, caplog.text  # but not the replica's name
    assert list(damaged_db.parent.glob("iali.db.damaged-*"))


def test_declining_the_offer_changes_nothing(app: QApplication, damaged_db: Path) -> None:
    before = damaged_db.read_bytes()
    seen: list[str] = []
    timer = _answer("quit", seen)
    try:
        assert app_module.run(damaged_db, []) == 1
    finally:
        timer.stop()
    assert len(seen) == 1 and seen[0].startswith("The database is damaged")
    assert damaged_db.read_bytes() == before
    assert not list(damaged_db.parent.glob("iali.db.damaged-*"))



@pytest.fixture
def last_page_damaged(seeded_template: Path, tmp_path: Path) -> Path:
    """A database with a backup whose last page is then damaged: only the whole-file
    check sees it (the window's reads do not reach that page)."""
    db = tmp_path / "mine" / "iali.db"
    db.parent.mkdir()
    shutil.copyfile(seeded_template, db)
    with Workspace.open(db) as ws:
        save_profile(ws, Profile(role="regional_representative", region=None))
        back_up_now(ws)
    size = db.stat().st_size
    with db.open("r+b") as fh:  # closed above: nothing holds the file
        fh.seek(size - 4096)
        fh.write(os.urandom(4096))
    return db


def test_damage_only_the_full_check_sees_brings_the_offer_before_the_window(
        app: QApplication, last_page_damaged: Path) -> None:
    # The window is built while the whole-file check runs beside it (gui.IntactCheck):
    # a file whose other pages read well must still get the offer, and no window.
    db = last_page_damaged
    seen: list[str] = []
    timer = _answer("quit", seen)
    try:
        assert app_module.run(db, []) == 1
    finally:
        timer.stop()
    assert seen and seen[0].startswith("The database is damaged"), seen


def test_a_large_file_is_shown_before_its_check_and_written_only_once_found_intact(
        app: QApplication, last_page_damaged: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A file above CHECK_FIRST_BYTES is shown first and checked beside the window: a write
    # made as the window shows waits for the verdict and is refused, and the damage closes
    # the window for the offer (the test itself closes it only after 60 s).
    monkeypatch.setattr(intact_check, "CHECK_FIRST_BYTES", 0)
    before = last_page_damaged.read_bytes()
    seen: list[str] = []
    deadline = time.monotonic() + 60

    class WriteOnShow(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Show and isinstance(watched, MainWindow) \
                    and "window shown" not in seen:
                seen.append("window shown")
                try:  # a real write through the window's own services
                    watched.ctx.records.create("region", {"name": "Mu"})
                    seen.append("write accepted")
                except DatabaseDamaged:
                    seen.append("write refused: damaged")
            return False

    def tick() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, RestoreOfferBox):
            seen.append(f"offer: {modal.windowTitle()}")
            QTest.mouseClick(modal.quit_button, Qt.MouseButton.LeftButton)
        elif time.monotonic() > deadline:
            for window in QApplication.topLevelWidgets():
                if isinstance(window, MainWindow) and window.isVisible():
                    window.close()

    writer = WriteOnShow()
    app.installEventFilter(writer)
    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(50)
    try:
        assert app_module.run(last_page_damaged, []) == 1
    finally:
        timer.stop()
        app.removeEventFilter(writer)
    assert time.monotonic() < deadline, "the damage did not close the window"
    assert seen == ["window shown", "write refused: damaged", "offer: The database is damaged"]
    assert last_page_damaged.read_bytes() == before
