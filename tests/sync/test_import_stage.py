"""An import stages its checked lines on a second thread (`sync/stage_writer.py`), batch
by batch, while the next lines are checked. These tests check that a failure in any
batch refuses the whole bundle, and that a refusal leaves no thread and no change behind.
"""

from __future__ import annotations

import threading
from pathlib import Path

from iali_desktop.domain.ids import new_id
from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace
from iali_desktop.store.changelog import dumps
from iali_desktop.sync.apply import STAGE_BATCH

from . import forge
from .conftest import MakeReplica, dump
from .test_adversarial import refused


def _lines(a: Workspace, count: int) -> list[bytes]:
    """`count` changes by `a`, numbered 1.., each naming a new region."""
    replica = forge.identity(a).replica_id
    return [forge.line(field="name", hlc=1000 + n, replica=replica, row=new_id(), seq=n,
                       supersedes=[], type="region", value=dumps(f"Region {n}"))
            for n in range(1, count + 1)]


def _stage_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "import-stage"]


def test_a_change_listed_twice_in_a_later_batch_refuses_the_bundle(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b = replicas("ana"), replicas("ben")
    lines = _lines(a, STAGE_BATCH + 10)
    lines.append(lines[3])  # change 4 again, in the second batch
    bad = forge.forge(tmp_path / "twice.ialibundle", forge.identity(a), b"".join(lines))
    SyncService(b).trust(a.identity().fingerprint)
    refused(b, bad, "lists one change twice")
    assert _stage_threads() == []


def test_a_bad_line_after_staged_batches_leaves_nothing_and_the_next_import_works(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b = replicas("ana"), replicas("ben")
    lines = _lines(a, 2 * STAGE_BATCH + 10)
    signer = forge.identity(a)
    SyncService(b).trust(a.identity().fingerprint)
    broken = [*lines[:-1], lines[-1].replace(b'"hlc":', b'"hlc": ')]  # not canonical
    bad = forge.forge(tmp_path / "bad.ialibundle", signer, b"".join(broken))
    before = dump(b)
    refused(b, bad, "not canonical JSON")
    assert _stage_threads() == []
    assert dump(b) == before
    good = forge.forge(tmp_path / "good.ialibundle", signer, b"".join(lines))
    report = SyncService(b).import_bundle(good)
    assert report.changes_new == len(lines)
    assert _stage_threads() == []
