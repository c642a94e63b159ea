"""Hostile and damaged bundles: each refused with one clear sentence, nothing changed."""

from __future__ import annotations

import base64
import os
import struct
import time
import zipfile
from pathlib import Path
from typing import Any

import orjson
import pytest

from iali_desktop.domain.errors import BundleError
from iali_desktop.domain.ids import new_id
from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace
from iali_desktop.store.changelog import dumps
from iali_desktop.sync import crypto
from iali_desktop.sync.container import member_info
from iali_desktop.sync.limits import CHANGES, FORMAT_VERSION, MANIFEST, SIGNATURE

from . import forge
from .conftest import MakeReplica, dump, export_for, records, send


def state_of(ws: Workspace) -> tuple[str, list[Any]]:
    from sqlalchemy import text

    with ws.read() as tx:
        counts = [tx.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                  for t in ("change", "change_edge", "received_bundle", "peer")]
    return dump(ws), counts


def refused(ws: Workspace, path: Path, match: str, **kw: Any) -> BundleError:
    before = state_of(ws)
    for call in (SyncService(ws).preview, SyncService(ws).import_bundle):
        with pytest.raises(BundleError, match=match) as info:
            call(path, **kw)
        assert "\n" not in str(info.value)
    assert state_of(ws) == before
    return info.value


@pytest.fixture
def pair(replicas: MakeReplica, tmp_path: Path) -> tuple[Workspace, Workspace, Path]:
    """Ana, Ben (who already trusts Ana), and a good bundle from Ana for Ben."""
    a, b = replicas("ana"), replicas("ben")
    records(a).create("region", {"name": "Atlantis"})
    send(a, b, tmp_path)
    rid = records(a).create("region", {"name": "Lemuria", "code": "LM"})
    records(a).update("region", rid, {"code": "LEM"})
    good = export_for(a, b, tmp_path)
    return a, b, good


