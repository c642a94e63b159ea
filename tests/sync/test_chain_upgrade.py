"""Databases written by the release of bundle format 1 keep syncing after the upgrade.

`tests/data/format1/` holds three databases (Ana, Ben, Carla) and a bundle in transit,
made by that release's own code (commit 18a4ed1; `make_format1_replicas.py` there says
how): their stored author chains were hashed over raw lines and their checkpoints signed
the old way. Opening them runs migration 0007; then they exchange bundles with each
other and, through Carla as a relay, with Dan, a database made by this version.
"""

from __future__ import annotations

import gzip
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from iali_desktop.domain.errors import BundleError, NotFoundError
from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace
from iali_desktop.store import checkpoints as checkpoint_store
from iali_desktop.store.checkpoints import Held
from iali_desktop.sync import authorship
from iali_desktop.sync.changes import driver
from iali_desktop.sync.limits import MANIFEST

from .conftest import MakeReplica, dump, records, send

DATA = Path(__file__).resolve().parents[1] / "data" / "format1"
ROOT = Path(__file__).resolve().parents[2]
PERSON = "01a23c44-e317-77b6-a0b2-c0d394bfbd6e"
REGION = "01a23c44-e33c-7dc4-aec3-d83c110830a0"
ANA = "01a23c44-d9f2-7523-8cf3-c06be1c2cf07"
BEN = "01a23c44-dd88-7532-ab0a-0e64a3835e6c"
FORMAT1_RELEASE = "18a4ed1"


