"""Files on records: content kept by digest in pieces, streamed both ways, written with
the attachment's record in one transaction, stored once however often it is attached."""

from __future__ import annotations

import io
import os
import random
import sqlite3
import subprocess
import sys
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from iali_desktop.domain.errors import (
    ContentNotReceivedError,
    DatabaseError,
    NotFoundError,
    ValidationError,
)
from iali_desktop.services import attachments
from iali_desktop.services.records import RecordService
from iali_desktop.services.workspace import Workspace
from iali_desktop.store import blobs, faults

MB = 1 << 20


@pytest.fixture
def ws(seeded_db: Path) -> Iterator[Workspace]:
    with Workspace.open(seeded_db) as opened:
        yield opened


def _agreement(ws: Workspace) -> str:
    return RecordService(ws).create("agreement", {"title": "MOU with a partner",
                                                  "kind": "mou", "status": "signed"})


def _file(path: Path, size: int, seed: int = 1) -> Path:
    rng = random.Random(seed)
    with path.open("wb") as out:
        left = size
        while left:
            piece = rng.randbytes(min(MB, left))
            out.write(piece)
            left -= len(piece)
    return path


def _sha(path: Path) -> str:
    import hashlib

    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def _stored(db: Path) -> tuple[int, int, int]:
    """(attachment records, complete contents, content pieces), read by SQLite alone."""
    con = sqlite3.connect(db)
    try:
        return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore
                     for t in ("attachment", "blob", "blob_chunk"))
    finally:
        con.close()


def test_a_large_file_goes_in_and_out_whole_without_being_held_in_memory(
        ws: Workspace, tmp_path: Path) -> None:
    owner = _agreement(ws)
    source = _file(tmp_path / "Signed MOU.pdf", 50 * MB + 123)
    tracemalloc.start()
    try:
        att_id = attachments.attach(ws, "agreement", owner, source)
        _, write_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        copy = tmp_path / "out" / "copy.pdf"
        copy.parent.mkdir()
        attachments.save_copy(ws, att_id, copy)
        _, read_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert write_peak < 8 * MB and read_peak < 8 * MB, (write_peak, read_peak)
    assert copy.stat().st_size == source.stat().st_size and _sha(copy) == _sha(source)
    found = attachments.get(ws, att_id)
    assert (found.name, found.media_type, found.size, found.sha256, found.present) == (
        "Signed MOU.pdf", "application/pdf", 50 * MB + 123, _sha(source), True)
    assert found.added_by == ws.identity().name and found.added_at[:2] == "20"
    assert [a.id for a in attachments.list_for(ws, "agreement", owner)] == [att_id]
    assert list(tmp_path.joinpath("out").iterdir()) == [copy]  # no temporary file left


def test_open_content_streams_the_exact_bytes(ws: Workspace, tmp_path: Path) -> None:
    owner = _agreement(ws)
    source = _file(tmp_path / "paper.bin", 3 * MB + 5, seed=7)
    att_id = attachments.attach(ws, "agreement", owner, source, name="Treasurer's report.docx")
    with attachments.open_content(ws, att_id) as content:
        head = content.read(10)
        rest = content.read()
    assert head + rest == source.read_bytes()
    assert attachments.get(ws, att_id).name == "Treasurer's report.docx"


def test_identical_content_is_stored_once(ws: Workspace, tmp_path: Path) -> None:
    owner = _agreement(ws)
    other = _agreement(ws)
    source = _file(tmp_path / "a.pdf", 2 * MB + 1)
    twin = tmp_path / "b.pdf"
    twin.write_bytes(source.read_bytes())
    first = attachments.attach(ws, "agreement", owner, source)
    second = attachments.attach(ws, "agreement", other, twin)
    third = attachments.attach(ws, "agreement", owner, twin)
    assert len({first, second, third}) == 3
    assert _stored(ws.path) == (3, 1, 3)  # three records, one content of three pieces