def test_truncated_bundles_are_refused(pair: tuple[Workspace, Workspace, Path],
                                       tmp_path: Path) -> None:
    _a, b, good = pair
    data = good.read_bytes()
    for cut in (0, 10, len(data) // 3, len(data) // 2, len(data) - 30, len(data) - 1):
        bad = tmp_path / f"cut{cut}.ialibundle"
        bad.write_bytes(data[:cut])
        refused(b, bad, "not a readable bundle|damaged|truncated|lacks")


def test_every_bit_flip_is_refused_or_imports_exactly_the_signed_content(
        pair: tuple[Workspace, Workspace, Path], tmp_path: Path) -> None:
    _a, b, good = pair
    data = good.read_bytes()
    expected = SyncService(b).preview(good)
    step = max(1, len(data) // 150)
    for offset in range(0, len(data), step):
        flipped = bytearray(data)
        flipped[offset] ^= 0x10
        bad = tmp_path / "flip.ialibundle"
        bad.write_bytes(bytes(flipped))
        before = state_of(b)
        try:
            report = SyncService(b).preview(bad)
        except BundleError:
            assert state_of(b) == before
            continue
        # A flip in a field zip itself ignores (a date, an attribute) changes no content.
        assert report == expected


def test_tampered_payload_under_a_valid_manifest(pair: tuple[Workspace, Workspace, Path],
                                                 tmp_path: Path) -> None:
    _a, b, good = pair
    parts = forge.read_members(good)
    changes = parts[CHANGES].replace(b"Lemuria", b"Mu-land")
    bad = forge.write(tmp_path / "tampered.ialibundle",
                      [(CHANGES, changes), (MANIFEST, parts[MANIFEST]),
                       (SIGNATURE, parts[SIGNATURE])])
    refused(b, bad, "do not match its signed manifest")


def test_valid_signature_with_a_swapped_payload(pair: tuple[Workspace, Workspace, Path],
                                                tmp_path: Path) -> None:
    a, b, good = pair
    records(a).create("region", {"name": "Hyperborea"})
    other = export_for(a, b, tmp_path, full=True)
    first, second = forge.read_members(good), forge.read_members(other)
    bad = forge.write(tmp_path / "swapped.ialibundle",
                      [(CHANGES, second[CHANGES]), (MANIFEST, first[MANIFEST]),
                       (SIGNATURE, first[SIGNATURE])])
    refused(b, bad, "do not match its signed manifest")


def test_manifest_edited_after_signing(pair: tuple[Workspace, Workspace, Path],
                                       tmp_path: Path) -> None:
    _a, b, good = pair
    parts = forge.read_members(good)
    edited = parts[MANIFEST].replace(b'"app_version":"0.1.0"', b'"app_version":"0.1.1"')
    assert edited != parts[MANIFEST]
    bad = forge.write(tmp_path / "edited.ialibundle", [(CHANGES, parts[CHANGES]),
                                                       (MANIFEST, edited),
                                                       (SIGNATURE, parts[SIGNATURE])])
    refused(b, bad, "signature does not match")


def test_unknown_signer_is_refused_with_its_fingerprint_until_trusted(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b = replicas("ana"), replicas("ben")
    records(a).create("region", {"name": "Atlantis"})
    path = export_for(a, b, tmp_path)
    fingerprint = a.identity().fingerprint
    error = refused(b, path, "not trusted yet")
    assert fingerprint in str(error)
    SyncService(b).trust(fingerprint.lower().replace("-", " "))
    report = SyncService(b).import_bundle(path)
    assert report.changes_new > 0 and not report.newly_trusted


def test_a_changed_key_for_a_known_replica_is_a_hard_refusal(
        pair: tuple[Workspace, Workspace, Path], tmp_path: Path) -> None:
    a, b, _good = pair
    from iali_desktop.sync import keys

    impostor_private, impostor_public = keys.generate()
    real = forge.identity(a)
    fake = real.__class__(**{**real.__dict__, "private_key": impostor_private,
                             "public_key": impostor_public})
    region = records(a).create("region", {"name": "Fake"})
    changes = forge.line(field="name", hlc=1, replica=real.replica_id, row=region,
                         seq=999, supersedes=[], type="region", value=dumps("Fake"))
    bad = forge.forge(tmp_path / "impostor.ialibundle", fake, changes)
    refused(b, bad, "different key", trust=True)


@pytest.mark.parametrize("name", ["../changes.jsonl", "/etc/passwd", "changes.jsonl/",
                                  "sub/manifest.json", "C:\\evil", "extra.txt"])
def test_unexpected_or_path_traversal_names(pair: tuple[Workspace, Workspace, Path],
                                            tmp_path: Path, name: str) -> None:
    _a, b, good = pair
    parts = forge.read_members(good)
    bad = tmp_path / "names.ialibundle"
    with zipfile.ZipFile(bad, "w") as zf:  # three entries, the signature's renamed
        for member in (CHANGES, MANIFEST):
            zf.writestr(member_info(member, compress=False), parts[member])
        zf.writestr(zipfile.ZipInfo(name), parts[SIGNATURE])
    refused(b, bad, "unexpected entry|not a regular file")


def test_duplicate_entries(pair: tuple[Workspace, Workspace, Path], tmp_path: Path) -> None:
    _a, b, good = pair
    parts = forge.read_members(good)
    bad = tmp_path / "dup.ialibundle"
    with pytest.warns(UserWarning), zipfile.ZipFile(bad, "w") as zf:  # three entries
        for member in (CHANGES, MANIFEST):
            zf.writestr(member_info(member, compress=False), parts[member])
        zf.writestr(member_info(CHANGES, compress=False), b"")
    refused(b, bad, "twice")


def _stream_member(zf: zipfile.ZipFile, name: str, block: bytes, count: int) -> None:
    info = member_info(name, compress=True)
    info._compresslevel = 9  # type: ignore[attr-defined]
    with zf.open(info, "w") as out:
        for _ in range(count):
            out.write(block)


def test_zip_bomb_is_refused_before_inflating(pair: tuple[Workspace, Workspace, Path],
                                              tmp_path: Path) -> None:
    _a, b, good = pair
    parts = forge.read_members(good)
    bad = tmp_path / "bomb.ialibundle"
    with zipfile.ZipFile(bad, "w") as zf:
        _stream_member(zf, CHANGES, b"\0" * 2**20, 200)  # 200 MiB of zeros
        zf.writestr(member_info(MANIFEST, compress=False), parts[MANIFEST])
        zf.writestr(member_info(SIGNATURE, compress=False), parts[SIGNATURE])
    assert bad.stat().st_size < 2**20
    started = time.monotonic()
    refused(b, bad, "zip bomb")
    assert time.monotonic() - started < 5


def test_a_100_mb_line_is_stopped(pair: tuple[Workspace, Workspace, Path],
                                  tmp_path: Path) -> None:
    a, b, _good = pair
    signer = forge.identity(a)
    bad = tmp_path / "longline.ialibundle"
    # Signed for real: the manifest's digest matches the 100 MB line, so only the caps
    # (ratio, then line length) stand between it and the parser. Nothing is stored at
    # full size: the line is generated and compressed in a stream.
    import hashlib

    digest = hashlib.sha256()
    block = b'{"field":"' + b"a" * (2**20 - 10)
    for _ in range(100):
        digest.update(block)
    digest.update(b"\n")
    size = 100 * len(block) + 1
    body = forge.manifest_bytes(signer, b"", count=1, patch={
        "parts": {CHANGES: {"sha256": digest.hexdigest(), "size": size}}})
    from iali_desktop.sync import signing

    with zipfile.ZipFile(bad, "w") as zf:
        info = member_info(CHANGES, compress=True)
        with zf.open(info, "w") as out:
            for _ in range(100):
                out.write(block)
            out.write(b"\n")
        zf.writestr(member_info(MANIFEST, compress=False), body)
        zf.writestr(member_info(SIGNATURE, compress=False), signing.sign(signer.private_key,
                                                                         body))
    assert bad.stat().st_size < 2 * 2**20
    refused(b, bad, "zip bomb|longer than")


def test_a_long_incompressible_line_hits_the_line_cap(pair: tuple[Workspace, Workspace, Path],
                                                      tmp_path: Path) -> None:
    a, b, _good = pair
    noise = base64.b64encode(os.urandom(3 * 2**20))
    changes = b'{"value":"' + noise + b'"}\n'
    bad = forge.forge(tmp_path / "line.ialibundle", forge.identity(a), changes)
    refused(b, bad, "longer than 2 MiB")


def _one(a: Workspace, **override: Any) -> bytes:
    state = forge.identity(a)
    fields: dict[str, Any] = {"field": "name", "hlc": 5, "replica": state.replica_id,
                              "row": new_id(), "seq": 10_000, "supersedes": [],
                              "type": "region", "value": dumps("Valid")}
    fields.update(override)
    return forge.line(**fields)


@pytest.mark.parametrize("changes, match", [
    (b"[" * 100_000 + b"]" * 100_000 + b"\n", "not canonical JSON"),
    (b'{"field":"name","field":"name","hlc":5}\n', "not canonical JSON"),
    (b'{"hlc":NaN}\n', "not canonical JSON"),
    (b'{"hlc":Infinity}\n', "not canonical JSON"),
    (b'{"hlc": 5}\n', "not canonical JSON"),
    (b"\xff\xfe\n", "not canonical JSON"),
])
def test_malformed_json_lines(pair: tuple[Workspace, Workspace, Path], tmp_path: Path,
                              changes: bytes, match: str) -> None:
    a, b, _good = pair
    bad = forge.forge(tmp_path / "json.ialibundle", forge.identity(a), changes)
    refused(b, bad, match)


@pytest.mark.parametrize("override, match", [
    ({"value": dumps(12)}, "name: must be text"),
    ({"value": "NaN"}, "not a valid change"),
    ({"type": "no_such_type"}, "not a valid change"),
    ({"field": "no_such_field"}, "not a valid change"),
    ({"field": "_deleted", "value": dumps("yes")}, "not a valid change"),
    ({"row": "../../etc"}, "not a valid change"),
    ({"seq": 0}, "not a valid change"),
    ({"seq": -1}, "not a valid change"),
    ({"hlc": 2**63}, "not canonical JSON|not a valid change"),
    ({"value": dumps(" Valid") + " "}, "not a valid change"),
    ({"supersedes": [["x", 1]]}, "not a valid change"),
    ({"supersedes": [[[[["deep"]]]]]}, "not a valid change"),
    ({"extra": 1}, "not a valid change"),
])
def test_values_are_checked_against_the_schema(pair: tuple[Workspace, Workspace, Path],
                                               tmp_path: Path, override: dict[str, Any],
                                               match: str) -> None:
    a, b, _good = pair
    bad = forge.forge(tmp_path / "value.ialibundle", forge.identity(a), _one(a, **override))
    refused(b, bad, match)


def test_line_count_must_match_the_manifest(pair: tuple[Workspace, Workspace, Path],
                                            tmp_path: Path) -> None:
    a, b, _good = pair
    bad = forge.forge(tmp_path / "count.ialibundle", forge.identity(a), _one(a), count=2)
    refused(b, bad, "fewer changes")


def test_same_version_id_with_other_content_is_refused(
        pair: tuple[Workspace, Workspace, Path], tmp_path: Path) -> None:
    a, b, _good = pair
    with b.read() as tx:
        from sqlalchemy import text

        held = tx.execute(text("SELECT replica, seq, hlc, record_type, row_id, field FROM change"
                               " WHERE replica = :r LIMIT 1"),
                          {"r": a.identity().replica_id}).one()
    changes = forge.line(field=held.field, hlc=held.hlc, replica=held.replica, row=held.row_id,
                         seq=held.seq, supersedes=[], type=held.record_type,
                         value=dumps("Rewritten history"))
    bad = forge.forge(tmp_path / "reuse.ialibundle", forge.identity(a), changes)
    refused(b, bad, "other content")


def test_duplicate_keys_in_the_manifest(pair: tuple[Workspace, Workspace, Path],
                                        tmp_path: Path) -> None:
    a, b, _good = pair
    signer = forge.identity(a)
    changes = _one(a)
    body = forge.manifest_bytes(signer, changes)
    doubled = body.replace(b'"scope":"full"', b'"scope":"full","scope":"delta"')
    bad = forge.forge(tmp_path / "dupkey.ialibundle", signer, changes, manifest=doubled)
    refused(b, bad, "canonical form")


def test_a_newer_schema_or_format_asks_to_update(pair: tuple[Workspace, Workspace, Path],
                                                 tmp_path: Path) -> None:
    a, b, _good = pair
    signer = forge.identity(a)
    bad = forge.forge(tmp_path / "schema.ialibundle", signer, _one(a),
                      patch={"schema_version": "9999_from_the_future"})
    refused(b, bad, "update IALI Desktop")
    bad = forge.forge(tmp_path / "format.ialibundle", signer, _one(a),
                      patch={"format_version": FORMAT_VERSION + 1})
    refused(b, bad, "update IALI Desktop")


def test_encrypted_bundles_need_the_right_passphrase(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b = replicas("ana"), replicas("ben")
    records(a).create("region", {"name": "Atlantis"})
    path = tmp_path / "sealed.ialibundle"
    SyncService(a).export_bundle(path, passphrase="correct horse")
    assert b"Atlantis" not in path.read_bytes()
    refused(b, path, "encrypted: give its passphrase", trust=True)
    refused(b, path, "wrong passphrase", passphrase="wrong horse", trust=True)
    data = path.read_bytes()
    (tmp_path / "sealed-cut.ialibundle").write_bytes(data[:-5])
    refused(b, tmp_path / "sealed-cut.ialibundle", "truncated|altered",
            passphrase="correct horse", trust=True)
    report = SyncService(b).import_bundle(path, passphrase="correct horse", trust=True)
    assert report.encrypted and report.changes_new > 0


def test_an_absurd_work_factor_is_refused_before_deriving_a_key(
        replicas: MakeReplica, tmp_path: Path) -> None:
    b = replicas("ben")
    header = orjson.dumps({"aead": "AES-256-GCM", "chunk": crypto.CHUNK, "kdf": "scrypt",
                           "log_n": 40, "nonce": base64.b64encode(b"\0" * 7).decode(),
                           "p": 1, "r": 8, "salt": base64.b64encode(b"\0" * 16).decode(),
                           "version": 1}, option=orjson.OPT_SORT_KEYS)
    bad = tmp_path / "kdf.ialibundle"
    bad.write_bytes(crypto.MAGIC + struct.pack(">I", len(header)) + header + b"\0" * 200)
    started = time.monotonic()
    refused(b, bad, "work factor", passphrase="anything")
    assert time.monotonic() - started < 2


def test_replaying_an_old_bundle_is_a_clear_no_op(replicas: MakeReplica, tmp_path: Path
                                                  ) -> None:
    a, b = replicas("ana"), replicas("ben")
    rid = records(a).create("region", {"name": "Atlantis"})
    old = export_for(a, b, tmp_path, full=True)
    SyncService(b).import_bundle(old, trust=True)
    records(a).update("region", rid, {"name": "Atlantis renamed"})
    send(a, b, tmp_path)
    before = state_of(b)
    report = SyncService(b).import_bundle(old)
    assert report.already_applied and "already imported" in report.message
    assert state_of(b) == before
    assert records(b).get("region", rid)["name"] == "Atlantis renamed"


def test_a_sender_name_that_would_break_a_one_line_message_is_refused(
        pair: tuple[Workspace, Workspace, Path], tmp_path: Path) -> None:
    a, b, _good = pair
    signer = forge.identity(a)
    fake = signer.__class__(**{**signer.__dict__, "name": "Ana\niali-desktop: all fine"})
    bad = forge.forge(tmp_path / "name.ialibundle", fake, _one(a))
    refused(b, bad, "manifest is incomplete or damaged")


@pytest.fixture
def relay(replicas: MakeReplica, tmp_path: Path) -> tuple[Workspace, Workspace, Workspace, Path]:
    """Ana's change relayed by Ben to Cleo, who trusts Ben (and has met Ana's key)."""
    a, b, c = replicas("ana"), replicas("ben"), replicas("cleo")
    send(a, c, tmp_path)  # Cleo has Ana's key pinned
    send(b, c, tmp_path)  # and trusts Ben
    records(a).create("region", {"name": "Atlantis"})
    send(a, b, tmp_path)
    return a, b, c, export_for(b, c, tmp_path)


def test_a_relay_cannot_alter_another_authors_change(
        relay: tuple[Workspace, Workspace, Workspace, Path], tmp_path: Path) -> None:
    _a, b, c, honest = relay
    changes = forge.read_members(honest)[CHANGES]
    assert b"Atlantis" in changes
    bad = forge.resign(honest, tmp_path / "altered.ialibundle", forge.identity(b),
                       changes.replace(b"Atlantis", b"Atlantyx"))
    refused(c, bad, "differ from what 'ana' signed")
    assert SyncService(c).import_bundle(honest).changes_new == 1


def test_a_relay_cannot_add_changes_in_another_authors_name(
        relay: tuple[Workspace, Workspace, Workspace, Path], tmp_path: Path) -> None:
    a, b, c, honest = relay
    changes = forge.read_members(honest)[CHANGES]
    extra = _one(a, seq=999, value=dumps("Planted"))
    bad = forge.resign(honest, tmp_path / "planted.ialibundle", forge.identity(b),
                       changes + extra)
    refused(c, bad, "did not sign")


def test_a_relay_cannot_sign_for_another_author_with_its_own_key(
        relay: tuple[Workspace, Workspace, Workspace, Path], tmp_path: Path) -> None:
    a, b, c, honest = relay
    ana, ben = forge.identity(a), forge.identity(b)
    data = orjson.loads(forge.read_members(honest)[MANIFEST])
    changes = forge.read_members(honest)[CHANGES] + _one(a, seq=999, value=dumps("Planted"))

    from iali_desktop.sync import authorship

    held = data["checkpoints"][ana.replica_id]
    chain = authorship.step(bytes.fromhex(held["chain"]), _one(a, seq=999,
                                                               value=dumps("Planted"))).hex()
    fake = authorship.sign(ben.private_key, ben.public_key, ana.replica_id, 999, chain)
    data["checkpoints"][ana.replica_id] = {
        "chain": fake.chain, "seq": 999, "signature": base64.b64encode(fake.signature).decode(),
        "public_key": base64.b64encode(ben.public_key).decode()}
    source = tmp_path / "fake-source.ialibundle"
    forge.write(source, [(CHANGES, b""), (MANIFEST, orjson.dumps(
        data, option=orjson.OPT_SORT_KEYS)), (SIGNATURE, b"\0" * 64)])
    bad = forge.resign(source, tmp_path / "fake.ialibundle", ben, changes)
    refused(c, bad, "different key")


def test_a_bundle_made_for_someone_else_is_accepted_and_checked_once_the_gap_fills(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b, c = replicas("ana"), replicas("ben"), replicas("cleo")
    send(a, b, tmp_path)
    send(b, c, tmp_path)
    records(a).create("region", {"name": "First"})
    send(a, b, tmp_path)  # Ben now holds Ana's first change, Cleo does not
    send(b, a, tmp_path)  # and Ana knows it
    records(a).create("region", {"name": "Second"})
    for_ben = export_for(a, b, tmp_path)  # a delta for Ben: only Ana's second change
    report = SyncService(c).import_bundle(for_ben, trust=True)
    assert report.unverified_authors == ("'ana'",)
    report = SyncService(c).import_bundle(export_for(b, c, tmp_path), trust=True)
    assert report.unverified_authors == ()
    assert "First" in dump(c) and "Second" in dump(c)


def test_fuzzed_bundles_are_refused_cleanly_or_equal_the_original(
        pair: tuple[Workspace, Workspace, Path], tmp_path: Path) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    _a, b, good = pair
    data = good.read_bytes()
    expected = SyncService(b).preview(good)
    before = state_of(b)
    edits = st.lists(st.tuples(st.integers(0, len(data) - 1), st.integers(0, 255),
                               st.sampled_from(["set", "insert", "delete"])),
                     min_size=1, max_size=4)

    @settings(max_examples=60, deadline=None, database=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(edits=edits, cut=st.one_of(st.none(), st.integers(0, len(data))))
    def fuzz(edits: list[tuple[int, int, str]], cut: int | None) -> None:
        mutated = bytearray(data)
        for offset, byte, how in edits:
            offset %= max(len(mutated), 1)
            if how == "set":
                mutated[offset] = byte
            elif how == "insert":
                mutated.insert(offset, byte)
            else:
                del mutated[offset]
        if cut is not None:
            mutated = mutated[:cut]
        path = tmp_path / "fuzz.ialibundle"
        path.write_bytes(bytes(mutated))
        try:
            report = SyncService(b).preview(path)
        except BundleError as exc:
            assert "\n" not in str(exc)
        else:
            assert report == expected
        assert state_of(b) == before

    fuzz()


# -- A trusted key speaks only for its own replica ----------------------------------------

def _head(ws: Workspace, record_type: str, row: str, field: str) -> tuple[str, int, int]:
    from sqlalchemy import text

    with ws.read() as tx:
        found = tx.execute(text("SELECT replica, seq, hlc FROM change WHERE record_type = :t"
                                " AND row_id = :r AND field = :f AND is_head = 1"),
                           {"t": record_type, "r": row, "f": field}).one()
    return found.replica, found.seq, found.hlc


@pytest.fixture
def trio(replicas: MakeReplica, tmp_path: Path
         ) -> tuple[Workspace, Workspace, Workspace, str, str]:
    """Ana's two regions held by Ben and Cleo; Cleo trusts Ben (who has made no edit)."""
    a, b, c = replicas("ana"), replicas("ben"), replicas("cleo")
    x = records(a).create("region", {"name": "Atlantis"})
    y = records(a).create("region", {"name": "Lemuria"})
    send(a, b, tmp_path)
    send(a, c, tmp_path)
    send(b, c, tmp_path)
    return a, b, c, x, y


def test_supersedes_naming_a_version_not_made_yet_cannot_hide_a_later_edit(
        trio: tuple[Workspace, Workspace, Workspace, str, str], tmp_path: Path) -> None:
    a, b, c, x, y = trio
    ana, ben = forge.identity(a), forge.identity(b)
    head = _head(c, "region", x, "name")
    # Ben claims his edit of Atlantis replaced Ana's *next* version, which she has not
    # made yet; she then renames Lemuria (another record) with exactly that version.
    planted = forge.line(field="name", hlc=head[2] + 1, replica=ben.replica_id, row=x, seq=1,
                         supersedes=[[head[0], head[1]], [ana.replica_id, ana.last_seq + 1]],
                         type="region", value=dumps("Atlantis by Ben"))
    report = SyncService(c).import_bundle(forge.forge(tmp_path / "edge.ialibundle", ben,
                                                      planted))
    records(a).update("region", y, {"name": "Lemuria renamed"})
    send(a, c, tmp_path)
    assert records(c).get("region", y)["name"] == "Lemuria renamed"
    assert records(c).get("region", x)["name"] == "Atlantis"
    assert [(h.author, h.reason, h.count) for h in report.held] == [("'ben'", "version", 1)]
    assert "held until the version it replaces arrives" in report.message


def test_a_cycle_of_supersedes_in_one_bundle_cannot_empty_a_required_name(
        trio: tuple[Workspace, Workspace, Workspace, str, str], tmp_path: Path) -> None:
    _a, b, c, x, _y = trio
    ben = forge.identity(b)
    head = _head(c, "region", x, "name")
    first = forge.line(field="name", hlc=head[2] + 1, replica=ben.replica_id, row=x, seq=1,
                       supersedes=[[head[0], head[1]], [ben.replica_id, 2]], type="region",
                       value=dumps("One"))
    second = forge.line(field="name", hlc=head[2] + 2, replica=ben.replica_id, row=x, seq=2,
                        supersedes=[[ben.replica_id, 1]], type="region", value=dumps("Two"))
    report = SyncService(c).import_bundle(forge.forge(tmp_path / "cycle.ialibundle", ben,
                                                      first + second))
    assert records(c).get("region", x)["name"] == "Atlantis"
    assert sum(h.count for h in report.held) == 2


@pytest.fixture
def gap(replicas: MakeReplica, tmp_path: Path
        ) -> tuple[Workspace, Workspace, Workspace, Path, Path]:
    """Ana's first change never reached Cleo (who trusts Ben); Ana's second one did reach
    Ben, in a bundle made for him. Returns that bundle and an early one holding the first."""
    a, b, c = replicas("ana"), replicas("ben"), replicas("cleo")
    send(a, b, tmp_path)
    send(b, c, tmp_path)
    records(a).create("region", {"name": "First"})
    first_only = export_for(a, c, tmp_path, full=True)
    send(a, b, tmp_path)
    send(b, a, tmp_path)  # Ana knows Ben holds her first change
    records(a).create("region", {"name": "Second"})
    for_ben = export_for(a, b, tmp_path)
    SyncService(b).import_bundle(for_ben)
    return a, b, c, for_ben, first_only


def test_a_relay_cannot_substitute_changes_of_an_author_the_receiver_lacks_the_start_of(
        gap: tuple[Workspace, Workspace, Workspace, Path, Path], tmp_path: Path) -> None:
    _a, b, c, for_ben, _first = gap
    changes = forge.read_members(for_ben)[CHANGES]
    assert b"Second" in changes
    swapped = forge.resign(for_ben, tmp_path / "swapped.ialibundle", forge.identity(b),
                           changes.replace(b"Second", b"Swapped"))
    report = SyncService(c).import_bundle(swapped)
    assert "Swapped" not in dump(c)
    assert [(h.author, h.reason, h.count) for h in report.held] == [("'ana'", "proof", 1)]
    assert "1 change by 'ana' held until 'ana''s own signed proof arrives" in report.message
    genuine = SyncService(c).import_bundle(export_for(b, c, tmp_path, full=True))
    assert genuine.changes_new > 0 and not genuine.held
    assert "First" in dump(c) and "Second" in dump(c) and "Swapped" not in dump(c)


def test_held_relayed_changes_are_applied_when_their_authors_proof_arrives(
        gap: tuple[Workspace, Workspace, Workspace, Path, Path], tmp_path: Path) -> None:
    _a, b, c, for_ben, first_only = gap
    from dataclasses import replace

    relayed = forge.resign(for_ben, tmp_path / "relayed.ialibundle", forge.identity(b),
                           forge.read_members(for_ben)[CHANGES])
    held = SyncService(c).import_bundle(relayed)
    assert "Second" not in dump(c)
    assert "held until 'ana''s own signed proof arrives" in held.message
    preview = SyncService(c).preview(first_only, trust=True)
    report = SyncService(c).import_bundle(first_only, trust=True)
    assert report.held_applied > 0 and report.changes_new > report.held_applied
    assert preview == replace(report, dry_run=True, backup=None)
    assert "First" in dump(c) and "Second" in dump(c)


def test_absurd_claims_of_what_others_hold_cannot_stop_delta_sync(
        trio: tuple[Workspace, Workspace, Workspace, str, str], tmp_path: Path) -> None:
    a, b, c, _x, _y = trio
    cleo = c.identity().replica_id
    send(c, a, tmp_path)
    send(a, c, tmp_path)  # Cleo and Ana know each other
    claim = {cleo: 10**9}
    bad = forge.forge(tmp_path / "claims.ialibundle", forge.identity(b), b"", patch={
        "vector": claim, "known_vectors": {a.identity().replica_id: claim}})
    SyncService(c).import_bundle(bad)
    records(c).create("region", {"name": "Fresh"})
    lacks = {p.name: p.lacks for p in SyncService(c).peers()}
    assert lacks["ana"] == 1 and lacks["ben"] == 1
    send(c, a, tmp_path)
    assert "Fresh" in dump(a)


def _seeded_region(ws: Workspace) -> tuple[str, str, int, int]:
    from sqlalchemy import text

    from iali_desktop.services.sync import seed_replicas

    with ws.read() as tx:
        for row in tx.execute(text("SELECT row_id, replica, seq, hlc FROM change WHERE"
                                   " record_type = 'region' AND field = 'name'"
                                   " AND is_head = 1 ORDER BY row_id")):
            if row.replica in seed_replicas():
                return row.row_id, row.replica, row.seq, row.hlc
    raise AssertionError("no seeded region")


def test_no_key_can_sign_for_the_built_in_seed_content(
        trio: tuple[Workspace, Workspace, Workspace, str, str], tmp_path: Path) -> None:

    from iali_desktop.sync import authorship

    _a, b, c, _x, _y = trio
    ben = forge.identity(b)
    row, origin, seq, stamp = _seeded_region(c)
    name = records(c).get("region", row)["name"]
    rename = forge.line(field="name", hlc=stamp + 1, replica=origin, row=row, seq=10**6,
                        supersedes=[[origin, seq]], type="region", value=dumps("Renamed"))
    # Ben signs a checkpoint in the seed origin's name with his own key ...
    cp = authorship.sign(ben.private_key, ben.public_key, origin, 10**6,
                         authorship.step(bytes(32), rename).hex())
    checkpoints = {origin: {"chain": cp.chain, "public_key": base64.b64encode(
        cp.public_key).decode(), "seq": cp.seq, "signature": base64.b64encode(
        cp.signature).decode()}}
    for label, changes in (("with", rename), ("alone", b"")):
        bad = forge.forge(tmp_path / f"seed-cp-{label}.ialibundle", ben, changes,
                          patch={"checkpoints": checkpoints})
        refused(c, bad, "built-in content", trust=True)
    # ... relays the seed origin's changes without any checkpoint ...
    unsigned = forge.forge(tmp_path / "seed-lines.ialibundle", ben, rename)
    refused(c, unsigned, "built-in content", trust=True)
    # ... or signs as the seed origin itself, with or without changes.
    posing = ben.__class__(**{**ben.__dict__, "replica_id": origin, "name": "Regions"})
    for label, changes in (("with", rename), ("alone", b"")):
        own = forge.forge(tmp_path / f"seed-self-{label}.ialibundle", posing, changes)
        refused(c, own, "built-in content", trust=True)
    assert records(c).get("region", row)["name"] == name


def test_one_bundle_cannot_add_thousands_of_peers(
        trio: tuple[Workspace, Workspace, Workspace, str, str], tmp_path: Path) -> None:
    _a, b, c, _x, _y = trio
    crowd = {new_id(): f"peer {i}" for i in range(25_000)}
    bad = forge.forge(tmp_path / "crowd.ialibundle", forge.identity(b), b"",
                      patch={"replicas": crowd})
    refused(c, bad, "25000 replicas this database has never heard of")


def test_one_bundle_cannot_add_millions_of_supersedes_links(
        trio: tuple[Workspace, Workspace, Workspace, str, str], tmp_path: Path) -> None:
    _a, b, c, x, _y = trio
    ben = forge.identity(b)
    links = [[new_id(), n] for n in range(1, 10_001)]
    changes = b"".join(forge.line(field="name", hlc=1, replica=ben.replica_id, row=x,
                                  seq=seq, supersedes=links, type="region",
                                  value=dumps(f"Name {seq}")) for seq in (1, 2, 3))
    bad = forge.forge(tmp_path / "links.ialibundle", ben, changes)
    refused(c, bad, "name more than 10012 earlier versions")


def test_invisible_characters_leave_sender_names_and_look_alikes_show_fingerprints(
        trio: tuple[Workspace, Workspace, Workspace, str, str], tmp_path: Path) -> None:
    a, b, c, _x, _y = trio
    from iali_desktop.sync import keys

    private, public = keys.generate()
    ben = forge.identity(b)
    # A new key whose name imitates Ana's: a zero-width space, a direction override,
    # and a Cyrillic "а" in place of the Latin one.
    mimic = ben.__class__(**{**ben.__dict__, "replica_id": new_id(), "private_key": private,
                             "public_key": public, "name": "\u0430\u200bn\u202ea"})
    bad = forge.forge(tmp_path / "mimic.ialibundle", mimic, b"")
    preview = SyncService(c).preview(bad, trust=True)
    assert preview.sender_name == "\u0430na"
    assert preview.looks_like == ("'ana'",)
    assert "looks like 'ana'" in preview.message
    SyncService(c).import_bundle(bad, trust=True)
    shown = {p.replica_id: p.label for p in SyncService(c).peers()}
    assert shown[a.identity().replica_id] == f"ana [{a.identity().fingerprint}]"
    assert shown[mimic.replica_id] == f"\u0430na [{keys.fingerprint(public)}]"
    assert shown[b.identity().replica_id] == "ben"


def test_a_bundle_id_is_bound_to_its_content(pair: tuple[Workspace, Workspace, Path],
                                             tmp_path: Path) -> None:
    a, b, good = pair
    genuine_id = orjson.loads(forge.read_members(good)[MANIFEST])["bundle_id"]
    squatter = forge.forge(tmp_path / "squat.ialibundle", forge.identity(a), _one(a),
                           patch={"bundle_id": genuine_id})
    refused(b, squatter, "id does not match its content")
    assert SyncService(b).import_bundle(good).changes_new > 0
