"""`attach add|list|get|remove|purge`: files attached to records."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from iali_desktop.domain.sizes import human_size
from iali_desktop.services import attachments
from iali_desktop.services.records import RecordService, record_type

from .common import open_workspace
from .output import print_json, print_table


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    attach = sub.add_parser("attach", help="files attached to records")
    asub = attach.add_subparsers(dest="attach_command", metavar="ACTION", required=True)

    p = asub.add_parser("add", parents=[common],
                        help="attach a file to a record; prints the attachment's id")
    p.add_argument("type", help="the record's type (see 'records types')")
    p.add_argument("id", help="the record's id")
    p.add_argument("file", type=Path)
    p.add_argument("--name", default=None, help="the name to show (default: the file's)")
    p.set_defaults(func=cmd_add)

    p = asub.add_parser("list", parents=[common], help="the files attached to a record")
    p.add_argument("type")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = asub.add_parser("get", parents=[common], help="save an attached file's content")
    p.add_argument("attachment_id")
    p.add_argument("--out", required=True, type=Path, help="the file to write")
    p.set_defaults(func=cmd_get)

    p = asub.add_parser("remove", parents=[common],
                        help="remove an attachment (a deletion that syncs; restorable)")
    p.add_argument("attachment_id")
    p.set_defaults(func=cmd_remove)

    p = asub.add_parser("purge", parents=[common],
                        help="free the content of files no live attachment uses any more")
    p.set_defaults(func=cmd_purge)


def cmd_add(args: argparse.Namespace) -> int:
    record_type(args.type)  # an unknown type is refused before the database is opened
    with open_workspace(args) as ws:
        print(attachments.attach(ws, args.type, args.id, args.file, name=args.name))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    rt = record_type(args.type)
    with open_workspace(args) as ws:
        found = attachments.list_for(ws, rt.name, args.id)
        if not found:
            RecordService(ws).get(rt.name, args.id)  # say so when the record is unknown
    if args.json:
        print_json([{"id": a.id, "name": a.name, "media_type": a.media_type, "size": a.size,
                     "sha256": a.sha256, "added_by": a.added_by, "added_at": a.added_at,
                     "present": a.present} for a in found])
        return 0
    print_table(["id", "name", "type", "size", "added by", "added on"],
                [[a.id, a.name, a.media_type, human_size(a.size) if a.present
                  else f"{human_size(a.size)}, not received yet", a.added_by, a.added_at[:10]]
                 for a in found])
    print(f"{len(found)} attachment{'' if len(found) == 1 else 's'}")
    return 0


def cmd_get(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        found = attachments.get(ws, args.attachment_id)
        attachments.save_copy(ws, args.attachment_id, args.out)
    print(f"saved '{found.name}' ({human_size(found.size)}) to {args.out}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        found = attachments.get(ws, args.attachment_id)
        attachments.remove(ws, args.attachment_id)
    print(f"removed attachment '{found.name}' (restore with "
          f"'records restore attachment {args.attachment_id}')")
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        count, freed = attachments.purge_unreferenced(ws)
    print(f"freed {count} file{'' if count == 1 else 's'} ({human_size(freed)})")
    return 0
