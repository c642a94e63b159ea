"""`attach add|list|get|remove`: a file in, listed, out again byte for byte, removed."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from iali_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def region(seeded_db: Path, capsys: pytest.CaptureFixture[str]) -> str:
    code, out, err = run(capsys, "records", "add", "region", "--db", str(seeded_db),
                         "name=Testland", "code=TL")
    assert code == 0, err
    return out.strip()


def test_a_file_is_attached_listed_copied_out_and_removed(
        seeded_db: Path, region: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(seeded_db)]
    paper = tmp_path / "Regional report 2026.pdf"
    paper.write_bytes(os.urandom(2_500_000))
    code, out, err = run(capsys, "attach", "add", "region", region, str(paper), *db)
    assert code == 0, err
    att_id = out.strip()
    assert len(att_id) == 36

    code, out, _ = run(capsys, "attach", "list", "region", region, *db)
    assert code == 0 and "Regional report 2026.pdf" in out and "2.5 MB" in out
    assert "application/pdf" in out and out.rstrip().endswith("1 attachment")
    code, out, _ = run(capsys, "attach", "list", "region", region, *db, "--json")
    [listed] = json.loads(out)
    assert listed["id"] == att_id and listed["size"] == 2_500_000 and listed["present"]

    copy = tmp_path / "copy.pdf"
    code, out, err = run(capsys, "attach", "get", att_id, "--out", str(copy), *db)
    assert code == 0, err
    assert copy.read_bytes() == paper.read_bytes() and str(copy) in out

    code, out, _ = run(capsys, "search", "Regional report", *db)
    assert att_id in out

    code, out, _ = run(capsys, "attach", "remove", att_id, *db)
    assert code == 0 and "removed attachment 'Regional report 2026.pdf'" in out
    code, out, _ = run(capsys, "attach", "list", "region", region, *db, "--json")
    assert json.loads(out) == []
    code, _, err = run(capsys, "attach", "get", att_id, "--out", str(tmp_path / "x"), *db)
    assert code == 1 and "no attachment with id" in err
    code, out, _ = run(capsys, "attach", "purge", *db)
    assert code == 0 and out.strip() == "freed 1 file (2.5 MB)"
    code, out, _ = run(capsys, "attach", "purge", *db)
    assert out.strip() == "freed 0 files (0 bytes)"


@pytest.mark.parametrize(("args", "message"), [
    (("region", "{region}", "{tmp}/missing.pdf"), "no file at"),
    (("region", "{region}", "{tmp}"), "is a folder, not a file"),
    (("region", "no-such-id", "{tmp}/a.pdf"), "no region with id no-such-id"),
    (("regio", "{region}", "{tmp}/a.pdf"), "unknown record type 'regio'"),
    (("region", "{region}", "{tmp}/unreadable.pdf"), "permission denied"),
])
def test_attach_add_refuses_with_one_line(
        seeded_db: Path, region: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        args: tuple[str, ...], message: str) -> None:
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4\n")
    unreadable = tmp_path / "unreadable.pdf"
    unreadable.write_bytes(b"secret")
    unreadable.chmod(0)
    if message == "permission denied" and os.geteuid() == 0:
        pytest.skip("root reads every file")
    words = [a.format(region=region, tmp=tmp_path) for a in args]
    code, out, err = run(capsys, "attach", "add", *words, "--db", str(seeded_db))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and message in err, err
    code, out, _ = run(capsys, "attach", "list", "region", region, "--db", str(seeded_db),
                       "--json")
    assert json.loads(out) == []


def test_attach_list_of_an_unknown_record_says_so(seeded_db: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "attach", "list", "agreement", "nope", "--db", str(seeded_db))
    assert code == 1 and "no agreement with id nope" in err


def test_attachment_records_cannot_be_made_without_a_file(
        seeded_db: Path, region: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
        ) -> None:
    db = ["--db", str(seeded_db)]
    code, out, err = run(capsys, "records", "add", "attachment", *db, "owner_type=region",
                         f"owner_id={region}", "name=ghost.pdf", "size=10", "sha256=" + "a" * 64)
    assert code == 1 and out == "" and "attachments are added from a file" in err
    sheet = tmp_path / "attachments.csv"
    sheet.write_text("File name,Record type,Record,Size (bytes),SHA-256\n"
                     f"ghost.pdf,region,{region},10,{'a' * 64}\n", encoding="utf-8")
    code, out, err = run(capsys, "records", "import", "attachment", str(sheet), *db)
    assert code == 1 and "attachments are added from a file" in err
    assert "ghost" not in run(capsys, "dump", *db)[1]
