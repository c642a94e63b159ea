"""Export the records of one type, as a table shows them, to a CSV or XLSX file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from iali_desktop.domain.errors import ValidationError
from iali_desktop.domain.fields import FieldSpec, RecordType
from iali_desktop.domain.query import Query
from iali_desktop.domain.translation import _

from .records import RecordService, record_type
from .sheet_values import DEFAULT_LABELS, Labels, cell_of
from .spreadsheet_io import Cell, Progress, file_format, write_sheet

ID_HEADER = "ID"  # first column: the record id, so an edited file updates, never duplicates


def exported_fields(rt: RecordType, names: Sequence[str] | None) -> list[FieldSpec]:
    """The fields to export: the named ones in that order, or every field."""
    if names is None:
        return list(rt.fields)
    unknown = [n for n in names if not rt.has_field(n)]
    if unknown:
        raise ValidationError(_("'{type}' has no field '{field}'", type=rt.name, field=unknown[0]))
    return [rt.field(n) for n in names]


def export_records(service: RecordService, type_name: str, path: Path, *,
                   query: Query = Query(), fields: Sequence[str] | None = None,
                   labels: Labels = DEFAULT_LABELS, progress: Progress | None = None) -> int:
    """Write the records the query selects (in its order) with the given columns, headed
    by the fields' labels; returns how many records were written."""
    rt = record_type(type_name)
    file_format(path)
    specs = exported_fields(rt, fields)
    if progress:
        progress(0, 0, "Reading records…")
    rows = service.list(type_name, query)
    wanted: dict[str, set[str]] = {}
    for spec in specs:
        if not spec.is_ref:
            continue
        for row in rows:
            value = row[spec.name]
            if value:
                wanted.setdefault(spec.target or "", set()).update(
                    value if isinstance(value, list) else [value])
    titles: dict[str, str] = {}
    for target, ids in wanted.items():
        titles.update(service.titles(target, sorted(ids)))
    if progress:
        progress(0, len(rows), "Writing the file…")
    table: list[list[Cell]] = [
        [row["id"], *[cell_of(s, row[s.name], titles, labels) for s in specs]]
        for row in rows
    ]
    write_sheet(path, [ID_HEADER, *[labels.header(s) for s in specs]], table,
                sheet_title=rt.plural)
    if progress:
        progress(len(rows), len(rows), "Done")
    return len(rows)
