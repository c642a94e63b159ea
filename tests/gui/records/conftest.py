"""Record-page fixtures: a demo database built once per session, copied for each test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pytest
from PySide6.QtWidgets import QApplication

from iali_desktop.gui.context import AppContext
from iali_desktop.services.workspace import Workspace


@pytest.fixture(scope="session")
def records_demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from iali_desktop.services.demo import add_demo_data
    from iali_desktop.services.setup import initialise

    path = tmp_path_factory.mktemp("records-demo") / "demo.db"
    ws, _ = initialise(path, "Record pages template")
    with ws:
        add_demo_data(ws)
    return path


@pytest.fixture
def ctx(records_demo_template: Path, tmp_path: Path, qapp: QApplication
        ) -> Iterator[AppContext]:
    """A context on a private copy of the demo database."""
    path = tmp_path / "demo.db"
    shutil.copyfile(records_demo_template, path)
    ws = Workspace.open(path)
    context = AppContext.create(ws)
    yield context
    context.undo.clear()
    ws.close()
