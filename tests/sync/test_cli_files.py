"""Attached files and the sync commands: `export --without-files`, and the one-line
refusal of a file above the limit that `import --max-file-size` raises for one import."""

from __future__ import annotations

from pathlib import Path

import pytest

from iali_desktop.services import attachments
from iali_desktop.services.workspace import Workspace

from .files_help import MB, attach_new
from .test_cli_sync import ok, run


def test_files_left_out_then_refused_above_the_limit_then_taken_with_a_raised_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dbs = {}
    for name in ("ana", "ben"):
        dbs[name] = str(tmp_path / name / f"{name}.db")
        Path(dbs[name]).parent.mkdir()
        ok(capsys, "init", "--db", dbs[name], "--name", name)
    hello = str(tmp_path / "hello.ialibundle")
    ok(capsys, "export", "--db", dbs["ana"], "--out", hello, "--full")
    ok(capsys, "import", hello, "--db", dbs["ben"], "--trust")
    back = str(tmp_path / "back.ialibundle")
    ok(capsys, "export", "--db", dbs["ben"], "--out", back, "--full")
    ok(capsys, "import", back, "--db", dbs["ana"], "--trust")
    with Workspace.open(Path(dbs["ana"])) as ana:
        paper, _sha = attach_new(ana, tmp_path, "report 2026.pdf", 2 * MB)

    bare = str(tmp_path / "bare.ialibundle")
    out = ok(capsys, "export", "--db", dbs["ana"], "--out", bare, "--to", "ben",
             "--without-files")
    assert "changes, " in out and " files (" not in out
    ok(capsys, "import", bare, "--db", dbs["ben"])
    with Workspace.open(Path(dbs["ben"])) as ben:
        assert not attachments.get(ben, paper).present

    full = str(tmp_path / "full.ialibundle")
    out = ok(capsys, "export", "--db", dbs["ana"], "--out", full, "--full")
    assert "1 files (2.1 MB)" in out
    code, out, err = run(capsys, "import", full, "--db", dbs["ben"], "--max-file-size", "1MB")
    assert code != 0 and out == ""
    assert err.strip().count("\n") == 0
    assert "'report 2026.pdf' (2.1 MB) is larger than this database's limit of 1.0 MB" in err
    code, _out, err = run(capsys, "import", full, "--db", dbs["ben"], "--max-file-size",
                          "lots")
    assert code != 0 and "'lots' is not a size" in err
    out = ok(capsys, "import", full, "--db", dbs["ben"], "--max-file-size", "3MB")
    assert "1 file received (2.1 MB)" in out
    with Workspace.open(Path(dbs["ben"])) as ben:
        assert attachments.get(ben, paper).present
