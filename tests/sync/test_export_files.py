"""Where an export writes: the readable bundle only in a private local folder, the
destination only complete (or, after a kill mid-copy, an encrypted temporary that the
next export removes), and a full disk as one line."""

from __future__ import annotations

import contextlib
import os
import resource
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from iali_desktop.domain.errors import BundleError
from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace

from .conftest import MakeReplica, records

ROOT = Path(__file__).resolve().parents[2]
SECRET = "correct horse"
MARKER = "Atlantis-plaintext"

# An export in a child process that kills itself (SIGKILL, no clean-up of any kind) the
# first time its progress callback hears `stage`.
CHILD = """
import os, signal, sys
from pathlib import Path
from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace
db, out, stage, passphrase = sys.argv[1:5]
def progress(done, total, message):
    if message == stage:
        os.kill(os.getpid(), signal.SIGKILL)
ws = Workspace.open(Path(db))
SyncService(ws).export_bundle(Path(out), full=True, passphrase=passphrase or None,
                              progress=progress)
"""


@pytest.fixture
def ana(replicas: MakeReplica) -> Workspace:
    """A sender whose bundle is some 80 KB (300 records named in part at random, so
    they do not compress away), one with a recognisable name. Closed: children open it."""
    a = replicas("ana")
    with records(a).batch() as batch:
        batch.create("region", {"name": MARKER})
        for i in range(300):
            batch.create("region", {"name": f"Region {i} {os.urandom(150).hex()}",
                                    "code": f"R{i}"})
    a.close()  # and its write-ahead log with it: the children start from a clean file
    return a


def export_in_child(db: Path, out: Path, scratch: Path, stage: str = "",
                    passphrase: str | None = None) -> int:
    scratch.mkdir(exist_ok=True)
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(db), str(out), stage, passphrase or ""],
        env={**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(scratch)},
        capture_output=True, timeout=120, check=False).returncode


def private_folders(scratch: Path) -> list[Path]:
    return sorted(scratch.glob("iali-export-*"))


def age(*folders: Path, seconds: float = 600) -> None:
    """Date everything in the folders `seconds` back: a killed export's leftovers are
    swept only once older than publish.GRACE_SECONDS."""
    for folder in folders:
        for path in folder.rglob("*"):
            then = path.stat().st_mtime - seconds
            os.utime(path, (then, then))


@pytest.mark.parametrize("passphrase", [SECRET, None])
def test_an_export_killed_once_its_bundle_is_built_leaves_nothing_at_the_destination(
        ana: Workspace, tmp_path: Path, passphrase: str | None) -> None:
    stick, scratch = tmp_path / "stick", tmp_path / "scratch"
    stick.mkdir()
    out = stick / "ana.ialibundle"
    assert export_in_child(ana.path, out, scratch, "bundle written", passphrase) == -9
    assert list(stick.iterdir()) == []
    # The readable bundle existed only in a folder no other user can open...
    (left,) = private_folders(scratch)
    assert stat.S_IMODE(left.stat().st_mode) == 0o700
    assert any(f.read_bytes().startswith(b"PK\x03\x04") for f in left.iterdir())
    # ...and the next export removes that leftover once it is older than a fresh one.
    age(scratch)
    assert export_in_child(ana.path, out, scratch, passphrase=passphrase) == 0
    assert private_folders(scratch) == [] and [p.name for p in stick.iterdir()] == [out.name]


def test_an_encrypted_export_killed_while_writing_the_destination_leaves_no_plaintext(
        ana: Workspace, tmp_path: Path) -> None:
    stick, scratch = tmp_path / "stick", tmp_path / "scratch"
    stick.mkdir()
    out = stick / "ana.ialibundle"
    assert export_in_child(ana.path, out, scratch, "writing to the destination", SECRET) == -9
    left = list(stick.iterdir())
    assert not out.exists()
    for part in left:  # an unfinished temporary at most: sealed, never readable
        data = part.read_bytes()
        assert part.name.startswith(".export-") and data[:8] in (b"", b"IALIENC1")
        assert b"PK\x03\x04" not in data and MARKER.encode() not in data
    age(stick)
    assert export_in_child(ana.path, out, scratch, passphrase=SECRET) == 0
    assert [p.name for p in stick.iterdir()] == [out.name]
    assert out.read_bytes().startswith(b"IALIENC1")


def test_a_full_disk_during_an_export_is_one_line_and_leaves_nothing(
        ana: Workspace, tmp_path: Path) -> None:
    """The export's own writes may not pass 40 KB (RLIMIT_FSIZE: the kernel refuses
    them as a full disk would); the bundle needs more."""
    stick, scratch = tmp_path / "stick", tmp_path / "scratch"
    stick.mkdir()
    scratch.mkdir()
    assert export_in_child(ana.path, tmp_path / "sized.ialibundle", scratch) == 0
    assert (tmp_path / "sized.ialibundle").stat().st_size > 60_000

    def small_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (40_000, 40_000))

    result = subprocess.run(
        [sys.executable, "-m", "iali_desktop", "export", "--full", "--out",
         str(stick / "ana.ialibundle"), "--db", str(ana.path)],
        env={**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(scratch)},
        capture_output=True, text=True, timeout=120, preexec_fn=small_disk)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert "not enough space" in line and "nothing was exported" in line
    assert list(stick.iterdir()) == [] and private_folders(scratch) == []


@contextlib.contextmanager
def tiny_filesystem(folder: Path, size: str) -> Iterator[Path]:
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs",
                              str(folder)], capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip("mounting a small file system needs root")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


@pytest.mark.parametrize("passphrase", [SECRET, None])
def test_a_full_usb_stick_is_one_clear_error_and_nothing_is_left_on_it(
        ana: Workspace, tmp_path: Path, passphrase: str | None) -> None:
    """A real file system of 16 KiB as the destination (root only: it is mounted)."""
    with tiny_filesystem(tmp_path / "stick", "16k") as stick, Workspace.open(ana.path) as ws:
        with pytest.raises(BundleError, match=r"not enough space .*destination") as info:
            SyncService(ws).export_bundle(stick / "ana.ialibundle", full=True,
                                          passphrase=passphrase)
        assert "\n" not in str(info.value)
        assert list(stick.iterdir()) == []


def test_a_fresh_private_folder_whose_lock_is_not_taken_yet_is_left_alone(
        ana: Workspace, tmp_path: Path) -> None:
    """Another export between creating its folder's lock file and locking it: a sweep
    must neither remove the folder nor take the free lock (its export would then fail
    with "No such file or directory")."""
    from iali_desktop.sync import publish

    scratch = tmp_path / "scratch"
    scratch.mkdir()
    starting = scratch / "iali-export-starting"
    starting.mkdir()
    (starting / publish.LOCK).touch()
    part = scratch / f"{publish.PART_PREFIX}x{publish.PART_SUFFIX}"
    part.touch()
    publish.sweep(scratch)
    assert starting.is_dir() and part.exists()
    age(scratch)
    publish.sweep(scratch)
    assert not starting.exists() and not part.exists()
