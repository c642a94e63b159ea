"""Hostile file entries in bundles: each refused with one sentence and nothing stored, or
(a file no attachment names) ignored and never stored. File content is only ever
written into the database."""

from __future__ import annotations

import hashlib
import os
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from iali_desktop.domain.errors import BundleError
from iali_desktop.services import attachments
from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace
from iali_desktop.store import blobs
from iali_desktop.sync import signing
from iali_desktop.sync.limits import CHANGES, MANIFEST, SIGNATURE, Limits

from . import forge
from .conftest import MakeReplica, send
from .files_help import MB, attach_new
from .test_adversarial import refused, state_of


def stored(ws: Workspace) -> tuple[Any, ...]:
    """The records' state and every table that holds file content or wants."""
    with ws.read() as tx:
        counts = tuple(tx.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                       for t in ("blob", "blob_chunk", "wanted_file"))
    return state_of(ws), counts


@pytest.fixture
def lacking(replicas: MakeReplica, tmp_path: Path
            ) -> tuple[Workspace, Workspace, str, str, bytes]:
    """Ben trusts Ana and holds her attachment's record but not its content (it came in a
    bundle without files): (ana, ben, attachment id, its digest, its content)."""
    a, b = replicas("ana"), replicas("ben")
    send(a, b, tmp_path)
    send(b, a, tmp_path)
    paper, sha = attach_new(a, tmp_path, "paper.pdf", MB + 4321)
    bare = tmp_path / "bare.ialibundle"
    SyncService(a).export_bundle(bare, peer="ben", with_files=False)
    SyncService(b).import_bundle(bare)
    assert not attachments.get(b, paper).present
    return a, b, paper, sha, (tmp_path / "paper.pdf").read_bytes()


