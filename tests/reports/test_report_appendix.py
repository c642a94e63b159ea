"""Open sync conflicts are a checklist for the secretary before printing (the pack dialog
lists them), never an appendix of the pack handed to the EC.

The conflict is a real one: two replicas edit the meeting's place before exchanging
bundles, and the pack is printed from the replica that imported the other's edit."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from report_helpers import TODAY, flat, page_texts

from iali_desktop.reports import build_meeting_pack
from iali_desktop.services.records import RecordService
from iali_desktop.services.reporting import open_conflicts
from iali_desktop.services.setup import initialise
from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace

MEETING = "EC meeting (autumn)"


@pytest.fixture(scope="module")
def conflicted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """Ana's database (closed) after importing Jean's concurrent edit of the place."""
    folder = tmp_path_factory.mktemp("conflicted")
    ana, _ = initialise(folder / "ana.db", "Ana, Americas")
    jean, _ = initialise(folder / "jean.db", "Jean, Africa")
    with ana, jean:
        meeting = RecordService(ana).create("event", {
            "name": MEETING, "kind": "ec_meeting", "start_date": "2026-04-09",
            "end_date": "2026-04-10", "place": "Geneva (to be confirmed)",
            "status": "confirmed"})
        first = folder / "ana.ialibundle"
        SyncService(ana).export_bundle(first, full=True)
        SyncService(jean).import_bundle(first, trust=True)
        RecordService(ana).update("event", meeting, {"place": "Geneva"})
        RecordService(jean).update("event", meeting, {"place": "Lyon"})  # the later stamp
        second = folder / "jean.ialibundle"
        SyncService(jean).export_bundle(second, full=True)
        report = SyncService(ana).import_bundle(second, trust=True)
        assert report.conflict_count == 1
    return folder / "ana.db", meeting


def test_open_conflicts_are_listed_for_the_secretary_not_printed(
        conflicted: tuple[Path, str], tmp_path: Path) -> None:
    db, meeting_id = conflicted
    db = shutil.copyfile(db, tmp_path / "conflicted.db")
    with Workspace.open(db) as ws:
        found = open_conflicts(ws)
        assert [(c.record_type, c.title, c.field) for c in found] == [
            ("event", MEETING, "Place")]
        assert sorted(v.text for v in found[0].values) == ["Geneva", "Lyon"]
        assert [v.text for v in found[0].values if v.shown] == ["Lyon"]
        pdf = build_meeting_pack(ws, meeting_id, tmp_path / "pack.pdf", as_of=TODAY)
    text = flat(" ".join(page_texts(pdf)))
    assert "Lyon" in text  # the value shown now is printed where the place is
    assert "Geneva" not in text and "conflict" not in text.lower()
