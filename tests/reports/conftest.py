"""A demo database dated to a fixed day, and the reports printed from it once per run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from report_helpers import REPLICA, TODAY

from iali_desktop.services.demo import add_demo_data
from iali_desktop.services.overview import Overview
from iali_desktop.services.records import RecordService
from iali_desktop.services.setup import initialise
from iali_desktop.services.workspace import Workspace


@pytest.fixture(scope="session")
def report_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reports") / "demo.db"
    ws, _ = initialise(path, REPLICA)
    with ws:
        add_demo_data(ws, today=TODAY)
    return path


@pytest.fixture
def ws(report_db: Path) -> Iterator[Workspace]:
    with Workspace.open(report_db) as workspace:
        yield workspace


@pytest.fixture(scope="session")
def meeting_id(report_db: Path) -> str:
    with Workspace.open(report_db) as workspace:
        meeting = Overview(RecordService(workspace), TODAY).next_meeting()
    assert meeting is not None
    return str(meeting["id"])


@pytest.fixture(scope="session")
def pack_pdf(report_db: Path, meeting_id: str, tmp_path_factory: pytest.TempPathFactory
             ) -> Path:
    from iali_desktop.reports import build_meeting_pack

    out = tmp_path_factory.mktemp("pack") / "pack.pdf"
    with Workspace.open(report_db) as workspace:
        build_meeting_pack(workspace, meeting_id, out, as_of=TODAY)
    return out
