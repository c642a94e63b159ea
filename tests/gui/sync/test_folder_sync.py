"""The window keeps the sync folder in step by itself: a bundle dropped into the folder is
noticed by the watcher and imported; one from an untrusted sender waits, listed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from iali_desktop.domain.errors import NotFoundError, ValidationError
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.status_bar import AppStatusBar
from iali_desktop.gui.sync.folder_field import SyncFolderField
from iali_desktop.gui.sync.folder_panel import FolderPanel
from iali_desktop.gui.sync.folder_sync import FolderSyncController
from iali_desktop.gui.sync.import_dialog import ImportDialog
from iali_desktop.services.records import RecordService
from iali_desktop.services.setup import initialise
from iali_desktop.services.sync import SyncService
from iali_desktop.services.sync_folder import SyncFolderService
from iali_desktop.services.workspace import Workspace

NEVER_MS = 10 * 60 * 1000  # no timed rescan during the test: only the watcher can act


@pytest.fixture
def pair(tmp_path: Path, app: QApplication) -> Iterator[tuple[Workspace, Workspace, Path]]:
    ana, _ = initialise(tmp_path / "ana" / "ana.db", "Ana, Americas")
    jean, _ = initialise(tmp_path / "jean" / "jean.db", "Jean, Africa")
    shared = tmp_path / "shared"
    shared.mkdir()
    for ws in (ana, jean):
        SyncFolderService(ws).set_folder(shared)
    yield ana, jean, shared
    ana.close()
    jean.close()


def controller(qtbot: QtBot, ctx: AppContext) -> FolderSyncController:
    statuses: list[object] = []
    ctx.events.folder_status.connect(statuses.append)
    sync = FolderSyncController(ctx, debounce_ms=100, rescan_ms=NEVER_MS)
    qtbot.waitUntil(lambda: bool(statuses), timeout=10000)  # the pass on start
    qtbot.waitUntil(lambda: sync.op is None, timeout=10000)
    return sync


def test_a_bundle_dropped_into_the_folder_is_imported_by_the_watcher(
        qtbot: QtBot, pair: tuple[Workspace, Workspace, Path]) -> None:
    ana, jean, _shared = pair
    SyncService(jean).trust(ana.identity().fingerprint)
    ctx = AppContext.create(jean)
    bar = AppStatusBar(ctx)
    qtbot.addWidget(bar)
    sync = controller(qtbot, ctx)
    changed: list[str] = []
    ctx.events.changed.connect(changed.append)
    person = RecordService(ana).create("person", {"name": "Kwame Mensah"})
    assert SyncFolderService(ana).run().written  # Ana's app drops her bundle in
    qtbot.waitUntil(lambda: sync.last is not None and bool(sync.last.imported),
                    timeout=10000)
    assert RecordService(jean).get("person", person)["name"] == "Kwame Mensah"
    assert changed == [""], "open views are told that records changed"
    assert [r.name for r in sync.status().received] == ["Ana, Americas"]
    assert "checked" in bar.folder.text()
    sync.stop()


def test_an_untrusted_bundle_waits_and_is_listed(
        qtbot: QtBot, pair: tuple[Workspace, Workspace, Path]) -> None:
    ana, jean, _shared = pair
    ctx = AppContext.create(jean)
    panel = FolderPanel(ctx)
    bar = AppStatusBar(ctx)
    qtbot.addWidget(panel)
    qtbot.addWidget(bar)
    sync = controller(qtbot, ctx)
    person = RecordService(ana).create("person", {"name": "Kwame Mensah"})
    SyncFolderService(ana).run()
    qtbot.waitUntil(lambda: panel.items.count() == 1, timeout=10000)
    assert ana.identity().fingerprint in panel.items.item(0).text()
    assert bar.folder.text() == '<a href="peers">Bundles waiting for your decision: 1</a>'
    assert sync.last is not None and sync.last.imported == []
    with pytest.raises(NotFoundError):
        RecordService(jean).get("person", person)
    # Activating the waiting bundle opens the usual import preview on that very file.
    seen: list[object] = []

    def close_preview() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        if dialog is not None:
            dialog.close()

    QTimer.singleShot(200, close_preview)
    panel.open_item(panel.items.item(0))
    assert len(seen) == 1 and isinstance(seen[0], ImportDialog)
    assert seen[0].path == sync.status().waiting[0].path
    sync.stop()


def test_the_settings_field_refuses_the_database_folder_and_never_opens_there(
        qtbot: QtBot, pair: tuple[Workspace, Workspace, Path], tmp_path: Path) -> None:
    _ana, jean, shared = pair
    field = SyncFolderField(jean)
    qtbot.addWidget(field)
    assert field.path.text() == str(shared.resolve())
    field.path.setText(str(jean.path.parent))
    assert field.start_folder() != str(jean.path.parent)
    with pytest.raises(ValidationError, match="database"):
        field.apply()
    assert SyncFolderService(jean).folder() == shared.resolve()
    other = tmp_path / "elsewhere"
    other.mkdir()
    field.path.setText(str(other))
    assert field.start_folder() == str(other)
    assert field.apply() and SyncFolderService(jean).folder() == other.resolve()
    field.path.clear()
    assert field.apply() and SyncFolderService(jean).folder() is None
