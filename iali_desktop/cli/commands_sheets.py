"""`records export` and `records import`: spreadsheets (CSV, XLSX) in and out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from iali_desktop.domain.errors import ValidationError
from iali_desktop.domain.fields import RecordType
from iali_desktop.domain.query import Query
from iali_desktop.domain.values import Value
from iali_desktop.services.record_export import export_records
from iali_desktop.services.record_import import (
    ERROR,
    UPDATE,
    ColumnMap,
    ImportPlan,
    auto_map,
    parse_key,
    plan_import,
)
from iali_desktop.services.records import RecordService, record_type
from iali_desktop.services.spreadsheet_io import Progress, read_sheet

from .common import open_workspace, where_filters

SHOWN_CHANGES = 50  # a dry run lists this many updates, then counts the rest


def register_sheets(rsub: Any, common: argparse.ArgumentParser) -> None:
    p = rsub.add_parser("export", parents=[common],
                        help="write records of a type to a .csv or .xlsx file")
    p.add_argument("type")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.csv|FILE.xlsx")
    p.add_argument("--where", action="append", default=[], metavar="FIELD=VALUE",
                   help="keep records whose FIELD equals VALUE (list fields: contains it)")
    p.add_argument("--fields", default=None, metavar="F1,F2",
                   help="the columns, in order (default: every field)")
    p.set_defaults(func=cmd_export)

    p = rsub.add_parser("import", parents=[common],
                        help="create or update records of a type from a .csv or .xlsx file")
    p.add_argument("type")
    p.add_argument("file", type=Path)
    p.add_argument("--key", default=None, metavar="FIELD[+FIELD]",
                   help="match existing records on these fields (default: the ID column "
                        "when there is one, else the record's title fields)")
    p.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                   help="read the column headed COLUMN into FIELD ('' to skip a column)")
    p.add_argument("--dry-run", action="store_true",
                   help="show what would be created and updated; write nothing")
    p.set_defaults(func=cmd_import)


def cmd_export(args: argparse.Namespace) -> int:
    rt = record_type(args.type)
    fields = [f.strip() for f in args.fields.split(",") if f.strip()] if args.fields else None
    query = Query(filters=where_filters(rt, args.where), order=rt.default_order)
    with open_workspace(args) as ws:
        count = export_records(RecordService(ws), rt.name, args.out, query=query,
                               fields=fields)
    noun = rt.label.lower() if count == 1 else rt.plural.lower()
    print(f"exported {count} {noun} to {args.out}")
    return 0


def _mapping(rt: RecordType, headers: list[str], given: list[str]) -> ColumnMap:
    mapping = auto_map(rt, headers)
    by_header = {h.strip().casefold(): i for i, h in enumerate(headers)}
    for item in given:
        if "=" not in item:
            raise ValidationError(f"'{item}' is not COLUMN=FIELD")
        column, name = (part.strip() for part in item.split("=", 1))
        index = by_header.get(column.casefold())
        if index is None:
            raise ValidationError(f"the file has no column '{column}'")
        mapping.pop(index, None)
        if name:
            if name != "id" and not rt.has_field(name):
                raise ValidationError(f"'{rt.name}' has no field '{name}'")
            mapping = {i: n for i, n in mapping.items() if n != name}
            mapping[index] = name
    if not mapping:
        raise ValidationError(
            f"no column of the file is a field of {rt.plural.lower()} (headers: "
            f"{', '.join(headers)}); name them with --map COLUMN=FIELD")
    return mapping


def _shown(value: Value) -> str:
    if value is None:
        return "(empty)"
    if isinstance(value, list):
        return ", ".join(value)
    return str(value)


def _report(plan: ImportPlan, dry_run: bool) -> None:
    updates = [r for r in plan.rows if r.action == UPDATE]
    if dry_run:
        for row in updates[:SHOWN_CHANGES]:
            diffs = "; ".join(f"{f}: {_shown(old)} -> {_shown(new)}"
                              for f, (old, new) in row.changes.items())
            print(f"row {row.line}: update {row.row_id}: {diffs}")
        if len(updates) > SHOWN_CHANGES:
            print(f"... and {len(updates) - SHOWN_CHANGES} more updates")


def _terminal_progress() -> Progress:
    """A one-line progress report on a terminal, rewritten in place."""

    def show(done: int, total: int, message: str) -> None:
        percent = f"{100 * done // total:3d} % " if total else ""
        end = "\n" if total and done >= total else ""
        print(f"\r{percent}{message:<40}", end=end, file=sys.stderr, flush=True)

    return show


def cmd_import(args: argparse.Namespace) -> int:
    rt = record_type(args.type)
    sheet = read_sheet(args.file)
    mapping = _mapping(rt, sheet.headers, args.map)
    with open_workspace(args) as ws:
        service = RecordService(ws)
        key = parse_key(rt, args.key) if args.key else ()
        plan = plan_import(service, rt.name, sheet, mapping, key, write=not args.dry_run,
                           progress=_terminal_progress() if sys.stderr.isatty() else None)
    if plan.errors:
        for row in plan.rows:
            if row.action == ERROR:
                print(f"row {row.line}: {row.error}", file=sys.stderr)
        print(f"nothing imported: {len(plan.errors)} of {len(plan.rows)} rows have errors "
              f"({plan.summary()})", file=sys.stderr)
        return 1
    _report(plan, args.dry_run)
    columns = ", ".join(f"{sheet.headers[i]} -> {n}" for i, n in sorted(mapping.items()))
    print(f"columns: {columns}; matched on {' + '.join(plan.key) or 'nothing (all new)'}")
    if args.dry_run:
        print(f"dry run, nothing written: {plan.summary()}")
    else:
        done = plan.summary().replace("to create", "created").replace("to update", "updated")
        print(f"imported {rt.plural.lower()}: {done}")
    return 0
