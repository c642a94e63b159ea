"""Two processes on one database never lose a write, with real processes.

The holder below keeps the database as the window does (its exclusive claim, then the
services) and, between its own writes, reads the first bytes of every file in the
database's folder the way Qt's QMimeDatabase does for file dialogs and icons; that
closes descriptors of the database's files in its process, which drops SQLite's POSIX
locks there. Command-line writes run in between: each must be refused with one line, or
land; none may vanish, and the file must stay sound.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from iali_desktop.services.records import RecordService
from iali_desktop.services.workspace import Workspace

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

HOLDER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import QMimeDatabase
    from iali_desktop.services.records import RecordService
    from iali_desktop.services.workspace import Workspace, hold_for_window

    db = Path(sys.argv[1])
    claim = hold_for_window(db)  # what the window's start does
    ws = Workspace.open(db)
    records = RecordService(ws)
    mimes = QMimeDatabase()

    def browse():
        for f in sorted(db.parent.iterdir()):
            if f.is_file():
                mimes.mimeTypeForFile(str(f), QMimeDatabase.MatchMode.MatchContent)
        for suffix in ("", "-wal", "-shm"):
            p = db.with_name(db.name + suffix)
            if p.exists():
                with open(p, "rb") as fh:
                    fh.read(100)

    browse()
    print("ready", flush=True)
    for line in sys.stdin:
        name = line.strip()
        if name == "quit":
            break
        records.create("person", {"name": name})
        browse()
        print("ok", flush=True)
    ws.close()
    claim.release()
""")


def cli(db: Path, *words: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "iali_desktop", *words, "--db", str(db)],
                          capture_output=True, text=True, env=ENV, timeout=120)


def person_names(db: Path) -> set[str]:
    with Workspace.open(db) as ws:
        return {str(p["name"]) for p in RecordService(ws).list("person")}


def integrity(db: Path) -> str:
    con = sqlite3.connect(db)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


@pytest.mark.slow
def test_command_line_writes_beside_a_window_that_browses_its_folder_are_never_lost(
        seeded_db: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(seeded_db)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                              env=ENV)
    assert holder.stdin is not None and holder.stdout is not None
    landed: set[str] = set()
    refusals: list[str] = []
    try:
        assert holder.stdout.readline().strip() == "ready"
        for i in range(6):
            holder.stdin.write(f"window-{i}\n")
            holder.stdin.flush()
            assert holder.stdout.readline().strip() == "ok"
            done = cli(seeded_db, "records", "add", "person", f"name=command-{i}")
            if done.returncode == 0:
                landed.add(f"command-{i}")
            else:
                refusals.append(done.stderr)
                assert done.returncode == 1 and done.stdout == ""
        holder.stdin.write("quit\n")
        holder.stdin.flush()
        assert holder.wait(timeout=60) == 0
    finally:
        if holder.poll() is None:
            holder.kill()
    for err in refusals:
        assert err.count("\n") == 1 and "Traceback" not in err
        assert f"is open in IALI Desktop (process {holder.pid}); close it there first" in err
    assert integrity(seeded_db) == "ok"
    names = person_names(seeded_db)
    assert {f"window-{i}" for i in range(6)} <= names, "the window's writes are all there"
    assert landed <= names, "every command-line write that reported success is there"


@pytest.mark.slow
def test_command_line_runs_work_alongside_each_other(seeded_db: Path) -> None:
    runs = [subprocess.Popen([sys.executable, "-m", "iali_desktop", "records", "add",
                              "person", f"name=together-{i}", "--db", str(seeded_db)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=ENV) for i in range(3)]
    for run in runs:
        _out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
    assert {f"together-{i}" for i in range(3)} <= person_names(seeded_db)
    assert integrity(seeded_db) == "ok"


def test_a_window_starting_during_a_command_waits_then_names_it(seeded_db: Path) -> None:
    from iali_desktop.domain.errors import DatabaseInUseError
    from iali_desktop.store import lock

    command = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from iali_desktop.services.workspace import Workspace
            ws = Workspace.open({str(seeded_db)!r})
            print("open", flush=True)
            sys.stdin.readline()
            ws.close()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=ENV)
    assert command.stdin is not None and command.stdout is not None
    try:
        assert command.stdout.readline().strip() == "open"
        with pytest.raises(DatabaseInUseError, match="in use by an iali-desktop command") as \
                refused:
            lock.acquire(seeded_db, exclusive=True, kind=lock.WINDOW, wait_s=0.3)
        assert not refused.value.by_window
        command.stdin.write("done\n")
        command.stdin.flush()
        window = lock.acquire(seeded_db, exclusive=True, kind=lock.WINDOW, wait_s=30)
        window.release()
    finally:
        if command.poll() is None:
            command.kill()
        command.wait(timeout=10)
