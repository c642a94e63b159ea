"""`records export` and `records import`: real files, real exit codes and messages."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from iali_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _people(db: list[str], capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    _code, out, _ = run(capsys, "records", "list", "person", *db, "--json")
    rows: list[dict[str, object]] = json.loads(out)
    return rows


def test_export_with_where_then_import_an_edited_file_updates_in_place(
        seeded_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(seeded_db)]
    run(capsys, "records", "add", "person", *db, "name=Émile Zola", "country=France",
        "roles=expert")
    run(capsys, "records", "add", "person", *db, "name=Other", "country=Peru")
    out = tmp_path / "experts.xlsx"
    code, said, err = run(capsys, "records", "export", "person", *db, "--out", str(out),
                          "--where", "roles=expert", "--fields", "name,country,roles")
    assert code == 0, err
    assert said.strip() == f"exported 1 person to {out}"
    book = load_workbook(out)
    rows = [[c.value for c in r] for r in book.active.iter_rows()]
    assert rows[0] == ["ID", "Name", "Country", "Roles"]
    assert rows[1][1:] == ["Émile Zola", "France", "Expert"]
    book.active.cell(row=2, column=3).value = "Belgique"
    book.save(out)

    before = len(_people(db, capsys))
    code, said, _ = run(capsys, "records", "import", "person", str(out), *db, "--dry-run")
    assert code == 0
    assert f"row 2: update {rows[1][0]}: country: France -> Belgique" in said
    assert "dry run, nothing written: 0 to create, 1 to update, 0 unchanged" in said
    code, said, _ = run(capsys, "records", "import", "person", str(out), *db)
    assert code == 0 and "0 created, 1 updated" in said
    people = _people(db, capsys)
    assert len(people) == before
    assert [p["country"] for p in people if p["id"] == rows[1][0]] == ["Belgique"]


def test_import_refuses_a_file_with_bad_rows_one_line_each_and_writes_nothing(
        seeded_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(seeded_db)]
    path = tmp_path / "p.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([["Full name", "E-mail"], ["Fine", "fine@example.org"],
                                  ["Broken", "broken"], ["Also broken", "x@"]])
    before = len(_people(db, capsys))
    code, out, err = run(capsys, "records", "import", "person", str(path), *db,
                         "--map", "Full name=name", "--map", "E-mail=email", "--key", "email")
    assert code == 1 and out == ""
    lines = err.strip().splitlines()
    assert lines[0] == "row 3: Email: 'broken' is not an email address"
    assert lines[1] == "row 4: Email: 'x@' is not an email address"
    assert lines[2].startswith("nothing imported: 2 of 3 rows have errors")
    assert len(_people(db, capsys)) == before


def test_import_says_in_one_line_when_no_column_is_a_field(
        seeded_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.csv"
    path.write_text("Foo,Bar\n1,2\n", encoding="utf-8")
    code, _out, err = run(capsys, "records", "import", "person", str(path),
                          "--db", str(seeded_db))
    assert code != 0
    assert "no column of the file is a field of people" in err
    assert "Traceback" not in err
