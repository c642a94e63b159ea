"""Attached files travel with bundles: carried once, checked against the signed digests,
relayed, asked for again when missing, and held to limits the user can raise."""

from __future__ import annotations

from pathlib import Path

import pytest

from iali_desktop.domain.errors import BundleError, ContentNotReceivedError, NotFoundError
from iali_desktop.services import attachments, sync_limits
from iali_desktop.services.sync import SyncService

from .conftest import MakeReplica, export_for, records, send
from .files_help import MB, attach_new, content_sha, file_entries


def test_files_go_a_to_b_to_c_intact_and_are_not_sent_again(replicas: MakeReplica,
                                                             tmp_path: Path) -> None:
    a, b, c = replicas("ana"), replicas("ben"), replicas("cleo")
    send(a, b, tmp_path)
    send(b, a, tmp_path)
    send(b, c, tmp_path)
    send(c, b, tmp_path)
    paper, sha = attach_new(a, tmp_path, "paper.pdf", 3 * MB + 123)

    to_b = export_for(a, b, tmp_path)
    assert file_entries(to_b) == {f"files/{sha}": 3 * MB + 123}
    beside = {p.name for p in b.path.parent.iterdir()}
    report = SyncService(b).import_bundle(to_b)
    assert report.files_received == 1 and report.file_bytes == 3 * MB + 123
    # The content went into the database only: no file appeared beside it.
    assert {p.name for p in b.path.parent.iterdir()} <= beside | {
        "backups", f"{b.path.name}-wal", f"{b.path.name}-shm"}
    assert attachments.get(b, paper).present and content_sha(b, paper) == sha

    to_c = export_for(b, c, tmp_path)  # relayed: Ana's change and her file
    assert file_entries(to_c) == {f"files/{sha}": 3 * MB + 123}
    SyncService(c).import_bundle(to_c)
    assert attachments.get(c, paper).present and content_sha(c, paper) == sha

    # Once each has acknowledged (their bundles back), new deltas carry no file again.
    send(c, b, tmp_path)
    send(b, a, tmp_path)
    records(b).create("region", {"name": "Atlantis"})
    records(a).create("region", {"name": "Lemuria"})
    again_c = export_for(b, c, tmp_path)
    again_b = export_for(a, b, tmp_path)
    assert file_entries(again_c) == {} and file_entries(again_b) == {}
    assert again_c.stat().st_size < 64 * 1024 and again_b.stat().st_size < 64 * 1024
    assert SyncService(c).import_bundle(again_c).files_received == 0


