"""A demo database dated to a fixed day, and the reports printed from it once per run."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from iali_desktop.services.demo import add_demo_data
from iali_desktop.services.overview import Overview
from iali_desktop.services.records import RecordService
from iali_desktop.services.setup import initialise
from iali_desktop.services.workspace import Workspace

TODAY = dt.date(2026, 3, 10)
REPLICA = "Secretariat – Émilie"


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


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def flat(text: str) -> str:
    """Text with every run of whitespace as one space (cells wrap lines anywhere)."""
    return re.sub(r"\s+", " ", text)


def outline_titles(path: Path) -> list[tuple[int, str]]:
    """(depth, title) of every outline entry, in order."""
    out: list[tuple[int, str]] = []

    def walk(items: list[object], depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                out.append((depth, str(item.title)))  # type: ignore[attr-defined]

    walk(PdfReader(path).outline, 0)
    return out


def section_text(path: Path, title: str) -> str:
    """The flattened text of the pages from the section's first page to the next
    top-level section's page."""
    reader = PdfReader(path)
    top = [item for item in reader.outline if not isinstance(item, list)]
    starts = [(str(item.title), reader.get_destination_page_number(item)) for item in top]
    for i, (name, first) in enumerate(starts):
        if name == title:
            last = starts[i + 1][1] if i + 1 < len(starts) else len(reader.pages) - 1
            pages = reader.pages[first:max(last, first) + 1]
            return flat(" ".join(page.extract_text() or "" for page in pages))
    raise AssertionError(f"no section {title!r} in the outline")
