"""`calendar export`: events as an iCalendar (.ics) file for calendar programs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from iali_desktop.domain.errors import ValidationError
from iali_desktop.services.calendar_export import CalendarService
from iali_desktop.services.profile import load_profile

from .common import open_workspace


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    cal = sub.add_parser("calendar", parents=[common],
                         help="export events to a calendar file (.ics)")
    verbs = cal.add_subparsers(dest="verb", metavar="VERB", required=True)
    p = verbs.add_parser(
        "export", parents=[common],
        help="write events (all, past and upcoming, unless filtered) to an .ics file; "
             "importing a newer file updates the events instead of adding copies")
    p.add_argument("--out", required=True, type=Path,
                   help="the .ics file to write (replaced if it exists)")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--person", metavar="ID", help="only events this person takes part in")
    which.add_argument("--mine", action="store_true",
                       help="only events the person set as you in the profile takes part in")
    which.add_argument("--event", metavar="ID", help="only this event")
    p.add_argument("--region", metavar="ID", help="only events of this region")
    p.set_defaults(func=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        service = CalendarService(ws)
        person = args.person
        if args.mine:
            profile = load_profile(ws)
            if profile is None or profile.person is None:
                raise ValidationError("no person is set as you in the profile; "
                                      "give --person ID")
            person = profile.person
        if args.event is not None:
            if args.region is not None:
                raise ValidationError("--event and --region cannot be combined")
            result = service.export_event(args.event, args.out)
        else:
            result = service.export(args.out, region=args.region, person=person)
    cancelled = f", {result.cancelled} of them cancelled" if result.cancelled else ""
    skipped = f"; {result.skipped} without a start date left out" if result.skipped else ""
    sys.stdout.write(f"wrote {result.events} events{cancelled} to {result.path}{skipped}\n")
    return 0