def test_write_stream_without_a_digest_stores_identical_content_once(ws: Workspace) -> None:
    data = random.Random(3).randbytes(2 * MB + 17)
    with ws.write() as tx:
        sha, size = blobs.write_stream(tx, io.BytesIO(data), None, 10 * MB)
        again = blobs.write_stream(tx, io.BytesIO(data), None, 10 * MB)
        assert again == (sha, size) and size == len(data) and blobs.has(tx, sha)
        assert b"".join(blobs.iter_chunks(tx, sha)) == data
    assert _stored(ws.path)[1:] == (1, 3)


def test_write_stream_refuses_a_wrong_digest_and_keeps_nothing(ws: Workspace) -> None:
    data = b"x" * (MB + 1)
    wrong = "0" * 64
    with ws.write() as tx, pytest.raises(blobs.DigestMismatchError, match="SHA-256"):
        blobs.write_stream(tx, io.BytesIO(data), wrong, 10 * MB)
    with ws.write() as tx:  # a caller that goes on in the same transaction keeps nothing
        with pytest.raises(blobs.DigestMismatchError):
            blobs.write_stream(tx, io.BytesIO(data), wrong, 10 * MB)
        assert not blobs.has(tx, wrong)
    assert _stored(ws.path)[1:] == (0, 0)


class _Endless(io.RawIOBase):
    """A reader that never ends, counting what was read from it."""

    def __init__(self) -> None:
        self.given = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        self.given += len(buffer)
        return len(buffer)


def test_write_stream_stops_reading_as_soon_as_the_limit_is_passed(ws: Workspace) -> None:
    endless = _Endless()
    with ws.write() as tx:
        with pytest.raises(blobs.ContentTooLargeError, match=r"limit of 5\.2 MB"):
            blobs.write_stream(tx, endless, None, 5 * MB)  # type: ignore[arg-type]
        assert tx.exec_driver_sql("SELECT count(*) FROM blob_chunk").scalar() == 0
    assert endless.given <= 6 * MB


def test_an_attachment_whose_content_is_missing_says_not_received_yet(
        ws: Workspace, tmp_path: Path) -> None:
    owner = _agreement(ws)
    att_id = attachments.attach(ws, "agreement", owner, _file(tmp_path / "p.pdf", 100))
    attachments.remove(ws, att_id)
    assert attachments.purge_unreferenced(ws) == (1, 100)
    attachments.restore(ws, att_id)
    assert attachments.get(ws, att_id).present is False
    with pytest.raises(ContentNotReceivedError, match="not been received yet"):
        attachments.save_copy(ws, att_id, tmp_path / "copy.pdf")
    assert not (tmp_path / "copy.pdf").exists()


def test_purge_keeps_content_a_live_attachment_still_names(ws: Workspace,
                                                           tmp_path: Path) -> None:
    owner = _agreement(ws)
    source = _file(tmp_path / "p.pdf", 1000)
    kept = attachments.attach(ws, "agreement", owner, source)
    gone = attachments.attach(ws, "agreement", owner, source, name="copy.pdf")
    attachments.remove(ws, gone)
    assert attachments.purge_unreferenced(ws) == (0, 0)
    assert attachments.get(ws, kept).present
    assert [a.id for a in attachments.list_for(ws, "agreement", owner)] == [kept]


def test_attaching_refuses_what_is_not_a_readable_file_or_a_live_record(
        ws: Workspace, tmp_path: Path) -> None:
    owner = _agreement(ws)
    with pytest.raises(ValidationError, match="no file at"):
        attachments.attach(ws, "agreement", owner, tmp_path / "missing.pdf")
    with pytest.raises(ValidationError, match="is a folder"):
        attachments.attach(ws, "agreement", owner, tmp_path)
    with pytest.raises(ValidationError, match="file of the database itself"):
        attachments.attach(ws, "agreement", owner, ws.path)
    with pytest.raises(NotFoundError, match="no agreement with id"):
        attachments.attach(ws, "agreement", "0" * 8, _file(tmp_path / "a", 10))
    if os.geteuid() != 0:
        locked = _file(tmp_path / "locked.pdf", 10)
        locked.chmod(0)
        with pytest.raises(ValidationError, match="permission denied"):
            attachments.attach(ws, "agreement", owner, locked)
    assert _stored(ws.path) == (0, 0, 0)


