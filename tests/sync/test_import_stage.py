"""An import stages its checked lines on a second thread (`sync/stage_writer.py`), batch
by batch, while the next lines are checked. These tests check that a failure in any
batch refuses the whole bundle, and that a refusal leaves no thread and no change behind.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from iali_desktop.domain.errors import DatabaseError
from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace
from iali_desktop.sync import staging
from iali_desktop.sync.stage_writer import StageWriter
from iali_desktop.sync.staging import STAGE_BATCH

from . import forge
from .conftest import MakeReplica, dump
from .test_adversarial import refused


def _lines(a: Workspace, count: int) -> list[bytes]:
    """`count` changes by `a`, numbered 1.., each naming a new region."""
    return forge.region_lines(forge.identity(a).replica_id, range(1, count + 1))


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


def _slow_stage(raw: sqlite3.Connection, seconds: float) -> list[float]:
    """A `change` table (where an import stages its versions) whose every row takes
    `seconds` to insert; the list of the times at which the rows were written."""
    written: list[float] = []

    def slowly() -> None:
        time.sleep(seconds)
        written.append(time.perf_counter())

    raw.create_function("slowly", 0, slowly)
    raw.execute("CREATE TABLE change (replica, seq, hlc, record_type, row_id, field, value,"
                " seen, is_head, PRIMARY KEY (replica, seq))")
    raw.execute("CREATE TEMP TRIGGER slow AFTER INSERT ON change BEGIN SELECT slowly(); END")
    raw.execute("CREATE TABLE held_change (replica)")
    staging.begin(raw, 100)  # the stage's own tables, beside it
    return written


def test_ctrl_c_while_a_batch_is_written_waits_for_the_thread_then_stops(
        tmp_path: Path) -> None:
    raw = sqlite3.connect(tmp_path / "stage.db", check_same_thread=False)
    written = _slow_stage(raw, 0.1)
    writer = StageWriter(raw)
    rows: list[tuple[object, ...]] = [("r", n, n, "region", "x", "name", '"n"', None)
                                      for n in range(1, 21)]
    writer.write(rows, [])  # two seconds of writing on the writer's thread
    while not written:  # the batch is being written
        time.sleep(0.01)
    ctrl_c = threading.Timer(0.2, os.kill, (os.getpid(), signal.SIGINT))
    with pytest.raises(KeyboardInterrupt):
        ctrl_c.start()
        writer.close()  # the lines are all checked: waiting for the last batch
    # Only now may the caller roll back: nothing else may be using the connection (the
    # statement under way ran to its end; `is_alive` cannot tell, see stage_writer.py).
    assert len(written) == 20
    assert _stage_threads() == []
    raw.rollback()
    raw.close()


def test_a_refused_import_drops_the_batches_not_written_yet(tmp_path: Path) -> None:
    raw = sqlite3.connect(tmp_path / "stage.db", check_same_thread=False)
    _slow_stage(raw, 0.05)
    writer = StageWriter(raw)
    # Three batches of 10 rows, half a second each: the third is queued once the second
    # is being written (the queue holds one).
    for n in range(1, 4):
        writer.write([("r", 10 * n + i, 1, "region", "x", "name", '"n"', None)
                      for i in range(10)], [])
    writer.close(check=False)
    assert raw.execute("SELECT count(*) FROM change").fetchone()[0] == 20
    raw.close()


def _highest_change_row_at(ws: Workspace, rowid: int) -> None:
    """As an outside tool could leave the file: the change log's last row renumbered."""
    ws.db.engine.dispose()
    con = sqlite3.connect(ws.path)
    con.execute("UPDATE change SET rowid = ? WHERE rowid = (SELECT max(rowid) FROM change)",
                (rowid,))
    con.commit()
    con.close()


def test_an_import_works_while_the_change_logs_row_numbers_leave_room_for_it(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b = replicas("ana"), replicas("ben")
    lines = _lines(a, 5)
    signer = forge.identity(a)
    _highest_change_row_at(b, 2**63 - 1 - len(lines))  # room for exactly these five
    report = SyncService(b).import_bundle(
        forge.forge(tmp_path / "fits.ialibundle", signer, b"".join(lines)), trust=True)
    assert report.changes_new == len(lines)


def test_an_import_the_change_logs_row_numbers_cannot_hold_is_refused_whole(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b = replicas("ana"), replicas("ben")
    lines = _lines(a, 5)
    _highest_change_row_at(b, 2**63 - len(lines))  # room for four
    before = dump(b)
    bad = forge.forge(tmp_path / "full.ialibundle", forge.identity(a), b"".join(lines))
    with pytest.raises(DatabaseError, match="row numbers are exhausted"):
        SyncService(b).import_bundle(bad, trust=True)
    assert dump(b) == before
