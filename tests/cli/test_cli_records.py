"""`records` verbs: listing, showing, adding, changing, deleting and restoring records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from iali_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_types_and_fields(seeded_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "records", "types", "--db", str(seeded_db), "--json")
    names = [t["name"] for t in json.loads(out)]
    for expected in ("action_plan", "task", "organisation", "engagement", "agreement", "event",
                     "agenda_item", "decision", "member", "dues", "expert",
                     "assistance_request", "ibor_assessment", "publication", "term"):
        assert expected in names
    _code, out, _ = run(capsys, "records", "fields", "task", "--db", str(seeded_db), "--json")
    fields = {f["name"]: f for f in json.loads(out)}
    assert fields["status"]["kind"] == "choice" and "in_progress" in fields["status"]["choices"]
    assert fields["owner"]["target"] == "person"
    assert fields["title"]["required"] is True


def test_add_show_set_list_delete_restore(seeded_db: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(seeded_db)]
    code, out, err = run(capsys, "records", "add", "person", *db, "name=Olena Kovalenko",
                         "email=olena@example.org", "languages=uk, en", "roles=expert,contact")
    assert code == 0, err
    pid = out.strip()
    code, out, _ = run(capsys, "records", "show", "person", pid, *db, "--json")
    shown = json.loads(out)
    assert shown["languages"] == ["uk", "en"] and shown["roles"] == ["expert", "contact"]

    code, out, _ = run(capsys, "records", "set", "person", pid, *db, "phone=+380 44 000")
    assert code == 0 and "phone" in out
    code, out, _ = run(capsys, "records", "list", "person", *db, "--where", "roles=expert",
                       "--json")
    assert [r["id"] for r in json.loads(out)] == [pid]

    code, out, _ = run(capsys, "records", "delete", "person", pid, *db)
    assert code == 0 and "Olena" in out
    code, out, _ = run(capsys, "records", "list", "person", *db, "--json")
    assert pid not in [r["id"] for r in json.loads(out)]
    assert pid not in run(capsys, "dump", *db)[1]

    assert run(capsys, "records", "restore", "person", pid, *db)[0] == 0
    assert pid in run(capsys, "dump", *db)[1]


def test_references_take_ids_and_show_titles(seeded_db: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(seeded_db)]
    org = run(capsys, "records", "add", "organisation", *db, "name=Labour Department",
              "kind=national_inspectorate", "country=Ghana")[1].strip()
    person = run(capsys, "records", "add", "person", *db, "name=Kwame Mensah",
                 f"organisation={org}")[1].strip()
    code, out, _ = run(capsys, "records", "show", "person", person, *db)
    assert code == 0 and "Labour Department" in out


def test_a_change_is_logged_as_a_version_of_each_field(
        seeded_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(seeded_db)]
    before = json.loads(run(capsys, "info", *db, "--json")[1])["changes"]
    pid = run(capsys, "records", "add", "person", *db, "name=A", "country=Chile")[1].strip()
    run(capsys, "records", "set", "person", pid, *db, "country=Peru")
    run(capsys, "records", "delete", "person", pid, *db)
    after = json.loads(run(capsys, "info", *db, "--json")[1])["changes"]
    assert after - before == 4  # name, country, country again, the tombstone


BAD_INPUT = [
    (["records", "list", "starship"], "unknown record type"),
    (["records", "add", "person", "nmae=X"], "has no field 'nmae'"),
    (["records", "add", "event", "name=X", "kind=webinar", "start_date=2024-13-40"],
     "not a date"),
    (["records", "add", "person", "name=X", "organisation=0190f5a0-0000-7000-8000-000000000000"],
     "no organisation with id"),
    (["records", "add", "task", "title=X", "kind=chore"], "not one of"),
    (["records", "add", "organisation", "kind=funder"], "name is required"),
    (["records", "set", "person", "0190f5a0-0000-7000-8000-000000000000", "name=X"],
     "no person with id"),
    (["records", "add", "person", "name=X", "email=not-an-address"], "not an email"),
    (["records", "add", "task", "title=X", "kind=specific_task", "progress=lots"],
     "not a whole number"),
    (["records", "add", "person", "justtext"], "is not FIELD=VALUE"),
]


@pytest.mark.parametrize(("argv", "message"), BAD_INPUT)
def test_bad_input_is_one_clear_line_and_changes_nothing(
        seeded_db: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    before = run(capsys, "dump", "--db", str(seeded_db))[1]
    code, _out, err = run(capsys, *argv, "--db", str(seeded_db))
    assert code != 0
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert run(capsys, "dump", "--db", str(seeded_db))[1] == before


def test_missing_database_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "info", "--db", str(tmp_path / "none.db"))
    assert code == 1 and "no database" in err
    assert not (tmp_path / "none.db").exists()


def test_foreign_files_are_refused_and_left_alone(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    text_file = tmp_path / "notes.db"
    text_file.write_text("shopping list\n")
    code, _, err = run(capsys, "info", "--db", str(text_file))
    assert code == 1 and "not an IALI Desktop database" in err
    assert text_file.read_text() == "shopping list\n"

    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    code, _, err = run(capsys, "init", "--db", str(other))
    assert code == 1 and "not an IALI Desktop database" in err
    with sqlite3.connect(other) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert names == {"recipes"}
