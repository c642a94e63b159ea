"""Window fixtures: the demo database (built once per session, copied per test), an
AppContext on it, and the main window with a private preferences file."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from iali_desktop.gui import wheel_guard
from iali_desktop.gui.app import create_app
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.i18n import Translators
from iali_desktop.gui.main_window import MainWindow
from iali_desktop.gui.preferences import Preferences
from iali_desktop.services.records import RecordService
from iali_desktop.services.setup import initialise
from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace


@pytest.fixture(scope="session")
def app(qapp: QApplication) -> QApplication:
    """The application set up as `run()` sets it up (fonts, palette, names), with the
    wheel guard from the start: pages tested alone have no window to install it once
    painted."""
    application = create_app()
    wheel_guard.install(application)
    return application


@pytest.fixture
def translators(app: QApplication) -> Iterator[Translators]:
    tr = Translators(app)
    tr.apply("en")
    yield tr
    tr.apply("en")


@pytest.fixture
def shell_ctx(demo_db: Path, app: QApplication) -> Iterator[AppContext]:
    """A context on a private copy of the demo database."""
    ws = Workspace.open(demo_db)
    context = AppContext.create(ws)
    yield context
    context.undo.clear()
    ws.close()


@pytest.fixture
def prefs(tmp_path: Path) -> Preferences:
    return Preferences(tmp_path / "prefs.ini")


@pytest.fixture
def open_window(shell_ctx: AppContext, prefs: Preferences, translators: Translators,
                qtbot: QtBot) -> Callable[..., MainWindow]:
    """Opens a window on the shell database (in the language applied so far), at
    `width` x `height` when given, up as a person finds it: painted, with what waits for
    the first paint in place."""
    def make(width: int | None = None, height: int | None = None) -> MainWindow:
        win = MainWindow(shell_ctx, prefs, translators)
        qtbot.addWidget(win)
        if width is not None and height is not None:
            win.resize(width, height)
        with qtbot.waitSignal(win.status.first_painted, timeout=10_000):
            win.show()
        qtbot.waitExposed(win)
        return win
    return make


@pytest.fixture
def window(open_window: Callable[..., MainWindow]) -> Iterator[MainWindow]:
    win = open_window()
    yield win
    win.close()


@pytest.fixture
def pair(tmp_path: Path, app: QApplication) -> Iterator[tuple[Workspace, Workspace]]:
    """Two separately created replicas: Ana's and Jean's."""
    ana, _ = initialise(tmp_path / "ana.db", "Ana, Americas")
    jean, _ = initialise(tmp_path / "jean.db", "Jean, Africa")
    yield ana, jean
    ana.close()
    jean.close()


ConflictingEdit = Callable[[Workspace, Workspace, Path, str, str, str], tuple[str, Path]]


@pytest.fixture
def conflicting_edit() -> ConflictingEdit:
    return _conflicting_edit


def _conflicting_edit(ana: Workspace, jean: Workspace, folder: Path, field: str,
                      ana_value: str, jean_value: str) -> tuple[str, Path]:
    """A person both hold, whose `field` each then edits differently: the person's id and
    Ana's bundle with her edit, which makes the conflict where Jean imports it."""
    person = RecordService(ana).create("person", {"name": "Sofía Ramírez"})
    first = folder / "first.ialibundle"
    SyncService(ana).export_bundle(first, full=True)
    SyncService(jean).import_bundle(first, trust=True)
    RecordService(ana).update("person", person, {field: ana_value})
    RecordService(jean).update("person", person, {field: jean_value})
    second = folder / "second.ialibundle"
    SyncService(ana).export_bundle(second, full=True)
    return person, second
