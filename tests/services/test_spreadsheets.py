"""Spreadsheet export and import of records, with real CSV and XLSX files."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from iali_desktop.domain.errors import ValidationError
from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.services.record_export import export_records
from iali_desktop.services.record_import import (
    CREATE,
    ERROR,
    UNCHANGED,
    UPDATE,
    auto_map,
    plan_import,
    redo_import,
    undo_import,
)
from iali_desktop.services.records import RecordService, record_type
from iali_desktop.services.spreadsheet_io import read_sheet
from iali_desktop.services.workspace import Workspace


@pytest.fixture
def service(seeded_db: Path) -> Iterator[RecordService]:
    with Workspace.open(seeded_db) as ws:
        yield RecordService(ws)


def _org(service: RecordService, name: str) -> str:
    return service.create("organisation", {"name": name, "kind": "national_inspectorate"})


def _write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig",
               delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


def _import(service: RecordService, type_name: str, path: Path, key: tuple[str, ...] = (),
            write: bool = True):  # type: ignore[no-untyped-def]
    sheet = read_sheet(path)
    mapping = auto_map(record_type(type_name), sheet.headers)
    return plan_import(service, type_name, sheet, mapping, key, write=write)


def _change_count(service: RecordService) -> int:
    from iali_desktop.services.info import dump_text

    return len(dump_text(service.ws))


def test_csv_export_has_a_bom_labels_as_headers_and_displayed_values(
        service: RecordService, tmp_path: Path) -> None:
    org = _org(service, "Inspection générale du travail")
    pid = service.create("person", {"name": "Zoë Ñúñez", "organisation": org,
                                    "email": "zoe@example.org", "languages": ["fr", "es"],
                                    "roles": ["expert", "regional_representative"]})
    out = tmp_path / "people.csv"
    count = export_records(service, "person", out, query=Query(ids=(pid,)))
    assert count == 1
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the BOM
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:4] == ["ID", "Name", "Organisation", "Email"]
    assert rows[1][:4] == [pid, "Zoë Ñúñez", "Inspection générale du travail",
                           "zoe@example.org"]
    assert rows[1][6:8] == ["fr, es", "Expert, Regional representative"]


def test_an_exported_xlsx_edited_in_the_file_reimports_as_updates_without_duplicates(
        service: RecordService, tmp_path: Path) -> None:
    org = _org(service, "Arbeitsinspektion Österreich")
    service.create("member", {"organisation": org, "status": "active",
                              "joined_on": "2019-03-01"})
    before = service.count("member")
    out = tmp_path / "members.xlsx"
    export_records(service, "member", out)
    book = load_workbook(out)
    sheet = book.active
    headers = [c.value for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        if row[headers.index("Organisation")].value == "Arbeitsinspektion Österreich":
            row[headers.index("Status")].value = "Suspended"
            row[headers.index("Joined")].value = dt.datetime(2020, 1, 15)  # an Excel date
    book.save(out)

    plan = _import(service, "member", out)
    assert plan.written and plan.key == ("id",)
    assert (plan.count(UPDATE), plan.count(CREATE)) == (1, 0)
    assert plan.count(UNCHANGED) == before - 1
    assert service.count("member") == before
    member = service.list("member", Query(filters=(Filter("organisation", Op.EQ, org),)))[0]
    assert (member["status"], member["joined_on"]) == ("suspended", "2020-01-15")
    again = _import(service, "member", out)
    assert again.count(UNCHANGED) == before and again.count(UPDATE) == 0


def test_bad_rows_are_listed_with_their_line_numbers_and_nothing_is_written(
        service: RecordService, tmp_path: Path) -> None:
    _org(service, "Twin Inspectorate")
    _org(service, "Twin Inspectorate")
    path = _write_csv(tmp_path / "bad.csv", [
        ["Name", "Email", "Organisation", "Roles"],
        ["Good Person", "good@example.org", "", "Expert"],
        ["", "", "", ""],  # blank line: skipped, but it still counts in the numbering
        ["Bad Mail", "not-an-address", "", ""],
        ["Ambiguous", "amb@example.org", "Twin Inspectorate", ""],
        ["Wrong Role", "role@example.org", "", "Juggler"],
        ["", "noname@example.org", "", ""],
    ])
    before = _change_count(service)
    plan = _import(service, "person", path, key=("email",))
    assert not plan.written
    errors = {r.line: r.error for r in plan.errors}
    assert sorted(errors) == [4, 5, 6, 7]
    assert "not an email address" in errors[4]
    assert "names 2 organisation records" in errors[5]
    assert "Juggler" in errors[6]
    assert "name is required" in errors[7]
    assert [r.action for r in plan.rows if r.line == 2] == [CREATE]
    assert _change_count(service) == before
    assert not service.list("person", Query(text="Good Person"))


def test_rows_match_existing_people_by_email_whatever_the_case(
        service: RecordService, tmp_path: Path) -> None:
    pid = service.create("person", {"name": "Old Name", "email": "Mixed@Example.org"})
    path = _write_csv(tmp_path / "p.csv", [["Email", "Name", "Phone"],
                                           ["mixed@example.org", "New Name", "+33 1 23"],
                                           ["fresh@example.org", "Fresh", ""]])
    plan = _import(service, "person", path, key=("email",))
    assert plan.written and (plan.count(UPDATE), plan.count(CREATE)) == (1, 1)
    updated = next(r for r in plan.rows if r.action == UPDATE)
    assert updated.row_id == pid
    assert updated.changes == {"name": ("Old Name", "New Name"), "phone": (None, "+33 1 23")}
    assert service.get("person", pid)["phone"] == "+33 1 23"


def test_rows_match_by_name_and_organisation_and_a_repeated_key_is_a_row_error(
        service: RecordService, tmp_path: Path) -> None:
    a, b = _org(service, "Inspectorate A"), _org(service, "Inspectorate B")
    pa = service.create("person", {"name": "José García", "organisation": a})
    pb = service.create("person", {"name": "José García", "organisation": b})
    path = _write_csv(tmp_path / "p.csv", [
        ["Name", "Organisation", "Country"],
        ["josé garcía", "Inspectorate B", "Spain"],
        ["José García", "Inspectorate A", "Peru"],
        ["José García", "Inspectorate A", "Chile"],
    ])
    plan = _import(service, "person", path, key=("name", "organisation"))
    assert [(r.line, r.action) for r in plan.rows] == [(2, UPDATE), (3, UPDATE), (4, ERROR)]
    assert plan.rows[0].row_id == pb and plan.rows[1].row_id == pa
    assert "same name + organisation as row 3" in plan.rows[2].error
    assert not plan.written and service.get("person", pb)["country"] is None


def test_a_dry_run_writes_nothing_and_previews_what_the_import_then_does(
        service: RecordService, tmp_path: Path) -> None:
    path = _write_csv(tmp_path / "p.csv", [["Name", "Email"], ["Ana", "ana@example.org"]])
    before, people = _change_count(service), service.count("person")
    preview = _import(service, "person", path, key=("email",), write=False)
    assert not preview.written and preview.count(CREATE) == 1
    assert (_change_count(service), service.count("person")) == (before, people)
    done = _import(service, "person", path, key=("email",))
    assert done.written and service.count("person") == people + 1


def test_semicolon_csv_from_a_windows_excel_and_formula_like_text_round_trip(
        service: RecordService, tmp_path: Path) -> None:
    path = _write_csv(tmp_path / "win.csv", [["Name", "Phone", "Country"],
                                             ["Hélène Côté", "+1 514", "Canadá"]],
                      encoding="cp1252", delimiter=";")
    plan = _import(service, "person", path)
    assert plan.written and plan.count(CREATE) == 1
    pid = plan.rows[0].row_id or ""
    assert service.get("person", pid)["name"] == "Hélène Côté"
    service.update("person", pid, {"notes": "=HYPERLINK(\"http://x\")"})
    out = tmp_path / "out.csv"
    export_records(service, "person", out, query=Query(ids=(pid,)))
    text = out.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and "'+1 514" in text  # never run as a formula
    assert _import(service, "person", out).count(UNCHANGED) == 1


def test_excel_date_cells_and_iso_text_both_read_as_dates(
        service: RecordService, tmp_path: Path) -> None:
    _org(service, "Dated Inspectorate")
    book = Workbook()
    sheet = book.active
    sheet.append(["Organisation", "Status", "Joined", "Common Principles adopted"])
    sheet.append(["Dated Inspectorate", "active", dt.datetime(2018, 6, 30, 14, 5),
                  "2021-02-03"])
    sheet.append(["Dated Inspectorate", "active", "30/06/2018", None])
    book.save(tmp_path / "m.xlsx")
    plan = _import(service, "member", tmp_path / "m.xlsx", key=("organisation",))
    assert plan.rows[0].changes["joined_on"] == (None, "2018-06-30")
    assert plan.rows[0].changes["common_principles_on"] == (None, "2021-02-03")
    assert plan.rows[1].line == 3 and "not a date (use YYYY-MM-DD)" in plan.rows[1].error


def test_an_import_is_undone_and_redone_as_one_step_and_never_over_a_later_edit(
        service: RecordService, tmp_path: Path) -> None:
    pid = service.create("person", {"name": "Kept", "email": "kept@example.org"})
    path = _write_csv(tmp_path / "p.csv", [["Email", "Name"],
                                           ["kept@example.org", "Renamed"],
                                           ["new@example.org", "New"]])
    plan = _import(service, "person", path, key=("email",))
    applied = plan.applied()
    new_id = next(iter(applied.created))
    undo_import(service, applied)
    assert service.get("person", pid)["name"] == "Kept"
    assert not service.list("person", Query(ids=(new_id,)))
    redo_import(service, applied)
    assert service.get("person", pid)["name"] == "Renamed"
    service.update("person", pid, {"name": "Edited later"})
    with pytest.raises(ValidationError, match="changed since"):
        undo_import(service, applied)
    assert service.get("person", pid)["name"] == "Edited later"
    assert service.list("person", Query(ids=(new_id,)))  # the batch was refused whole


def test_a_file_that_is_not_a_spreadsheet_is_refused_in_one_sentence(tmp_path: Path) -> None:
    (tmp_path / "x.xlsx").write_bytes(b"not a zip")
    with pytest.raises(ValidationError, match="not a readable XLSX"):
        read_sheet(tmp_path / "x.xlsx")
    with pytest.raises(ValidationError, match=r"use a \.csv or \.xlsx"):
        read_sheet(tmp_path / "x.ods")


def test_xlsx_export_of_text_with_control_characters_writes_the_rest(
        service: RecordService, tmp_path: Path) -> None:
    pid = service.create("person", {"name": "Bell\x07 Ringer", "notes": "=1+1"})
    out = tmp_path / "p.xlsx"
    export_records(service, "person", out, query=Query(ids=(pid,)))
    row = [c.value for c in next(load_workbook(out).active.iter_rows(min_row=2))]
    assert row[1] == "Bell Ringer"
    assert row[-1] == "=1+1"  # text, never a formula: read back as the same text
    assert load_workbook(out).active.cell(row=2, column=len(row)).data_type == "s"
