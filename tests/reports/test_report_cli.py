"""`iali-desktop report ...` writes PDFs and refuses bad input in one line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from iali_desktop.cli.main import main


def test_meeting_pack_and_directory_from_the_command_line(
        report_db: Path, meeting_id: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    db = shutil.copyfile(report_db, tmp_path / "cli.db")
    out = tmp_path / "pack.pdf"
    assert main(["report", "meeting-pack", "--db", str(db), "--meeting", meeting_id,
                 "--out", str(out), "--lang", "fr", "--page-size", "Letter"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert capsys.readouterr().out.strip() == f"wrote {out}"
    assert main(["report", "directory", "--db", str(db), "--experts",
                 "--out", str(tmp_path / "experts.pdf")]) == 0


@pytest.mark.parametrize("args, message", [
    (["meeting-pack", "--meeting", "0190aaaa-0000-7000-8000-000000000000"],
     "no EC meeting with id 0190aaaa-0000-7000-8000-000000000000"),
    (["annual", "--year", "1995"], "no action plan covers the year 1995"),
    (["progress", "--plan", "nope"], "no action plan with id nope"),
])
def test_bad_ids_get_one_line_and_no_file(report_db: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str],
                                          args: list[str], message: str) -> None:
    db = shutil.copyfile(report_db, tmp_path / "cli.db")
    out = tmp_path / "x.pdf"
    code = main(["report", *args, "--db", str(db), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert err == f"iali-desktop: error: {message}\n"
    assert not out.exists()


def test_missing_output_folder_is_refused(report_db: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    db = shutil.copyfile(report_db, tmp_path / "cli.db")
    code = main(["report", "directory", "--db", str(db),
                 "--out", str(tmp_path / "missing" / "x.pdf")])
    assert code == 1
    assert "does not exist" in capsys.readouterr().err


def test_pack_as_of_a_day_for_a_chosen_plan_prints_the_same_bytes_twice(
        report_db: Path, meeting_id: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    from pypdf import PdfReader

    from iali_desktop.services.plans import PlanService
    from iali_desktop.services.records import RecordService
    from iali_desktop.services.workspace import Workspace

    db = shutil.copyfile(report_db, tmp_path / "cli.db")
    with Workspace.open(db) as ws:
        plans = sorted(PlanService(RecordService(ws)).plans(),
                       key=lambda p: p["period_start"] or 0)
    oldest = plans[0]
    outs = [tmp_path / "one.pdf", tmp_path / "two.pdf"]
    for out in outs:
        assert main(["report", "pack", "--db", str(db), "--meeting", meeting_id,
                     "--as-of", "2025-12-01", "--plan", oldest["id"], "--out", str(out)]) == 0
    assert outs[0].read_bytes() == outs[1].read_bytes()
    cover = " ".join((PdfReader(outs[0]).pages[0].extract_text() or "").split())
    assert f"Action plan {oldest['title']}" in cover
    assert "Data as of 1 December 2025" in cover
    capsys.readouterr()
    assert main(["report", "pack", "--db", str(db), "--meeting", meeting_id, "--plan", "nope",
                 "--out", str(tmp_path / "x.pdf")]) == 1
    assert capsys.readouterr().err == "iali-desktop: error: no action plan with id nope\n"
