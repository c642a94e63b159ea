"""`records export-person`: everything held about one person, as JSON or PDF."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from iali_desktop.domain.errors import ValidationError
from iali_desktop.reports.person_data import build_person_data
from iali_desktop.services import person_data

from .common import open_workspace


def register(rsub: Any, common: argparse.ArgumentParser) -> None:
    p = rsub.add_parser("export-person", parents=[common],
                        help="everything held about one person, as JSON or PDF")
    p.add_argument("id", help="the person's id")
    p.add_argument("--out", required=True, type=Path,
                   help="the file to write: .json, or .pdf for a printable copy")
    p.set_defaults(func=cmd_export_person)


def cmd_export_person(args: argparse.Namespace) -> int:
    out: Path = args.out
    suffix = out.suffix.lower()
    if suffix not in (".json", ".pdf"):
        raise ValidationError("--out must end in .json or .pdf")
    with open_workspace(args) as ws:
        if suffix == ".pdf":
            build_person_data(ws, args.id, out)
        else:
            person_data.export_json(ws, args.id, out)
    print(f"wrote {out}")
    return 0
