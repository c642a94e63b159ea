"""The bundle file as written: reproducible bytes, the manifest's promises, deltas."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import orjson

from iali_desktop.services.sync import SyncService
from iali_desktop.sync.container import FIXED_DATE
from iali_desktop.sync.limits import CHANGES, MANIFEST, MEMBERS

from .conftest import MakeReplica, export_for, records, send


def test_the_same_content_gives_the_same_bytes(replicas: MakeReplica, tmp_path: Path) -> None:
    a = replicas("ana")
    records(a).create("region", {"name": "Atlantis"})
    first, second = tmp_path / "1.ialibundle", tmp_path / "2.ialibundle"
    SyncService(a).export_bundle(first)
    SyncService(a).export_bundle(second)
    assert first.read_bytes() == second.read_bytes()
    records(a).create("region", {"name": "Lemuria"})
    third = tmp_path / "3.ialibundle"
    SyncService(a).export_bundle(third)
    assert third.read_bytes() != first.read_bytes()


def test_the_manifest_describes_sender_parts_and_knowledge(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b = replicas("ana"), replicas("ben")
    records(a).create("region", {"name": "Atlantis"})
    send(a, b, tmp_path)
    path = export_for(b, a, tmp_path, full=True)
    with zipfile.ZipFile(path) as zf:
        assert [i.filename for i in zf.infolist()] == list(MEMBERS)
        assert {i.date_time for i in zf.infolist()} == {FIXED_DATE}
        manifest = orjson.loads(zf.read(MANIFEST))
        changes = zf.read(CHANGES)
    ben, ana = b.identity(), a.identity()
    assert manifest["sender"] == {"replica_id": ben.replica_id, "name": "ben",
                                  "fingerprint": ben.fingerprint,
                                  "public_key": manifest["sender"]["public_key"]}
    assert manifest["parts"][CHANGES] == {"sha256": hashlib.sha256(changes).hexdigest(),
                                          "size": len(changes)}
    assert manifest["counts"]["changes"] == changes.count(b"\n") == 1  # relayed from Ana
    assert manifest["vector"][ana.replica_id] == 1
    assert manifest["replicas"][ana.replica_id] == "ana"
    assert set(manifest["checkpoints"]) == {ana.replica_id}
    # Seed versions never travel: every install has them.
    authors = {orjson.loads(line)["replica"] for line in changes.splitlines()}
    assert authors == {ana.replica_id}


def test_a_delta_holds_only_what_was_not_sent_and_a_lost_bundle_loses_nothing(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b = replicas("ana"), replicas("ben")
    records(a).create("region", {"name": "Atlantis"})
    send(a, b, tmp_path)
    send(b, a, tmp_path)  # Ana learns what Ben holds
    records(a).create("region", {"name": "Lemuria"})
    lost = export_for(a, b, tmp_path)  # this USB stick is lost on the way
    assert SyncService(a).peers()[0].lacks == 1  # not acknowledged
    records(a).create("region", {"name": "Mu"})
    delta = export_for(a, b, tmp_path)
    with zipfile.ZipFile(delta) as zf:
        names = [orjson.loads(x)["value"] for x in zf.read(CHANGES).splitlines()]
    assert names == ['"Mu"']  # what was not sent yet
    assert lost.exists()
    SyncService(b).import_bundle(delta)
    again = tmp_path / "again.ialibundle"  # the user knows the stick is lost
    SyncService(a).export_bundle(again, peer=b.identity().replica_id, resend_all=True)
    with zipfile.ZipFile(again) as zf:
        names = [orjson.loads(x)["value"] for x in zf.read(CHANGES).splitlines()]
    assert names == ['"Lemuria"', '"Mu"']  # everything Ben has not acknowledged
    SyncService(b).import_bundle(again)
    assert {"Atlantis", "Lemuria", "Mu"} <= {r["name"] for r in records(b).list("region")}


def _documented_chain(lines: list[bytes]) -> str:
    """H(n) as docs/bundle-format.md defines it, written from the text, not the code:
    H(n) = SHA-256(H(n-1) || line n with its value replaced by the value's digest)."""
    chain = bytes(32)
    for line in lines:
        at = line.index(b',"value":') + len(b',"value":')
        spelling = line[at:-2]  # the value's JSON string, quotes included
        if spelling.startswith(b'"erased:'):
            digest = spelling[len(b'"erased:'):-1]
        else:
            digest = hashlib.sha256(spelling).hexdigest().encode()
        chain = hashlib.sha256(chain + line[:at] + b'"' + digest + b'"}\n').digest()
    return chain.hex()


def test_the_signed_chain_is_the_documented_one_over_plain_and_erased_values(
        replicas: MakeReplica, tmp_path: Path) -> None:
    from iali_desktop.services import erasure

    a = replicas("ana")
    row = records(a).create("person", {"name": "Rosa Quispe", "email": "rosa@example.org",
                                       "notes": 'Said "call me" \u00e9\t'})
    erasure.erase(a, "person", row)  # the lines now carry `erased:<hex>` values
    path = tmp_path / "all.ialibundle"
    SyncService(a).export_bundle(path, full=True)
    with zipfile.ZipFile(path) as zf:
        manifest = orjson.loads(zf.read(MANIFEST))
        lines = zf.read(CHANGES).splitlines(keepends=True)
    assert any(b'"erased:' in line for line in lines)
    own = manifest["checkpoints"][a.identity().replica_id]
    assert own["seq"] == len(lines)
    assert own["chain"] == _documented_chain(lines)
    # The receiver's running chain over the same lines agrees with the signature.
    b = replicas("ben")
    assert SyncService(b).import_bundle(path, trust=True).changes_new == len(lines)
