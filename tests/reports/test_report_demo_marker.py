"""Every page printed from the sample data says it is fictional; real data prints clean."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from report_helpers import TODAY, page_texts

from iali_desktop.reports import (
    build_annual_report,
    build_directory,
    build_meeting_pack,
    build_progress_report,
)
from iali_desktop.services.records import RecordService
from iali_desktop.services.workspace import Workspace
from iali_desktop.store import replica as replica_store

MARKER = "FICTIONAL DEMO DATA"

Build = Callable[[Workspace, Path], Path]


def _current_plan(ws: Workspace) -> str:
    plans = RecordService(ws).list("action_plan")
    return str(next(p["id"] for p in plans if "demo continuation" in (p["title"] or "")))


REPORTS: dict[str, tuple[Build, str]] = {
    "directory": (lambda ws, out: build_directory(ws, out, as_of=TODAY), MARKER),
    "experts": (lambda ws, out: build_directory(ws, out, experts=True, lang="fr",
                                                as_of=TODAY),
                "DONNÉES DE DÉMONSTRATION FICTIVES"),
    "annual": (lambda ws, out: build_annual_report(ws, TODAY.year - 1, out, as_of=TODAY),
               MARKER),
    "progress": (lambda ws, out: build_progress_report(ws, _current_plan(ws), out, lang="es",
                                                       page_size="Letter", as_of=TODAY),
                 "DATOS FICTICIOS DE DEMOSTRACIÓN"),
}


@pytest.mark.parametrize("kind", sorted(REPORTS))
def test_every_page_of_a_sample_data_report_is_marked(kind: str, ws: Workspace,
                                                      tmp_path: Path) -> None:
    build, marker = REPORTS[kind]
    pages = page_texts(build(ws, tmp_path / f"{kind}.pdf"))
    assert len(pages) > 1
    assert [n for n, text in enumerate(pages, start=1) if marker not in text] == []


def test_every_page_of_the_meeting_pack_is_marked(pack_pdf: Path) -> None:
    pages = page_texts(pack_pdf)
    assert len(pages) > 3
    assert [n for n, text in enumerate(pages, start=1) if MARKER not in text] == []


def test_reports_from_real_data_carry_no_marker(tmp_path: Path, report_db: Path,
                                               meeting_id: str) -> None:
    own = shutil.copyfile(report_db, tmp_path / "own.db")  # the same records, not flagged
    with Workspace.open(own) as ws:
        with ws.write() as tx:
            replica_store.set_demo(tx, False)
        pack = build_meeting_pack(ws, meeting_id, tmp_path / "pack.pdf", as_of=TODAY)
        directory = build_directory(ws, tmp_path / "dir.pdf", as_of=TODAY)
    for pdf in (pack, directory):
        assert not any(MARKER in text for text in page_texts(pdf))
