"""`report meeting-pack|minutes|annual|progress|directory`: print a PDF from the database."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from iali_desktop.domain.errors import ValidationError
from iali_desktop.reports import (
    LANGUAGES,
    build_annual_report,
    build_directory,
    build_meeting_pack,
    build_minutes,
    build_progress_report,
)
from iali_desktop.services.workspace import A_REPORT, Workspace

from .common import open_workspace


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument("--out", required=True, type=Path, help="the PDF file to write")
    options.add_argument("--lang", choices=sorted(LANGUAGES), default="en",
                         help="language of the report (default en)")
    options.add_argument("--page-size", choices=("A4", "Letter"), default="A4",
                         help="paper size (default A4)")
    report = sub.add_parser("report", parents=[common], help="print a report to a PDF file")
    kinds = report.add_subparsers(dest="report", metavar="REPORT", required=True)

    p = kinds.add_parser("meeting-pack", parents=[common, options], aliases=["pack"],
                         help="the pack for an EC meeting: agenda and each item's papers")
    p.add_argument("--meeting", required=True, help="id of the EC meeting (an event)")
    p.add_argument("--as-of", type=_day, metavar="YYYY-MM-DD",
                   help="the day the pack shows the records as of (default: the meeting's "
                        "date); the same data and day print the same file")
    p.add_argument("--plan", help="id of the action plan whose status it shows (default: "
                                  "the plan covering the meeting's year)")
    p.set_defaults(func=cmd_meeting_pack)

    p = kinds.add_parser("minutes", parents=[common, options],
                         help="the minutes of an EC meeting: attendance, minutes, decisions, "
                              "actions (marked draft until approved)")
    p.add_argument("--meeting", required=True, help="id of the EC meeting (an event)")
    p.set_defaults(func=cmd_minutes)

    p = kinds.add_parser("annual", parents=[common, options],
                         help="the annual evaluation of the action plan for a year")
    p.add_argument("--year", required=True, type=int)
    p.set_defaults(func=cmd_annual)

    p = kinds.add_parser("progress", parents=[common, options],
                         help="the progress report to the General Assembly for a plan")
    p.add_argument("--plan", required=True, help="id of the action plan")
    p.set_defaults(func=cmd_progress)

    p = kinds.add_parser("directory", parents=[common, options],
                         help="organisations and contacts by region (or experts by skill)")
    p.add_argument("--experts", action="store_true", help="the directory of experts instead")
    p.set_defaults(func=cmd_directory)


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def _check_out(out: Path) -> Path:
    if out.is_dir():
        raise ValidationError(f"{out} is a folder; give the PDF file to write")
    if not out.parent.exists():
        raise ValidationError(f"the folder {out.parent} does not exist")
    return out


def _run(args: argparse.Namespace, build: Callable[[Workspace, Path], Path]) -> int:
    out = _check_out(args.out)
    with open_workspace(args) as ws:
        ws.refuse_own_files(out, A_REPORT)
        try:
            path = build(ws, out)
        except OSError as exc:
            raise ValidationError(f"cannot write {out}: {exc.strerror or exc}") from None
    sys.stdout.write(f"wrote {path}\n")
    return 0


def cmd_meeting_pack(args: argparse.Namespace) -> int:
    return _run(args, lambda ws, out: build_meeting_pack(
        ws, args.meeting, out, args.lang, args.page_size, as_of=args.as_of, plan_id=args.plan))


def cmd_minutes(args: argparse.Namespace) -> int:
    return _run(args, lambda ws, out: build_minutes(ws, args.meeting, out, args.lang,
                                                    args.page_size))


def cmd_annual(args: argparse.Namespace) -> int:
    return _run(args, lambda ws, out: build_annual_report(ws, args.year, out, args.lang,
                                                          args.page_size))


def cmd_progress(args: argparse.Namespace) -> int:
    return _run(args, lambda ws, out: build_progress_report(ws, args.plan, out, args.lang,
                                                            args.page_size))


def cmd_directory(args: argparse.Namespace) -> int:
    return _run(args, lambda ws, out: build_directory(ws, out, args.experts, args.lang,
                                                      args.page_size))