def unpack(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    path = folder / f"{name}.db"
    with gzip.open(DATA / f"{name}.db.gz") as src, path.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    return path


@pytest.fixture
def upgraded(tmp_path: Path) -> Iterator[dict[str, Workspace]]:
    """Ana, Ben and Carla as the format-1 release left them, opened (and so migrated)
    by this version."""
    opened = {name: Workspace.open(unpack(tmp_path, name)) for name in ("ana", "ben", "carla")}
    yield opened
    for ws in opened.values():
        ws.close()


def held(ws: Workspace) -> dict[str, Held]:
    with ws.read() as tx:
        return checkpoint_store.all_held(tx)


def chain_from_start(ws: Workspace, replica: str, seq: int) -> str:
    """The author's chain as this version's sync code computes it over the held lines."""
    with ws.read() as tx:
        return authorship.extend(driver(tx), replica, 0, authorship.ZERO, seq)


def manifest_of(path: Path) -> dict[str, object]:
    with zipfile.ZipFile(path) as zf:
        data = orjson.loads(zf.read(MANIFEST))
    assert isinstance(data, dict)
    return data


def test_the_upgrade_rechains_every_verified_chain_resigns_its_own_and_marks_the_rest(
        upgraded: dict[str, Workspace]) -> None:
    ana, carla = held(upgraded["ana"]), held(upgraded["carla"])
    own = ana[ANA]
    assert not own.legacy and own.latest.seq == own.verified_seq == 6
    assert own.latest.chain == own.verified_chain == chain_from_start(upgraded["ana"], ANA, 6)
    authorship.check_signature(own.latest, "Ana")  # signed again, the new way
    assert ana[BEN].legacy and ana[BEN].verified_seq == 3
    assert ana[BEN].verified_chain == chain_from_start(upgraded["ana"], BEN, 3)
    with pytest.raises(BundleError, match="does not verify"):
        authorship.check_signature(ana[BEN].latest, "Ben")  # the old way: never sent on
    assert carla[ANA].legacy and carla[BEN].legacy
    assert carla[ANA].verified_chain == chain_from_start(upgraded["carla"], ANA, 5)


def test_upgraded_replicas_converge_with_each_other_and_through_a_relay(
        upgraded: dict[str, Workspace], replicas: MakeReplica, tmp_path: Path) -> None:
    ana, ben, carla = upgraded["ana"], upgraded["ben"], upgraded["carla"]
    dan = replicas("Dan, Asia")  # made by this version
    folder = tmp_path / "bundles"
    folder.mkdir()
    records(carla).create("region", {"name": "Carla's region"})

    # Carla holds Ana's and Ben's changes under legacy checkpoints only: she relays none
    # of them, and none of those checkpoints, until their authors' new ones reach her.
    first = send(carla, dan, folder)
    assert set(manifest_of(first)["checkpoints"]) == {  # type: ignore[call-overload]
        carla.identity().replica_id}
    with pytest.raises(NotFoundError):
        records(dan).get("person", PERSON)

    send(carla, ben, folder)  # Ben learns what Carla holds: his next bundle is a delta

    # Ana's changes made after her last format-1 export extend the chain Ben verified
    # the old way and migrated: it must arrive at Ana's new checkpoint.
    send(ana, ben, folder)
    assert records(ben).get("person", PERSON)["notes"] == "Met in Lima"
    assert not held(ben)[ANA].legacy
    # Ben has none of his own changes for Carla, but his checkpoint (same number as the
    # legacy one Carla holds) travels, with Ana's: Carla may now relay both.
    delta = send(ben, carla, folder)
    assert BEN not in {orjson.loads(line)["replica"]
                       for line in zipfile.ZipFile(delta).read("changes.jsonl").splitlines()}
    assert not held(carla)[BEN].legacy and held(carla)[BEN].latest.seq == 3
    assert not held(carla)[ANA].legacy and held(carla)[ANA].latest.seq == 7
    records(ben).update("person", PERSON, {"phone": "+56 2 555 0199"})
    send(ben, ana, folder)
    send(carla, dan, folder)
    assert records(dan).get("person", PERSON)["notes"] == "Met in Lima"
    records(dan).update("region", REGION, {"name": "Atlantis Minor"})
    send(dan, carla, folder)
    send(carla, ben, folder)
    send(ben, ana, folder)
    send(ana, carla, folder)
    send(ben, carla, folder)
    send(carla, dan, folder)
    everyone = [dump(ws) for ws in (ana, ben, carla, dan)]
    assert everyone[0] == everyone[1] == everyone[2] == everyone[3]
    person = records(dan).get("person", PERSON)
    assert (person["phone"], person["country"]) == ("+56 2 555 0199", "Chile")
    assert records(ana).get("region", REGION)["name"] == "Atlantis Minor"


def test_a_format1_bundle_is_refused_in_one_line_naming_its_sender(
        upgraded: dict[str, Workspace]) -> None:
    with pytest.raises(BundleError) as refused:
        SyncService(upgraded["ben"]).import_bundle(DATA / "ana-to-ben.ialibundle")
    assert str(refused.value) == (
        "this bundle was made by an older IALI Desktop (bundle format 1); ask "
        "'Ana, Americas' to update IALI Desktop and send it again")
    assert records(upgraded["ben"]).get("region", REGION)["name"] == "Atlantis"


@pytest.mark.slow
def test_the_format1_release_refuses_a_bundle_of_this_version(
        upgraded: dict[str, Workspace], tmp_path: Path) -> None:
    """Run the format-1 release itself (its code taken from git) on a bundle of ours."""
    code = tmp_path / "format1-release"
    code.mkdir()
    try:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", FORMAT1_RELEASE,
                                  "iali_desktop", "resources"], capture_output=True,
                                 check=True, timeout=60).stdout
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"the format-1 release's code is not in this checkout's history: {exc}")
    subprocess.run(["tar", "-x", "-C", str(code)], input=archive, check=True, timeout=60)
    bundle = tmp_path / "ana-new.ialibundle"
    SyncService(upgraded["ana"]).export_bundle(bundle, full=True)
    (tmp_path / "old").mkdir()
    old_ben = unpack(tmp_path / "old", "ben")
    run = subprocess.run(
        [sys.executable, "-m", "iali_desktop", "--db", str(old_ben), "import", str(bundle)],
        env={"PYTHONPATH": str(code), "HOME": str(tmp_path), "PATH": "/usr/bin:/bin",
             "PYTHONDONTWRITEBYTECODE": "1"},
        cwd=tmp_path,  # `-m` puts the working folder first on the path: not this checkout
        capture_output=True, text=True, timeout=120)
    assert run.returncode != 0
    assert "made by a newer IALI Desktop; update IALI Desktop to import it" in run.stderr
    assert "Traceback" not in run.stderr


def test_a_relay_in_a_sync_folder_writes_again_once_an_author_may_be_relayed(
        upgraded: dict[str, Workspace], replicas: MakeReplica, tmp_path: Path) -> None:
    from .test_sync_folder import befriend, joined

    ben, carla = upgraded["ben"], upgraded["carla"]
    dan = replicas("Dan, Asia")
    folder, by_hand = tmp_path / "shared", tmp_path / "bundles"
    folder.mkdir()
    by_hand.mkdir()
    befriend(carla, dan)
    at_carla, at_dan = joined(carla, folder), joined(dan, folder)
    assert at_carla.run().written is not None  # Ana's and Ben's changes held back
    for _ in range(3):  # until each has acknowledged the other's file
        at_dan.run()
        at_carla.run()
    assert at_carla.run().written is None
    with pytest.raises(NotFoundError):
        records(dan).get("person", PERSON)

    send(carla, ben, by_hand)  # Ben learns what Carla holds
    send(ben, carla, by_hand)  # none of Ben's changes, but his new checkpoint
    assert not held(carla)[BEN].legacy
    assert at_carla.run().written is not None  # nothing new held, yet more to relay
    at_dan.run()
    organisations = [o["name"] for o in records(dan).list("organisation")]
    assert "Inspectorate of Atlantis" in organisations  # Ben's, relayed by Carla
    assert at_carla.run().written is None  # and once written, not again
