"""Replicas for sync tests: each a copy of the seeded template given its own identity."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from iali_desktop.domain.ids import new_id
from iali_desktop.services.records import RecordService
from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace
from iali_desktop.sync import keys

MakeReplica = Callable[[str], Workspace]


def make_replica(template: Path, folder: Path, name: str) -> Workspace:
    """A seeded database with its own replica id and key pair (one folder each, so each
    has its own backups)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.db"
    shutil.copyfile(template, path)
    private, public = keys.generate()
    con = sqlite3.connect(path)
    try:
        con.execute("UPDATE local_state SET replica_id = ?, name = ?, private_key = ?,"
                    " public_key = ?", (new_id(), name, private, public))
        con.commit()
    finally:
        con.close()
    return Workspace.open(path)


@pytest.fixture
def replicas(seeded_template: Path, tmp_path: Path) -> Iterator[MakeReplica]:
    opened: list[Workspace] = []

    def make(name: str) -> Workspace:
        ws = make_replica(seeded_template, tmp_path / name, name)
        opened.append(ws)
        return ws

    yield make
    for ws in opened:
        ws.close()


def dump(ws: Workspace) -> str:
    from iali_desktop.services.info import dump_text

    return dump_text(ws)


def send(src: Workspace, dst: Workspace, folder: Path, *, full: bool = False,
         name: str | None = None) -> Path:
    """Export from `src` (a delta for `dst` if `src` knows it) and import into `dst`."""
    path = export_for(src, dst, folder, full=full, name=name)
    SyncService(dst).import_bundle(path, trust=True)
    return path


def export_for(src: Workspace, dst: Workspace, folder: Path, *, full: bool = False,
               name: str | None = None) -> Path:
    service = SyncService(src)
    target = dst.identity().replica_id
    known = {p.replica_id for p in service.peers()}
    path = folder / (name or f"{src.identity().name}-to-{dst.identity().name}-{new_id()}"
                     ".ialibundle")
    service.export_bundle(path, peer=target if target in known and not full else None,
                          full=full)
    return path


def records(ws: Workspace) -> RecordService:
    return RecordService(ws)
