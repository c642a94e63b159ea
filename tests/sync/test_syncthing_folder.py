"""End to end through a real file-sync engine: two Syncthing daemons on loopback, each
sharing its own folder with the other, each with its own replica. The replicas only ever
see their own folder; everything between them travels by Syncthing."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from iali_desktop.services.sync import SyncService
from iali_desktop.services.sync_folder import SyncFolderService
from iali_desktop.services.workspace import Workspace

from .conftest import MakeReplica, dump, records
from .syncthing_pair import SyncthingPair, wait_for

SYNCTHING = shutil.which("syncthing")

pytestmark = pytest.mark.skipif(
    SYNCTHING is None, reason="the 'syncthing' program is not installed (Debian package "
                              "'syncthing', installed by scripts/bootstrap.sh for dev)")


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[SyncthingPair]:
    assert SYNCTHING is not None
    engines = SyncthingPair(SYNCTHING, tmp_path / "engines")
    engines.root.mkdir()
    try:
        engines.start()
        yield engines
    finally:
        engines.stop()


def conflict_ids(ws: Workspace) -> list[str]:
    return sorted(c.id for g in SyncService(ws).conflicts() for c in g.fields)


def passes_until(what: str, services: list[SyncFolderService], done: object,
                 pair: SyncthingPair) -> None:
    """Run a pass on every side until `done()` holds, while Syncthing carries files."""
    def check() -> bool:
        for s in services:
            s.run()
        return bool(done())  # type: ignore[operator]
    try:
        wait_for(what, check)
    except AssertionError:
        print(pair.logs())
        raise


def test_edits_and_concurrent_edits_travel_through_syncthing_alone(
        pair: SyncthingPair, replicas: MakeReplica) -> None:
    a, b = replicas("ana"), replicas("ben")
    SyncService(a).trust(b.identity().fingerprint)
    SyncService(b).trust(a.identity().fingerprint)
    fa, fb = SyncFolderService(a), SyncFolderService(b)
    fa.set_folder(pair.daemons[0].folder)
    fb.set_folder(pair.daemons[1].folder)
    assert fa.folder() != fb.folder()

    region = records(a).create("region", {"name": "Atlantis"})
    written = fa.run().written
    assert written is not None
    passes_until("Ana's edit to reach Ben", [fb],
                 lambda: "Atlantis" in dump(b), pair)
    assert records(b).get("region", region)["name"] == "Atlantis"
    assert [r.name for r in fb.status().received] == ["ana"]

    # Both edit the same field before hearing from each other.
    records(a).update("region", region, {"name": "Atlantis A"})
    records(b).update("region", region, {"name": "Atlantis B"})
    passes_until("both sides to hold the same conflict", [fa, fb],
                 lambda: conflict_ids(a) and conflict_ids(a) == conflict_ids(b)
                 and dump(a) == dump(b), pair)
    [group] = SyncService(b).conflicts()
    assert {v.value for c in group.fields for v in c.values} == {"Atlantis A", "Atlantis B"}
    # Syncthing's own artefacts never became imports or errors.
    assert fa.status().errors == {} and fb.status().errors == {}
    assert fa.status().waiting == [] and fb.status().waiting == []
