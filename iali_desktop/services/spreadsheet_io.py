"""Rows of cells in and out of CSV and XLSX files, knowing nothing about records.

CSV is written as UTF-8 with a byte-order mark (`utf-8-sig`) so that Excel opens accents
right, and read with or without one; a file that is not UTF-8 is read as Windows-1252,
what Excel's plain "CSV" saves on Windows. A semicolon-separated file (Excel in French or
Spanish settings) is recognised by its header line. XLSX goes through openpyxl: dates come
back as `datetime` cells, and text is always written as text, never as a formula.

Text cells that start with `=`, `+`, `-` or `@` are written to CSV behind an apostrophe,
so a spreadsheet program never runs them as formulas (CSV injection); the reader takes
that apostrophe off again, so a file exported here re-imports unchanged.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from iali_desktop.domain.errors import ValidationError
from iali_desktop.domain.translation import _

Cell = str | int | float | bool | dt.date | dt.datetime | None
Progress = Callable[[int, int, str], None]

MAX_ROWS = 200_000  # far above any real register; a bigger file is refused, not read
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
FORMATS = ("csv", "xlsx")


@dataclass(frozen=True)
class Sheet:
    """The header line and the data rows of a file; `rows` pairs each row with its line
    number as a spreadsheet shows it (the header is line 1)."""

    headers: list[str]
    rows: list[tuple[int, list[Cell]]]


def file_format(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ValidationError(_("{name}: use a .csv or .xlsx file", name=path.name))
    return suffix


def read_sheet(path: Path) -> Sheet:
    """The first sheet of an XLSX file or the rows of a CSV file; blank lines skipped."""
    fmt = file_format(path)
    try:
        raw_rows = _read_xlsx(path) if fmt == "xlsx" else _read_csv(path)
        rows = [list(r) for r in raw_rows]
    except OSError as exc:
        raise ValidationError(_("cannot read {name}: {strerror}",
                                name=path.name, strerror=exc.strerror or exc)) from None
    if not rows:
        raise ValidationError(_("{name} is empty", name=path.name))
    headers = [_header(c) for c in rows[0]]
    while headers and not headers[-1]:
        headers.pop()
    if not any(headers):
        raise ValidationError(_("{name}: the first line holds no column names", name=path.name))
    width = len(headers)
    data: list[tuple[int, list[Cell]]] = []
    for number, row in enumerate(rows[1:], start=2):
        cells = [_unescape(c) for c in row[:width]]
        cells += [None] * (width - len(cells))
        if any(c not in (None, "") for c in cells):
            data.append((number, cells))
    return Sheet(headers, data)


def _header(cell: Any) -> str:
    return "" if cell is None else str(cell).strip()


def _unescape(cell: Any) -> Cell:
    if isinstance(cell, str) and len(cell) > 1 and cell[0] == "'" \
            and cell[1].startswith(_FORMULA_START):
        return cell[1:]
    return cell  # type: ignore[no-any-return]


def _read_csv(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    rows = []
    for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        rows.append(row)
        if len(rows) > MAX_ROWS + 1:
            raise ValidationError(_("{name} has more than {limit:,} rows",
                                    name=path.name, limit=MAX_ROWS))
    return rows


def _read_xlsx(path: Path) -> list[tuple[Any, ...]]:
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ValidationError(_("{name} is not a readable XLSX workbook ({exc})",
                                name=path.name, exc=exc)) from None
    try:
        sheet = book.worksheets[0]
        rows = []
        for row in sheet.iter_rows(values_only=True):
            rows.append(row)
            if len(rows) > MAX_ROWS + 1:
                raise ValidationError(_("{name} has more than {limit:,} rows",
                                        name=path.name, limit=MAX_ROWS))
        return rows
    finally:
        book.close()


def write_sheet(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]],
                sheet_title: str = "Records") -> None:
    """Write a CSV or XLSX file (by the path's suffix) through a temporary file beside it,
    so a failed export never leaves half a file under the chosen name."""
    fmt = file_format(path)
    partial = path.with_name(f".{path.name}.partial")
    try:
        if fmt == "xlsx":
            _write_xlsx(partial, headers, rows, sheet_title)
        else:
            _write_csv(partial, headers, rows)
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ValidationError(_("cannot write {name}: {strerror}",
                                name=path.name, strerror=exc.strerror or exc)) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _csv_text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "yes" if cell else "no"
    if isinstance(cell, dt.date):
        return cell.isoformat()
    text = str(cell)
    if isinstance(cell, str) and text.startswith(_FORMULA_START):
        return "'" + text
    return text


def _write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(headers)
        for row in rows:
            out.writerow([_csv_text(c) for c in row])


def _write_xlsx(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]],
                sheet_title: str) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet(sheet_title[:31] or "Records")
    bold = Font(bold=True)
    head = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        head.append(cell)
    sheet.append(head)
    for row in rows:
        cells = []
        for value in row:
            if isinstance(value, str):  # XLSX cannot hold control characters
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # text starting with "=" stays text, not a formula
            elif isinstance(value, dt.date):
                cell.number_format = "yyyy-mm-dd"
            cells.append(cell)
        sheet.append(cells)
    book.save(path)
