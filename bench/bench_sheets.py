"""How long a 10,000-row spreadsheet import takes, previewed and written.

Run on demand (not a test): `.venv/bin/python bench/bench_sheets.py [--rows N]`.
Makes a seeded database in a temporary folder, generates a CSV of N organisations and a
CSV of N members (each naming its organisation by title, with accents and dates), and
times through the services, as the CLI and the window call them:

- the preview (dry run) and the import of the organisations;
- the preview and the import of the members (references resolved by title);
- the export of the members to XLSX and the preview of re-importing it (all unchanged).
"""

from __future__ import annotations

import argparse
import csv
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from iali_desktop.services.record_export import export_records
from iali_desktop.services.record_import import auto_map, plan_import
from iali_desktop.services.records import RecordService, record_type
from iali_desktop.services.setup import initialise
from iali_desktop.services.spreadsheet_io import read_sheet


def timed(label: str, work: Callable[[], Any]) -> Any:
    start = time.perf_counter()
    result = work()
    print(f"{label:<40} {time.perf_counter() - start:7.1f} s")
    return result


def run_import(service: RecordService, type_name: str, path: Path, write: bool) -> str:
    sheet = read_sheet(path)
    mapping = auto_map(record_type(type_name), sheet.headers)
    plan = plan_import(service, type_name, sheet, mapping, write=write)
    assert not plan.errors, plan.errors[:3]
    return plan.summary()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        orgs, members = root / "organisations.csv", root / "members.csv"
        with orgs.open("w", encoding="utf-8-sig", newline="") as fh:
            out = csv.writer(fh)
            out.writerow(["Name", "Kind", "Country"])
            for i in range(args.rows):
                out.writerow([f"Inspection du travail n° {i}", "National inspectorate",
                              "Côte d'Ivoire"])
        with members.open("w", encoding="utf-8-sig", newline="") as fh:
            out = csv.writer(fh)
            out.writerow(["Organisation", "Status", "Joined"])
            for i in range(args.rows):
                out.writerow([f"Inspection du travail n° {i}", "Active",
                              f"{2000 + i % 25}-0{1 + i % 9}-1{i % 10}"])
        ws, _ = initialise(root / "bench.db", "Bench")
        with ws:
            service = RecordService(ws)
            for type_name, path in (("organisation", orgs), ("member", members)):
                print(timed(f"preview {args.rows:,} {type_name} rows",
                            lambda t=type_name, p=path: run_import(service, t, p, False)))
                print(timed(f"import {args.rows:,} {type_name} rows",
                            lambda t=type_name, p=path: run_import(service, t, p, True)))
            xlsx = root / "members.xlsx"
            timed("export members to XLSX", lambda: export_records(service, "member", xlsx))
            print(timed("preview re-import of that XLSX",
                        lambda: run_import(service, "member", xlsx, False)))


if __name__ == "__main__":
    main()
