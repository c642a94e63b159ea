"""`sync folder set|run|status`: sync through a folder a file-sync engine shares."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from iali_desktop.domain.errors import ValidationError
from iali_desktop.services.folder_status import FolderStatus
from iali_desktop.services.sync_folder import SyncFolderService

from .common import open_workspace
from .output import print_json, print_table


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("sync", parents=[common], help="sync through a shared folder")
    sync_sub = p.add_subparsers(dest="sync_command", metavar="WHAT", required=True)
    folder = sync_sub.add_parser("folder", parents=[common],
                                 help="a folder that Syncthing, a cloud drive or a share "
                                      "keeps in step with colleagues")
    actions = folder.add_subparsers(dest="folder_command", metavar="ACTION", required=True)
    s = actions.add_parser("set", parents=[common], help="name the shared folder")
    s.add_argument("path", type=Path, nargs="?",
                   help="the folder (not the database's own folder)")
    s.add_argument("--off", action="store_true", help="stop syncing through a folder")
    s.set_defaults(func=cmd_set)
    r = actions.add_parser("run", parents=[common],
                           help="one pass: write what is outgoing, import what is new from "
                                "trusted colleagues, list what waits for a decision")
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=cmd_run)
    t = actions.add_parser("status", parents=[common], help="what the last passes did")
    t.add_argument("--json", action="store_true")
    t.set_defaults(func=cmd_status)


def cmd_set(args: argparse.Namespace) -> int:
    if args.off == (args.path is not None):
        raise ValidationError("give the folder, or --off")
    with open_workspace(args) as ws:
        folder = SyncFolderService(ws).set_folder(None if args.off else args.path)
    print(f"sync folder: {folder}" if folder else "no sync folder any more")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        result = SyncFolderService(ws).run()
    if args.json:
        print_json({**result.status.summary(),
                    "imported": [{"file": f, "message": m} for f, m in result.imported],
                    "written": result.written, "pruned": result.pruned})
        return 0
    for name, message in result.imported:
        print(f"imported {name}: {message}")
    if result.written:
        print(f"wrote {result.written}")
    _print_status(result.status)
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        status = SyncFolderService(ws).status()
    if args.json:
        print_json(status.summary())
    else:
        _print_status(status)
    return 0


def _print_status(s: FolderStatus) -> None:
    if s.folder is None:
        print("no sync folder set (sync folder set PATH)")
        return
    print(f"sync folder: {s.folder}" + ("" if s.reachable else " (folder not reachable)"))
    print(f"last pass: {s.last_pass_at or 'never'}")
    print(f"last written: {s.last_written or '-'} {s.last_written_at or ''}".rstrip())
    if s.received:
        print_table(["colleague", "last received", "file"],
                    [[r.name, r.at, r.file] for r in s.received])
    for w in s.waiting:
        print(f"waiting for a decision: {w.path.name} from '{w.sender}' (key {w.fingerprint}):"
              f" {w.reason}; check it with 'import {w.path} --dry-run'")
    for name, message in sorted(s.errors.items()):
        print(f"error: {name}: {message}")