def bundle(path: Path, signer: Workspace, files: list[tuple[str, bytes]], *,
           listed: list[dict[str, Any]] | None = None, compress: bool = False) -> Path:
    """A bundle signed by `signer`, no changes, carrying `files` (member name, bytes),
    listed in the manifest as `listed` (by default: each member as it is)."""
    state = forge.identity(signer)
    if listed is None:
        listed = [{"name": "paper.pdf", "sha256": name.removeprefix("files/"),
                   "size": len(data)} for name, data in files]
    body = forge.manifest_bytes(state, b"", patch={"files": listed})
    members = [(CHANGES, b""), *files, (MANIFEST, body),
               (SIGNATURE, signing.sign(state.private_key, body))]
    buffer = forge.zip_bytes(members)
    if compress:
        members_zip = path.with_suffix(".tmp")
        with zipfile.ZipFile(members_zip, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in members:
                zf.writestr(name, data)
        buffer = members_zip.read_bytes()
    path.write_bytes(buffer)
    return path


def test_a_forged_bundle_of_the_right_content_is_taken(
        lacking: tuple[Workspace, Workspace, str, str, bytes], tmp_path: Path) -> None:
    """The route the refusals below take, with honest content: stored and readable."""
    _a, b, paper, sha, content = lacking
    SyncService(b).import_bundle(bundle(tmp_path / "ok.ialibundle", _a,
                                        [(f"files/{sha}", content)]))
    assert attachments.get(b, paper).present


def test_tampered_file_content_is_refused_and_nothing_is_stored(
        lacking: tuple[Workspace, Workspace, str, str, bytes], tmp_path: Path) -> None:
    """A genuine bundle whose file bytes were changed on the way (zip CRC recomputed, so
    only the signed digest can tell)."""
    a, b, _paper, sha, _content = lacking
    send(b, a, tmp_path)  # Ben asks for the file
    genuine = tmp_path / "genuine.ialibundle"
    SyncService(a).export_bundle(genuine, peer="ben")
    members = forge.read_members(genuine)
    data = bytearray(members[f"files/{sha}"])
    data[MB + 7] ^= 0x01  # in the second piece: the first was written already
    members[f"files/{sha}"] = bytes(data)
    tampered = forge.write(tmp_path / "tampered.ialibundle", list(members.items()))
    before = stored(b)
    refused(b, tampered, r"the file 'paper.pdf' in the bundle does not match its signed "
                         r"digest")
    assert stored(b) == before


def test_a_wrong_digest_in_a_signed_manifest_is_refused(
        lacking: tuple[Workspace, Workspace, str, str, bytes], tmp_path: Path) -> None:
    """A trusted peer lists under the digest Ben wants a content that is not it."""
    a, b, _paper, sha, content = lacking
    other = content[::-1]
    path = bundle(tmp_path / "wrong.ialibundle", a, [(f"files/{sha}", other)])
    before = stored(b)
    refused(b, path, r"does not match its signed digest")
    assert stored(b) == before


@pytest.mark.parametrize("name", ["../paper.pdf", "/etc/passwd", "files/../../x",
                                  "files/{sha}/../x", "files/{sha}.pdf", "FILES/{sha}",
                                  "files/{upper}", "files\\{sha}", "files/"])
def test_file_entries_under_any_other_name_are_refused(
        lacking: tuple[Workspace, Workspace, str, str, bytes], tmp_path: Path,
        name: str) -> None:
    a, b, _paper, sha, content = lacking
    member = name.format(sha=sha, upper=sha.upper())
    path = bundle(tmp_path / "named.ialibundle", a, [(member, content)],
                  listed=[{"name": "x", "sha256": sha, "size": len(content)}])
    before = stored(b)
    refused(b, path, "unexpected entry")
    assert stored(b) == before


def test_a_huge_declared_size_is_refused_before_any_byte_is_read(
        lacking: tuple[Workspace, Workspace, str, str, bytes], tmp_path: Path) -> None:
    """Declared as 10^12 bytes in the signed manifest: refused on the declaration. The
    content is wrong as well; had it been read, the refusal would name its digest."""
    a, b, _paper, sha, content = lacking
    path = bundle(tmp_path / "huge.ialibundle", a, [(f"files/{sha}", content[::-1])],
                  listed=[{"name": "paper.pdf", "sha256": sha, "size": 10**12}])
    before = stored(b)
    steps: list[str] = []
    refused(b, path, r"'paper.pdf' \(1.0 TB\) is larger than this database's limit of "
                     r"500 MB per file", progress=lambda _d, _t, what: steps.append(what))
    assert stored(b) == before
    assert "receiving files" not in steps and "checking changes" not in steps


def test_a_size_in_the_manifest_other_than_the_entrys_is_refused(
        lacking: tuple[Workspace, Workspace, str, str, bytes], tmp_path: Path) -> None:
    a, b, _paper, sha, content = lacking
    path = bundle(tmp_path / "size.ialibundle", a, [(f"files/{sha}", content)],
                  listed=[{"name": "paper.pdf", "sha256": sha, "size": len(content) - 1}])
    refused(b, path, "not the size its signed manifest says")


def test_a_file_above_a_lowered_limit_is_refused_before_reading(
        lacking: tuple[Workspace, Workspace, str, str, bytes], tmp_path: Path) -> None:
    a, b, _paper, sha, content = lacking
    path = bundle(tmp_path / "big.ialibundle", a, [(f"files/{sha}", content[::-1])])
    before = stored(b)
    steps: list[str] = []
    with pytest.raises(BundleError, match=r"'paper.pdf' \(1.1 MB\) is larger than this "
                                          r"database's limit of 1.0 MB per file; raise"):
        SyncService(b, Limits(max_file_size=1000**2)).import_bundle(
            path, progress=lambda _d, _t, what: steps.append(what))
    assert stored(b) == before
    assert "receiving files" not in steps


def test_a_file_no_attachment_names_is_ignored_and_never_stored(
        lacking: tuple[Workspace, Workspace, str, str, bytes], tmp_path: Path) -> None:
    a, b, _paper, _sha, _content = lacking
    stray = os.urandom(300_000)
    stray_sha = hashlib.sha256(stray).hexdigest()
    path = bundle(tmp_path / "stray.ialibundle", a, [(f"files/{stray_sha}", stray)])
    before = stored(b)
    report = SyncService(b).import_bundle(path)
    assert report.files_ignored == 1 and report.files_received == 0
    with b.read() as tx:
        assert not blobs.has(tx, stray_sha)
    assert stored(b)[1][:2] == before[1][:2]  # no content, no piece


@pytest.mark.filterwarnings("ignore:Duplicate name")  # zipfile, writing the duplicate
def test_duplicate_file_entries_are_refused(
        lacking: tuple[Workspace, Workspace, str, str, bytes], tmp_path: Path) -> None:
    a, b, _paper, sha, content = lacking
    twice = bundle(tmp_path / "twice.ialibundle", a,
                   [(f"files/{sha}", content), (f"files/{sha}", content)],
                   listed=[{"name": "paper.pdf", "sha256": sha, "size": len(content)}])
    refused(b, twice, "twice")
    listed_twice = bundle(tmp_path / "listed.ialibundle", a, [(f"files/{sha}", content)],
                          listed=[{"name": "paper.pdf", "sha256": sha,
                                   "size": len(content)}] * 2)
    refused(b, listed_twice, "lists the file 'paper.pdf' twice")


def test_file_entries_must_be_exactly_those_listed_and_stored_uncompressed(
        lacking: tuple[Workspace, Workspace, str, str, bytes], tmp_path: Path) -> None:
    a, b, _paper, sha, content = lacking
    extra = os.urandom(1000)
    unlisted = bundle(tmp_path / "unlisted.ialibundle", a,
                      [(f"files/{sha}", content),
                       (f"files/{hashlib.sha256(extra).hexdigest()}", extra)],
                      listed=[{"name": "paper.pdf", "sha256": sha, "size": len(content)}])
    refused(b, unlisted, "not the ones its signed manifest lists")
    missing = bundle(tmp_path / "missing.ialibundle", a, [],
                     listed=[{"name": "paper.pdf", "sha256": sha, "size": len(content)}])
    refused(b, missing, "not the ones its signed manifest lists")
    packed = bundle(tmp_path / "packed.ialibundle", a, [(f"files/{sha}", content)],
                    compress=True)
    refused(b, packed, "is compressed")


def test_a_manifest_with_damaged_file_entries_is_refused(
        lacking: tuple[Workspace, Workspace, str, str, bytes], tmp_path: Path) -> None:
    a, b, _paper, sha, content = lacking
    for listed in ([{"name": "p", "sha256": sha.upper(), "size": 1}],
                   [{"name": "p\n", "sha256": sha, "size": len(content)}],
                   [{"name": "p", "sha256": sha, "size": -1}],
                   [{"name": "p", "sha256": sha, "size": 1, "path": "../x"}],
                   {"name": "p"}):
        path = bundle(tmp_path / "damaged.ialibundle", a, [(f"files/{sha}", content)],
                      listed=listed)  # type: ignore[arg-type]
        refused(b, path, "incomplete or damaged")


def test_more_file_entries_than_a_bundle_may_hold_are_refused_from_the_end_record(
        lacking: tuple[Workspace, Workspace, str, str, bytes], tmp_path: Path) -> None:
    a, b, _paper, sha, content = lacking
    extra = [os.urandom(10) for _ in range(2)]
    files = [(f"files/{sha}", content)] + [
        (f"files/{hashlib.sha256(x).hexdigest()}", x) for x in extra]
    path = bundle(tmp_path / "many.ialibundle", a, sorted(files))
    before = stored(b)
    with pytest.raises(BundleError, match="lists 6 entries; a bundle has 3 and at most 2 "
                                          "files"):
        SyncService(b, Limits(max_files=2)).import_bundle(path)
    assert stored(b) == before
    assert SyncService(b, Limits(max_files=3)).import_bundle(path).files_received == 1