def test_a_bundle_without_files_shows_them_not_received_until_a_later_bundle_brings_them(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b = replicas("ana"), replicas("ben")
    send(a, b, tmp_path)
    send(b, a, tmp_path)
    paper, sha = attach_new(a, tmp_path, "minutes.pdf", 2 * MB)
    bare = tmp_path / "bare.ialibundle"
    summary = SyncService(a).export_bundle(bare, peer="ben", with_files=False)
    assert summary.files == 0 and file_entries(bare) == {}
    SyncService(b).import_bundle(bare)
    assert not attachments.get(b, paper).present
    with pytest.raises(ContentNotReceivedError, match="not been received yet"):
        attachments.save_copy(b, paper, tmp_path / "copy.pdf")

    # Ben's next bundle says what he lacks; Ana's next delta (no new change) brings it.
    send(b, a, tmp_path)
    later = export_for(a, b, tmp_path)
    assert file_entries(later) == {f"files/{sha}": 2 * MB}
    report = SyncService(b).import_bundle(later)
    assert report.changes_new == 0 and report.files_received == 1
    assert attachments.get(b, paper).present and content_sha(b, paper) == sha
    # Received: Ben stops asking, and Ana stops sending it.
    send(b, a, tmp_path)
    assert file_entries(export_for(a, b, tmp_path)) == {}


def test_a_file_above_the_receivers_limit_is_refused_naming_it_and_the_limit(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b = replicas("ana"), replicas("ben")
    send(a, b, tmp_path)
    paper, _sha = attach_new(a, tmp_path, "annual report.pdf", 3 * MB)
    bundle = export_for(a, b, tmp_path)
    sync_limits.save(b, sync_limits.FileLimits(2 * 1000**2, 2 * 1000**3))
    with pytest.raises(BundleError) as info:
        SyncService(b).import_bundle(bundle)
    message = str(info.value)
    assert "'annual report.pdf' (3.1 MB)" in message and "limit of 2.0 MB per file" in message
    assert "\n" not in message
    with pytest.raises(NotFoundError):
        attachments.get(b, paper)
    # Raised for this one import (what `import --max-file-size` does), it goes through.
    raised = sync_limits.reading(b, sync_limits.FileLimits(4 * 1000**2, 2 * 1000**3))
    SyncService(b, raised).import_bundle(bundle)
    assert attachments.get(b, paper).present


def test_an_export_leaves_out_what_its_limits_forbid_and_says_so(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b = replicas("ana"), replicas("ben")
    send(a, b, tmp_path)
    send(b, a, tmp_path)
    small, small_sha = attach_new(a, tmp_path, "agenda.pdf", MB, seed=2)
    big, _big_sha = attach_new(a, tmp_path, "video.mp4", 3 * MB, seed=3)
    sync_limits.save(a, sync_limits.FileLimits(2 * 1000**2, 2 * 1000**3))
    out = tmp_path / "limited.ialibundle"
    summary = SyncService(a).export_bundle(out, peer="ben")
    assert file_entries(out) == {f"files/{small_sha}": MB}
    assert len(summary.files_left_out) == 1
    assert "'video.mp4' (3.1 MB) was not sent" in summary.files_left_out[0]
    SyncService(b).import_bundle(out)
    assert attachments.get(b, small).present and not attachments.get(b, big).present


def test_an_encrypted_bundle_carries_its_files(replicas: MakeReplica, tmp_path: Path) -> None:
    a, b = replicas("ana"), replicas("ben")
    send(a, b, tmp_path)
    send(b, a, tmp_path)
    paper, sha = attach_new(a, tmp_path, "budget.xlsx", 2 * MB + 17)
    sealed = tmp_path / "sealed.ialibundle"
    SyncService(a).export_bundle(sealed, peer="ben", passphrase="correct horse")
    assert sealed.read_bytes()[:8] == b"IALIENC1"
    assert SyncService(b).import_bundle(sealed, "correct horse").files_received == 1
    assert content_sha(b, paper) == sha


def test_a_file_asked_for_through_a_relay_arrives_once_the_relay_has_it(
        replicas: MakeReplica, tmp_path: Path) -> None:
    """Ben relays Ana's attachment to Cleo without its file (he has none yet); Cleo asks
    Ben for it; once Ben has it from Ana, his next bundle to Cleo brings it."""
    a, b, c = replicas("ana"), replicas("ben"), replicas("cleo")
    for x, y in ((a, b), (b, a), (b, c), (c, b)):
        send(x, y, tmp_path)
    paper, sha = attach_new(a, tmp_path, "statutes.pdf", MB + 99)
    bare = tmp_path / "bare.ialibundle"
    SyncService(a).export_bundle(bare, peer="ben", with_files=False)
    SyncService(b).import_bundle(bare)
    relayed = export_for(b, c, tmp_path)
    assert file_entries(relayed) == {}
    SyncService(c).import_bundle(relayed)
    assert not attachments.get(c, paper).present
    send(c, b, tmp_path)  # Cleo asks Ben
    send(b, a, tmp_path)  # Ben asks Ana
    send(a, b, tmp_path)  # Ana's next delta brings it to Ben
    assert attachments.get(b, paper).present
    to_c = export_for(b, c, tmp_path)
    assert file_entries(to_c) == {f"files/{sha}": MB + 99}
    SyncService(c).import_bundle(to_c)
    assert attachments.get(c, paper).present and content_sha(c, paper) == sha