def test_damaged_content_is_refused_and_leaves_the_target_file_as_it_was(
        ws: Workspace, tmp_path: Path) -> None:
    owner = _agreement(ws)
    att_id = attachments.attach(ws, "agreement", owner, _file(tmp_path / "a.pdf", 3 * MB))
    db = ws.path
    ws.close()
    con = sqlite3.connect(db)  # a bit flipped on disk: the last piece no longer matches
    try:
        con.execute("UPDATE blob_chunk SET data = zeroblob(length(data)) WHERE n = 2")
        con.commit()
    finally:
        con.close()
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    target.write_bytes(b"the copy saved last week")
    with Workspace.open(db) as again, pytest.raises(DatabaseError, match="is damaged"):
        attachments.save_copy(again, att_id, target)
    assert target.read_bytes() == b"the copy saved last week"
    assert list(target.parent.iterdir()) == [target]


def test_save_copy_refuses_the_database_files(ws: Workspace, tmp_path: Path) -> None:
    owner = _agreement(ws)
    att_id = attachments.attach(ws, "agreement", owner, _file(tmp_path / "a.pdf", 10))
    for name in ("seeded.db", "seeded.db-wal"):
        with pytest.raises(ValidationError, match="file of the database itself"):
            attachments.save_copy(ws, att_id, ws.path.with_name(name))


def _attach_in_a_process(db: Path, owner: str, source: Path, kill_at: str | None
                         ) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    env.pop(faults.ENV, None)
    if kill_at is not None:
        env[faults.ENV] = kill_at
    code = ("import sys; from pathlib import Path; "
            "from iali_desktop.services import attachments; "
            "from iali_desktop.services.workspace import Workspace; "
            "ws = Workspace.open(Path(sys.argv[1])); "
            "print(attachments.attach(ws, 'agreement', sys.argv[2], Path(sys.argv[3])))")
    return subprocess.run([sys.executable, "-c", code, str(db), owner, str(source)],
                          env=env, capture_output=True, timeout=300)


@pytest.mark.parametrize("kill_at", ["content-piece-written", "attach-before-commit"])
def test_a_process_killed_while_attaching_leaves_neither_record_nor_content(
        ws: Workspace, tmp_path: Path, kill_at: str) -> None:
    owner = _agreement(ws)
    db = ws.path
    ws.close()
    source = _file(tmp_path / "big.pdf", 6 * MB)
    killed = _attach_in_a_process(db, owner, source, kill_at)
    assert killed.returncode in (-9, 137), killed.stderr.decode()[-500:]
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    assert _stored(db) == (0, 0, 0)
    with Workspace.open(db) as again:
        assert attachments.list_for(again, "agreement", owner) == []
        attachments.attach(again, "agreement", owner, source)  # and it can be done again
    assert _stored(db) == (1, 1, 6)


def test_a_process_killed_just_after_the_commit_keeps_the_whole_attachment(
        ws: Workspace, tmp_path: Path) -> None:
    owner = _agreement(ws)
    db = ws.path
    ws.close()
    source = _file(tmp_path / "big.pdf", 3 * MB)
    killed = _attach_in_a_process(db, owner, source, "attach-after-commit")
    assert killed.returncode in (-9, 137)
    with Workspace.open(db) as again:
        [found] = attachments.list_for(again, "agreement", owner)
        copy = tmp_path / "copy.pdf"
        attachments.save_copy(again, found.id, copy)
    assert found.present and _sha(copy) == _sha(source)
