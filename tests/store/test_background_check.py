"""The damage check run in the background (the window's start on a large file): reads go
on meanwhile, every write waits for the verdict, and a damaged file takes no write."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from iali_desktop.domain.errors import DatabaseDamaged
from iali_desktop.services.records import RecordService
from iali_desktop.services.workspace import Workspace


def _copy(seeded_template: Path, tmp_path: Path) -> Path:
    db = tmp_path / "iali.db"
    shutil.copyfile(seeded_template, db)
    return db


def test_a_write_waits_for_the_background_check_and_is_refused_on_a_damaged_file(
        seeded_template: Path, tmp_path: Path) -> None:
    db = _copy(seeded_template, tmp_path)
    size = db.stat().st_size
    with db.open("r+b") as fh:  # nothing holds the file: damage its last page
        fh.seek(size - 4096)
        fh.write(os.urandom(4096))
    before = db.read_bytes()
    with Workspace.open(db, defer_check=True) as ws:
        ws.check_in_background()
        records = RecordService(ws)
        assert records.list("region")  # reads do not wait
        with pytest.raises(DatabaseDamaged):
            records.create("region", {"name": "Mu"})
        with pytest.raises(DatabaseDamaged):  # nor any later one
            records.create("region", {"name": "Lemuria"})
        assert isinstance(ws.check_verdict(), DatabaseDamaged)
    assert db.read_bytes() == before


def test_an_intact_file_is_written_once_its_background_check_has_passed(
        seeded_template: Path, tmp_path: Path) -> None:
    db = _copy(seeded_template, tmp_path)
    ended: list[bool] = []
    with Workspace.open(db, defer_check=True) as ws:
        ws.check_in_background(lambda: ended.append(True))
        RecordService(ws).create("region", {"name": "Mu"})
        assert ended == [True] and ws.check_verdict() is None
    with Workspace.open(db) as ws:
        assert "Mu" in {r["name"] for r in RecordService(ws).list("region")}


def test_a_write_before_the_check_has_started_runs_it_and_is_refused_on_a_damaged_file(
        seeded_template: Path, tmp_path: Path) -> None:
    # The window on a large file holds writes for the check it starts after its first
    # paint: a write before that must not slip through.
    db = _copy(seeded_template, tmp_path)
    size = db.stat().st_size
    with db.open("r+b") as fh:
        fh.seek(size - 4096)
        fh.write(os.urandom(4096))
    before = db.read_bytes()
    with Workspace.open(db, defer_check=True) as ws:
        ws.hold_writes_for_check()
        with pytest.raises(DatabaseDamaged):
            RecordService(ws).create("region", {"name": "Mu"})
    assert db.read_bytes() == before
