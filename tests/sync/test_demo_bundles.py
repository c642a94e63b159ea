"""The fictional demo dataset never reaches a colleague: the sample-data database makes
and takes no bundles, and a bundle carrying demo records is refused whoever made it."""

from __future__ import annotations

from pathlib import Path

import pytest

from iali_desktop.domain.errors import BundleError
from iali_desktop.domain.ids import new_id
from iali_desktop.services.demo_database import create_demo_database
from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace
from iali_desktop.store import replica as replica_store
from iali_desktop.store.changelog import dumps

from . import forge
from .conftest import MakeReplica, export_for, records
from .test_adversarial import refused, state_of


@pytest.fixture
def sample(tmp_path: Path) -> Workspace:
    ws, added = create_demo_database(tmp_path / "sample" / "demo.db")
    assert added > 100
    return ws


def test_the_sample_data_database_makes_no_bundles(sample: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "demo.ialibundle"
    with sample, pytest.raises(BundleError, match="sample-data database") as info:
        SyncService(sample).export_bundle(out, full=True)
    assert "\n" not in str(info.value)
    assert not out.exists()


def test_the_sample_data_database_takes_no_bundles(sample: Workspace, replicas: MakeReplica,
                                                   tmp_path: Path) -> None:
    ana = replicas("ana")
    records(ana).create("person", {"name": "Awa Diallo"})
    path = export_for(ana, sample, tmp_path, full=True)
    with sample:
        refused(sample, path, "sample-data database", trust=True)


def test_a_bundle_carrying_demo_records_is_refused(replicas: MakeReplica,
                                                   tmp_path: Path) -> None:
    """As a version that put the demo set into the user's database exported it: a
    colleague's import must refuse it, not take its 1,000 fictional changes."""
    old, _ = create_demo_database(tmp_path / "old" / "mixed.db", "Ana, Americas")
    with old.write() as tx:
        replica_store.set_demo(tx, False)  # that version exported such a database
    ben = replicas("ben")
    path = export_for(old, ben, tmp_path, full=True)
    old.close()
    refused(ben, path, "fictional demo dataset", trust=True)


def _one_region_bundle(sender: Workspace, path: Path, demo: bool) -> Path:
    signer = forge.identity(sender)
    change = forge.line(field="name", hlc=1000, replica=signer.replica_id, row=new_id(),
                        seq=1, supersedes=[], type="region", value=dumps("Atlantis"))
    return forge.forge(path, signer, change, patch={"demo": True} if demo else None)


def test_a_bundle_flagged_as_demo_in_its_signed_manifest_is_refused(
        replicas: MakeReplica, tmp_path: Path) -> None:
    ana, ben = replicas("ana"), replicas("ben")
    flagged = _one_region_bundle(ana, tmp_path / "flagged.ialibundle", demo=True)
    refused(ben, flagged, "fictional demo dataset", trust=True)
    plain = _one_region_bundle(ana, tmp_path / "plain.ialibundle", demo=False)
    before = state_of(ben)
    assert SyncService(ben).import_bundle(plain, trust=True).changes_new == 1
    assert state_of(ben) != before
