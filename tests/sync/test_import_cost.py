"""What an import costs grows with what it brings, not with what is held nor with how
many authors the bundle relays. The work is counted, not timed: SQLite's progress
handler on every connection (`VmSteps`), the same on any machine and under any load.
"""

from __future__ import annotations

import base64
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from iali_desktop.domain.ids import new_id
from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace
from iali_desktop.store import replica as replica_store
from iali_desktop.sync import authorship, keys

from . import forge
from .conftest import MakeReplica, export_for, records, send


class VmSteps:
    """Counts SQLite's progress calls on every connection of a workspace, one per
    `EVERY` virtual machine steps of a statement."""

    EVERY = 10

    def __init__(self, ws: Workspace) -> None:
        self.ticks = 0
        ws.db.engine.dispose()

        @event.listens_for(ws.db.engine, "connect")
        def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
            dbapi_conn.set_progress_handler(self._tick, self.EVERY)

    def _tick(self) -> int:
        self.ticks += 1
        return 0


def _import(ws: Workspace, path: Path) -> Any:
    return SyncService(ws).import_bundle(path, trust=True)


def test_a_small_import_reads_what_it_brings_not_every_version_held(
        replicas: MakeReplica, tmp_path: Path) -> None:
    """Ten edits by Ana imported into a database holding 20,000 versions by Carla do
    about the work of the same import into one holding 2,000: no statement of the
    import goes over the versions held before."""
    a, carla = replicas("ana"), replicas("carla")
    signer = forge.identity(carla)
    lines = forge.region_lines(signer.replica_id, range(1, 20_001))
    steps = {}
    for size in (2_000, 20_000):
        ws = replicas(f"ben{size}")
        _import(ws, forge.forge(tmp_path / f"carla{size}.ialibundle", signer,
                                b"".join(lines[:size])))
        send(a, ws, tmp_path)  # Ana's first bundle: her identity and the seed's versions
        steps[size] = ws
    rid = records(a).create("region", {"name": "Atlantis"})
    for n in range(9):
        records(a).update("region", rid, {"name": f"Atlantis {n}"})
    counted = {}
    for size, ws in steps.items():
        delta = export_for(a, ws, tmp_path)
        counter = VmSteps(ws)
        report = _import(ws, delta)
        assert report.changes_new == 10
        counted[size] = counter.ticks
    # A scan of the versions held would cost ten times as much in the larger one.
    assert counted[20_000] < 1.3 * counted[2_000], counted


def _relayed_authors(path: Path, relay: replica_store.ReplicaState, authors: int,
                     per_author: int, *, gap: bool) -> Path:
    """A bundle `relay` sends with `authors` authors' changes, `per_author` each, every
    author's chain signed by its own key; with `gap`, each author's first change is left
    out, so no chain can be checked here yet and every version waits for its proof."""
    body: list[bytes] = []
    checkpoints: dict[str, Any] = {}
    names: dict[str, str] = {}
    for k in range(authors):
        private, public = keys.generate()
        rid = new_id()
        lines = forge.region_lines(rid, range(1, per_author + 2 if gap else per_author + 1))
        chain = bytes.fromhex(authorship.ZERO)
        for line in lines:
            chain = authorship.step(chain, line)
        cp = authorship.sign(private, public, rid, len(lines), chain.hex())
        checkpoints[rid] = {"seq": cp.seq, "chain": cp.chain,
                            "signature": base64.b64encode(cp.signature).decode(),
                            "public_key": base64.b64encode(cp.public_key).decode()}
        names[rid] = f"Author {k}"
        body += lines[1:] if gap else lines
    return forge.forge(path, relay, b"".join(body),
                       patch={"checkpoints": checkpoints, "replicas": names})


@pytest.mark.parametrize("gap", [False, True], ids=["checked", "waiting for proof"])
def test_an_import_relaying_many_authors_costs_what_one_author_would(
        replicas: MakeReplica, tmp_path: Path, gap: bool) -> None:
    """15,000 versions by one author or by 150: the authors' checks read each author's
    own versions, not the whole bundle once per author, whether their chains are checked
    or their versions wait for a proof."""
    relay = forge.identity(replicas("relay"))
    counted, held = {}, {}
    for authors in (1, 150):
        ws = replicas(f"ben{authors}")
        path = _relayed_authors(tmp_path / f"{authors}.ialibundle", relay, authors,
                                15_000 // authors, gap=gap)
        counter = VmSteps(ws)
        report = _import(ws, path)
        counted[authors] = counter.ticks
        held[authors] = sum(group.count for group in report.held)
    assert held == ({1: 0, 150: 0} if not gap else {1: 15_000, 150: 15_000})
    assert counted[150] < 1.3 * counted[1], counted
