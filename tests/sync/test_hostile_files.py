"""Files that are not bundles at all, or whose zip records lie: each refused with one line,
before any signature check, in bounded time and memory, and never by waiting forever."""

from __future__ import annotations

import os
import resource
import struct
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from iali_desktop.domain.errors import BundleError
from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace
from iali_desktop.sync.limits import CHANGES, MANIFEST, SIGNATURE

from . import zipbytes as zb
from .conftest import MakeReplica, export_for, records
from .forge import zip_bytes

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def ben_and_good(replicas: MakeReplica, tmp_path: Path) -> tuple[Workspace, bytes]:
    """Ben, and the bytes of a good bundle from Ana (unknown to Ben: the checks below all
    come before trust)."""
    a, b = replicas("ana"), replicas("ben")
    records(a).create("region", {"name": "Atlantis"})
    return b, export_for(a, b, tmp_path, full=True).read_bytes()


def refused_cheaply(ws: Workspace, path: Path, match: str, *, seconds: float = 2.0,
                    mib: int = 16, **kw: Any) -> None:
    """Refused with one line, within `seconds` and `mib` of Python allocations."""
    tracemalloc.start()
    started = time.monotonic()
    try:
        with pytest.raises(BundleError, match=match) as info:
            SyncService(ws).preview(path, **kw)
        elapsed = time.monotonic() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "\n" not in str(info.value)
    assert elapsed < seconds, f"took {elapsed:.1f} s"
    assert peak < mib * 2**20, f"peak {peak / 2**20:.0f} MiB"


def cli_import(path: Path, db: Path) -> subprocess.CompletedProcess[str]:
    """`import --dry-run` in a child process that may use at most 2 GiB of address space
    and 30 s: a reader that blocks or reads forever fails the test instead of the machine."""

    def cap_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2**31, 2**31))

    return subprocess.run(
        [sys.executable, "-m", "iali_desktop", "import", str(path), "--db", str(db),
         "--dry-run"], capture_output=True, text=True, timeout=30, preexec_fn=cap_memory,
        env={**os.environ, "PYTHONPATH": str(ROOT)})


def assert_one_line_refusal(result: subprocess.CompletedProcess[str], match: str) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and match in lines[0], result.stderr


# -- not a regular file ---------------------------------------------------------------------

def test_a_fifo_is_refused_at_once_without_waiting_for_a_writer(
        replicas: MakeReplica, tmp_path: Path) -> None:
    db = replicas("ben").path
    fifo = tmp_path / "x.ialibundle"
    os.mkfifo(fifo)
    assert_one_line_refusal(cli_import(fifo, db), "not a regular file")


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_symlink_to_an_endless_device_is_refused_without_reading_it(
        replicas: MakeReplica, tmp_path: Path, device: str) -> None:
    db = replicas("ben").path
    link = tmp_path / "x.ialibundle"
    link.symlink_to(device)
    assert_one_line_refusal(cli_import(link, db), "not a regular file")


def test_a_device_itself_is_refused(replicas: MakeReplica) -> None:
    db = replicas("ben").path
    assert_one_line_refusal(cli_import(Path("/dev/zero"), db), "not a regular file")


def test_a_symlink_to_a_real_bundle_still_imports(
        ben_and_good: tuple[Workspace, bytes], tmp_path: Path) -> None:
    b, good = ben_and_good
    (tmp_path / "real.ialibundle").write_bytes(good)
    link = tmp_path / "link.ialibundle"
    link.symlink_to(tmp_path / "real.ialibundle")
    assert SyncService(b).preview(link, trust=True).changes_new > 0


# -- lies in the zip records ----------------------------------------------------------------

