"""Files that are not ours, or that sit somewhere unusual, as a user meets them.

Another program's file is refused before anything is written to it; a database on
read-only media can still be read; a full disk gets one clear line. Read-only media and
full disks are real: a small tmpfs in a private mount namespace (`unshare`), where the
process is root of its own namespace, so file permissions alone would not stop it.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from iali_desktop.cli import main

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def journal_mode(path: Path) -> str:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return str(con.execute("PRAGMA journal_mode").fetchone()[0])
    finally:
        con.close()


def test_another_programs_sqlite_file_is_refused_before_anything_is_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "recipes.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.commit()
    con.close()
    before = other.read_bytes()
    for command in ("info", "dump", "init"):
        code, _, err = run(capsys, command, "--db", str(other))
        assert code == 1 and "is not an IALI Desktop database" in err, command
    assert journal_mode(other) == "delete", "never switched to WAL"
    assert other.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["recipes.db"], "nothing left beside"


def test_another_programs_alembic_database_is_not_called_a_newer_release(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "inventory.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    con.execute("INSERT INTO alembic_version VALUES ('3f2a1c9e8b7d')")
    con.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    before = other.read_bytes()
    code, _, err = run(capsys, "info", "--db", str(other))
    assert code == 1 and "is not an IALI Desktop database" in err
    assert "newer" not in err
    assert other.read_bytes() == before


def test_an_empty_file_is_refused_not_filled_with_tables(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    for command in ("info", "dump"):
        code, out, err = run(capsys, command, "--db", str(empty))
        assert code == 1 and "is not an IALI Desktop database (the file is empty)" in err
        assert out == ""
    assert empty.stat().st_size == 0
    code, out, _ = run(capsys, "init", "--db", str(empty))  # asked for: set it up
    assert code == 0 and "created" in out


# -- read-only media and full disks, in a private mount namespace ----------------------

DRIVER = textwrap.dedent("""
    import json, os, shutil, subprocess, sys
    setup, source, folder = sys.argv[1], sys.argv[2], sys.argv[3]
    commands = json.loads(sys.argv[4])
    def sh(*words):
        subprocess.run(words, check=True)
    sh("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", folder)
    db = os.path.join(folder, "iali.db")
    shutil.copyfile(source, db)
    if setup == "read-only folder":
        sh("mount", "-o", "remount,ro", folder)
    elif setup == "read-only file":
        sh("mount", "--bind", db, db)
        sh("mount", "-o", "remount,bind,ro", db)
    elif setup == "full disk":
        fill = os.open(os.path.join(folder, "fill"), os.O_WRONLY | os.O_CREAT)
        try:
            while True:
                os.write(fill, bytes(4096))
        except OSError:
            os.close(fill)
    results = []
    for words in commands:
        done = subprocess.run([sys.executable, "-m", "iali_desktop", *words, "--db", db],
                              capture_output=True, text=True)
        results.append([done.returncode, done.stdout[:200], done.stderr])
    print(json.dumps(results))
""")


def in_private_mount(setup: str, source: Path, tmp_path: Path,
                     commands: list[list[str]]) -> list[tuple[int, str, str]]:
    """Run `iali-desktop` commands on a copy of `source` on a tmpfs set up as `setup`."""
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        pytest.skip("needs Linux mount namespaces (unshare) to make read-only media or a "
                    "full disk without touching the machine")
    prefix = ["unshare", "--mount"] if os.geteuid() == 0 else [
        "unshare", "--user", "--map-root-user", "--mount"]
    probe = subprocess.run([*prefix, "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"mount namespaces are not allowed here: {probe.stderr.strip()}")
    folder = tmp_path / "media"
    folder.mkdir()
    done = subprocess.run([*prefix, sys.executable, "-c", DRIVER, setup, str(source),
                           str(folder), json.dumps(commands)],
                          capture_output=True, text=True, env=ENV, timeout=300)
    assert done.returncode == 0, done.stderr
    return [(int(c), str(o), str(e)) for c, o, e in json.loads(done.stdout)]


@pytest.mark.parametrize("setup", ["read-only folder", "read-only file"])
def test_a_database_on_read_only_media_can_be_read_but_not_written(
        setup: str, seeded_template: Path, tmp_path: Path) -> None:
    results = in_private_mount(setup, seeded_template, tmp_path, [
        ["dump"], ["info"], ["search", "Sydney"], ["records", "add", "person", "name=Ana"]])
    (dump_code, dump_out, dump_err), (info_code, info_out, _), (search_code, _, _), \
        (add_code, add_out, add_err) = results
    assert dump_code == 0 and dump_out.startswith("{"), dump_err
    assert info_code == 0 and "replica:" in info_out
    assert search_code == 0
    assert add_code == 1 and add_out == ""
    assert add_err.count("\n") == 1 and "read-only" in add_err and "nothing was changed" in \
        add_err, add_err


def test_a_full_disk_gets_one_clear_line_for_reads_and_writes(
        seeded_template: Path, tmp_path: Path) -> None:
    results = in_private_mount("full disk", seeded_template, tmp_path, [
        ["dump"], ["records", "add", "person", "name=Ana"]])
    for code, out, err in results:
        assert code == 1 and out == ""
        assert err == "iali-desktop: error: the disk is full; nothing was changed\n", err


def test_the_window_on_read_only_media_says_so(seeded_template: Path, tmp_path: Path) -> None:
    """The window opens a read-only database and names why it cannot change it."""
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        pytest.skip("needs Linux mount namespaces (unshare) to make read-only media")
    prefix = ["unshare", "--mount"] if os.geteuid() == 0 else [
        "unshare", "--user", "--map-root-user", "--mount"]
    folder = tmp_path / "media"
    folder.mkdir()
    window = textwrap.dedent(f"""
        import shutil, subprocess
        from pathlib import Path
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from iali_desktop.gui import app as app_module
        folder = Path({str(folder)!r})
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)],
                       check=True)
        shutil.copyfile({str(seeded_template)!r}, folder / "iali.db")
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        app_module.create_app()  # before the timer: run() reuses it
        seen = []
        def tick():
            modal = QApplication.activeModalWidget()
            if modal is not None:
                modal.reject()  # the first-run wizard: it would write
                return
            for w in QApplication.topLevelWidgets():
                if type(w).__name__ == "MainWindow" and w.isVisible():
                    seen.append(w.statusBar().currentMessage())
                    w.close()
        timer = QTimer()
        timer.timeout.connect(tick)
        timer.start(50)
        code = app_module.run(folder / "iali.db", [])
        print(code, seen[0] if seen else "no window")
    """)
    done = subprocess.run([*prefix, sys.executable, "-c", window], capture_output=True,
                          text=True, env=ENV, timeout=60)
    if done.returncode != 0 and "unshare" in done.stderr:
        pytest.skip(f"mount namespaces are not allowed here: {done.stderr.strip()}")
    assert done.stdout.startswith("0 ⚠ This database is read-only here (its folder cannot be "
                                  "written)"), done.stdout + done.stderr
