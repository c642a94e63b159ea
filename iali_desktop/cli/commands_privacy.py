"""`records export-person` and `records erase`: a person's data, exported or erased."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from iali_desktop.domain.errors import ValidationError
from iali_desktop.reports.person_data import build_person_data
from iali_desktop.services import erasure, person_data
from iali_desktop.services.backups import holding_erased
from iali_desktop.services.records import record_type

from .common import open_workspace


def register(rsub: Any, common: argparse.ArgumentParser) -> None:
    p = rsub.add_parser("export-person", parents=[common],
                        help="everything held about one person, as JSON or PDF")
    p.add_argument("id", help="the person's id")
    p.add_argument("--out", required=True, type=Path,
                   help="the file to write: .json, or .pdf for a printable copy")
    p.set_defaults(func=cmd_export_person)

    p = rsub.add_parser("erase", parents=[common],
                        help="erase a record's personal data for good (on every replica "
                             "that syncs)")
    p.add_argument("type", help="the record type (person)")
    p.add_argument("id")
    p.add_argument("--yes", action="store_true",
                   help="do not ask for confirmation (it cannot be undone)")
    p.set_defaults(func=cmd_erase)


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


def cmd_erase(args: argparse.Namespace) -> int:
    rt = record_type(args.type)
    if not erasure.erasable(rt.name):
        raise ValidationError(f"a {rt.label.lower()} record holds no personal data to erase")
    if not args.yes:
        if not sys.stdin.isatty():
            raise ValidationError("erasing cannot be undone: add --yes to confirm")
        answer = input(f"Erase the personal data of {rt.label.lower()} {args.id} on every "
                       "replica, for good? Type 'erase' to confirm: ")
        if answer.strip() != "erase":
            print("nothing erased")
            return 1
    with open_workspace(args) as ws:
        done = erasure.erase(ws, rt.name, args.id)
        old = holding_erased(ws)
    print(f"erased {', '.join(done.fields)} of {rt.label.lower()} {args.id} "
          f"({done.versions} versions in the change log); the erasure travels in the next "
          "bundles")
    if old:
        print(f"{len(old)} backups made before it still hold erased data; delete them with "
              "'iali-desktop backups --purge-before-erasure'")
    return 0