def test_a_million_entry_central_directory_is_refused_before_zipfile_reads_it(
        replicas: MakeReplica, tmp_path: Path) -> None:
    """47 MB of real directory entries (zipfile would build a million ZipInfo objects,
    ~500 MB) behind a zip64 end record that announces them."""
    b = replicas("ben")
    count = 1_000_000
    entry = zb.central_entry(b"x")
    path = tmp_path / "million.ialibundle"
    with path.open("wb") as fh:
        for _ in range(count // 10_000):
            fh.write(entry * 10_000)
        size = count * len(entry)
        fh.write(zb.zip64_tail(count, size, 0, record_at=size))
    refused_cheaply(b, path, "lists 1000000 entries", seconds=1.0, mib=4)


def test_a_directory_larger_than_its_three_entries_can_be_is_refused(
        replicas: MakeReplica, tmp_path: Path) -> None:
    """The end record claims three entries, and a directory of 4 MB: zipfile would read
    and parse all of it."""
    b = replicas("ben")
    entries = zb.central_entry(b"x") * 90_000
    path = tmp_path / "bigdir.ialibundle"
    path.write_bytes(entries + zb.eocd(3, len(entries), 0))
    refused_cheaply(b, path, "central directory", seconds=1.0, mib=4)


def test_a_manifest_of_a_million_tiny_values_is_refused_before_it_is_parsed(
        replicas: MakeReplica, tmp_path: Path) -> None:
    """No signature needed: the manifest is parsed to find the key that signed it, and
    4 MiB of `{}` would be some 300 MiB of Python objects, of `"ab"` some 180 MiB."""
    b = replicas("ben")
    body = b"[" + b",".join([b"{}"] * 1_300_000) + b"]"
    path = tmp_path / "objects.ialibundle"
    path.write_bytes(zip_bytes([(CHANGES, b""), (MANIFEST, body), (SIGNATURE, b"\0" * 64)]))
    refused_cheaply(b, path, "more structure than a manifest needs", mib=32)
    body = b"[" + b",".join([b'"ab"'] * 800_000) + b"]"  # some 180 MiB of strings
    path.write_bytes(zip_bytes([(CHANGES, b""), (MANIFEST, body), (SIGNATURE, b"\0" * 64)]))
    refused_cheaply(b, path, "more structure than a manifest needs", mib=32)


def _central(good: bytes, index: int, field: int, fmt: str, value: int) -> bytes:
    layout = zb.layout(good)
    return zb.patch(good, layout.entries[index] + field, fmt, value)


def test_equal_member_offsets_are_refused(ben_and_good: tuple[Workspace, bytes],
                                          tmp_path: Path) -> None:
    b, good = ben_and_good
    layout = zb.layout(good)
    bad = _central(good, 1, zb.CD_HEADER_OFFSET, "<I", layout.local[0])
    path = tmp_path / "same.ialibundle"
    path.write_bytes(bad)
    refused_cheaply(b, path, "overlap")


@pytest.mark.parametrize("field, value, match", [
    (zb.CD_VERSION_NEEDED, 64, "zip features"),  # version 6.4: zipfile raises
    (zb.CD_VERSION_NEEDED, 0xFFFF, "zip features"),
    (zb.CD_FLAGS, 0x20, "zip features"),  # compressed patched data
    (zb.CD_FLAGS, 0x40, "zip features"),  # strong encryption
])
def test_zip_features_this_version_does_not_read_are_refused(
        ben_and_good: tuple[Workspace, bytes], tmp_path: Path, field: int, value: int,
        match: str) -> None:
    b, good = ben_and_good
    path = tmp_path / "feature.ialibundle"
    for index in range(3):
        path.write_bytes(_central(good, index, field, "<H", value))
        refused_cheaply(b, path, match)


def _zip64_lie(good: bytes, **lie: int) -> bytes:
    """`good` with its end record replaced by zip64 records: the truth, except `lie`."""
    layout = zb.layout(good)
    values = {"entries": 3, "cd_size": layout.cd_size, "cd_offset": layout.cd_offset,
              "record_at": layout.eocd, "record_size": 44}
    values.update(lie)
    return good[:layout.eocd] + zb.zip64_tail(**values)


@pytest.mark.parametrize("lie", [
    {"cd_offset": 2**63 - 1},
    {"entries": 2**64 - 1},
    {"record_size": 2**63},
])
def test_zip64_records_that_lie_are_refused(ben_and_good: tuple[Workspace, bytes],
                                            tmp_path: Path, lie: dict[str, int]) -> None:
    b, good = ben_and_good
    path = tmp_path / "zip64.ialibundle"
    path.write_bytes(_zip64_lie(good, **lie))
    refused_cheaply(b, path, "not a readable bundle|central directory|entries")


def test_honest_zip64_end_records_are_read(ben_and_good: tuple[Workspace, bytes],
                                           tmp_path: Path) -> None:
    """What a zip64 writer makes of the same bundle is still a bundle (the caps, not the
    record kind, decide)."""
    b, good = ben_and_good
    path = tmp_path / "honest64.ialibundle"
    path.write_bytes(_zip64_lie(good))
    assert SyncService(b).preview(path, trust=True).changes_new > 0


def test_trailing_bytes_after_the_end_record_are_refused(
        ben_and_good: tuple[Workspace, bytes], tmp_path: Path) -> None:
    b, good = ben_and_good
    path = tmp_path / "tail.ialibundle"
    path.write_bytes(good + b"\0" * 100)
    refused_cheaply(b, path, "not a readable bundle")
    path.write_bytes(zb.patch(good, len(good) - 2, "<H", 100) + b"c" * 100)  # a comment
    refused_cheaply(b, path, "not a readable bundle")
    path.write_bytes(zb.patch(good, len(good) - 2, "<H", 100))  # a comment that is cut off
    refused_cheaply(b, path, "not a readable bundle")


def test_a_local_header_that_disagrees_with_the_directory_is_refused(
        ben_and_good: tuple[Workspace, bytes], tmp_path: Path) -> None:
    b, good = ben_and_good
    layout = zb.layout(good)
    path = tmp_path / "local.ialibundle"
    # The first member's local extra field grows over the second member.
    path.write_bytes(zb.patch(good, layout.local[0] + 28, "<H", 0xFFFF))
    refused_cheaply(b, path, "overlap")
    path.write_bytes(zb.patch(good, layout.local[1], "<I", 0))  # no local signature
    refused_cheaply(b, path, "not a readable bundle|damaged")


def test_a_bundle_too_large_is_refused_from_its_size_alone(
        ben_and_good: tuple[Workspace, bytes], tmp_path: Path) -> None:
    b, _good = ben_and_good
    path = tmp_path / "huge.ialibundle"
    with path.open("wb") as fh:  # sparse: 3 GiB of nothing on disk
        fh.truncate(3 * 2**30)
    refused_cheaply(b, path, "larger than")


def test_member_data_may_not_reach_into_the_central_directory(
        ben_and_good: tuple[Workspace, bytes], tmp_path: Path) -> None:
    """The last member (the stored signature) claims 40 more stored bytes than it has:
    they would be read from the directory."""
    b, good = ben_and_good
    last = zb.layout(good).entries[2]
    compressed = struct.unpack_from("<I", good, last + zb.CD_COMPRESSED_SIZE)[0]
    path = tmp_path / "reach.ialibundle"
    path.write_bytes(zb.patch(good, last + zb.CD_COMPRESSED_SIZE, "<I", compressed + 40))
    refused_cheaply(b, path, "overlap")


# -- what a refused file may cost on disk ---------------------------------------------------

def test_a_bundle_from_an_unknown_signer_costs_no_backup(replicas: MakeReplica,
                                                          tmp_path: Path) -> None:
    """Anyone can sign a bundle with a key of their own: refusing it must not copy the
    database into the backups folder, attempt after attempt."""
    a, b = replicas("ana"), replicas("ben")
    records(a).create("region", {"name": "Atlantis"})
    path = export_for(a, b, tmp_path, full=True)

    def backups() -> list[str]:
        return sorted(p.name for p in b.backups_dir.glob("*")) if b.backups_dir else []

    before = backups()
    for _ in range(3):
        with pytest.raises(BundleError, match="not trusted yet"):
            SyncService(b).import_bundle(path)
    assert backups() == before
    SyncService(b).import_bundle(path, trust=True)
    assert len(backups()) == len(before) + 1
