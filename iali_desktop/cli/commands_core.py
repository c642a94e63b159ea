"""`init`, `info`, `dump` and `search`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from iali_desktop.domain.errors import ValidationError
from iali_desktop.services import info as info_service
from iali_desktop.services import paths
from iali_desktop.services.demo_database import create_demo_database
from iali_desktop.services.profile import Profile, load_profile, save_profile
from iali_desktop.services.search import SearchService
from iali_desktop.services.setup import initialise, rename

from .common import db_path, open_workspace
from .output import print_json, print_table


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[common], help="create and seed a database")
    p.add_argument("--name", help="this replica's display name (e.g. 'Ana, Americas'); the "
                                  "window then skips its first-run questions")
    p.add_argument("--rename", action="store_true",
                   help="with --name on a database already set up: change its name")
    p.add_argument("--demo", action="store_true",
                   help="create the separate sample-data database (a clearly marked "
                        "fictional dataset; without --db, the standard sample-data file)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("info", parents=[common], help="replica, schema version and counts")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("dump", parents=[common],
                       help="canonical JSON of every live record (identical data, identical text)")
    p.set_defaults(func=cmd_dump)

    p = sub.add_parser("search", parents=[common], help="full-text search over every record")
    p.add_argument("text")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=cmd_search)


def cmd_init(args: argparse.Namespace) -> int:
    if args.demo:
        return _init_demo(args)
    ws, created = initialise(db_path(args))
    with ws:
        identity = ws.identity()
        if args.name and created:
            rename(ws, args.name)
            # The name was given here: the window need not ask for it on first start.
            if load_profile(ws) is None:
                save_profile(ws, Profile(role=None, region=None))
        elif args.name and " ".join(args.name.split()) != identity.name:
            if not args.rename:
                raise ValidationError(
                    f"{ws.path} is already set up as '{identity.name}'; to rename it, run "
                    f"init again with --rename (or change the name in the window's Settings)")
            rename(ws, args.name)
        identity = ws.identity()
        verb = "created" if created else "already set up:"
        print(f"{verb} {ws.path} as replica '{identity.name}' ({identity.replica_id})")
        print(f"key fingerprint: {identity.fingerprint}")
    return 0


def _init_demo(args: argparse.Namespace) -> int:
    """The demo dataset only ever goes into a database of its own."""
    path = db_path(args) or paths.demo_db_path()
    ws, added = create_demo_database(path, args.name)
    with ws:
        if added:
            print(f"added {added} demo records (fictional, marked as demo data)")
        else:
            print("the fictional demo dataset is here already; nothing added")
        print(f"sample-data database: {ws.path} (it makes no bundles for colleagues)")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        data = info_service.info(ws)
    if args.json:
        print_json(data)
        return 0
    print(f"database:  {data['database']}")
    print(f"replica:   {data['replica']['name']} ({data['replica']['id']})")
    print(f"key:       {data['replica']['fingerprint']}")
    print(f"schema:    {data['schema_version']}")
    if data["demo"]:
        print("data:      includes the fictional demo dataset")
    print("plans:")
    for plan in data["plans"]:
        print(f"  {plan['period']}  {plan['title']}  [{plan['status']}]")
    print("records:")
    for name, count in data["counts"].items():
        print(f"  {name:<28}{count:>7}")
    return 0


def cmd_dump(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        sys.stdout.write(info_service.dump_text(ws))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        hits = SearchService(ws).search(args.text, limit=args.limit)
    if args.json:
        print_json([{"type": h.record_type, "id": h.row_id, "title": h.title,
                     "snippet": h.snippet} for h in hits])
        return 0
    if not hits:
        print(f"nothing found for '{args.text}'")
        return 0
    print_table(["type", "id", "title"], [[h.record_type, h.row_id, h.title] for h in hits])
    return 0
