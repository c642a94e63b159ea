"""A bundle or report is never written over the database, nor read from its files."""

from __future__ import annotations

from pathlib import Path

import pytest

from iali_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", [
    ["export", "--out", "{db}"],
    ["report", "directory", "--out", "{db}"],
    ["import", "{db}-wal"],
])
def test_the_database_files_are_refused_as_bundles_and_reports(
        command: list[str], seeded_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    words = [w.replace("{db}", str(seeded_db)) for w in command]
    before = seeded_db.stat().st_ino, seeded_db.stat().st_size
    code, out, err = run(capsys, *words, "--db", str(seeded_db))
    assert code == 1 and out == ""
    assert "is a file of the database itself" in err and err.count("\n") == 1
    assert (seeded_db.stat().st_ino, seeded_db.stat().st_size) == before
    code, out, _ = run(capsys, "info", "--db", str(seeded_db))
    assert code == 0 and "replica:" in out
