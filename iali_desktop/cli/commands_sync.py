"""`export`, `import`, `peers`, `conflicts`, `backups` and `restore`: thin over SyncService."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import orjson

from iali_desktop.domain.errors import ValidationError
from iali_desktop.domain.sizes import human_size
from iali_desktop.services import backups, sync_limits
from iali_desktop.services.restore import restore_newest_good
from iali_desktop.services.sync import ImportReport, SyncService
from iali_desktop.services.workspace import Workspace

from .common import db_path, open_workspace
from .output import print_json, print_table


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("export", parents=[common], help="write a signed .ialibundle")
    p.add_argument("--out", required=True, type=Path)
    who = p.add_mutually_exclusive_group()
    who.add_argument("--to", metavar="PEER", help="only what this peer lacks (id or name)")
    who.add_argument("--full", action="store_true", help="every change held (the default)")
    p.add_argument("--resend-all", action="store_true",
                   help="with --to: everything the peer has not acknowledged, even what was "
                        "sent to it before (a bundle was lost)")
    p.add_argument("--passphrase-file", type=Path, help="encrypt with the passphrase in F")
    p.add_argument("--without-files", action="store_true",
                   help="leave attached files out (they show as not received yet and "
                        "come with a later bundle)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", parents=[common], help="check and apply a .ialibundle")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="show what would change; change "
                                                          "nothing")
    p.add_argument("--trust", action="store_true",
                   help="trust an unknown sender (compare its fingerprint first)")
    p.add_argument("--passphrase-file", type=Path)
    p.add_argument("--max-file-size", metavar="SIZE",
                   help="largest attached file to accept this time (e.g. 2GB; the "
                        "setting's limit otherwise)")
    p.add_argument("--max-bundle-size", metavar="SIZE",
                   help="largest bundle to accept this time (e.g. 8GB)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("peers", parents=[common], help="other replicas and what they lack")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_peers)
    peers_sub = p.add_subparsers(dest="peers_command", metavar="ACTION")
    t = peers_sub.add_parser("trust", parents=[common], help="trust a sender's key")
    t.add_argument("fingerprint")
    t.set_defaults(func=cmd_trust)
    r = peers_sub.add_parser("resend-after", parents=[common],
                             help="days without acknowledgement before a delta sends "
                                  "again what was sent (default 7)")
    r.add_argument("days", nargs="?", type=float, help="the new delay (shown when omitted)")
    r.set_defaults(func=cmd_resend_after)

    p = sub.add_parser("conflicts", parents=[common], help="open conflicts, by record")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_conflicts)
    c_sub = p.add_subparsers(dest="conflicts_command", metavar="ACTION")
    r = c_sub.add_parser("resolve", parents=[common], help="keep one version or write a value")
    r.add_argument("id", help="the conflict id (TYPE:ROW:FIELD)")
    how = r.add_mutually_exclusive_group(required=True)
    how.add_argument("--keep", metavar="VERSION", help="REPLICA:SEQ of the version to keep")
    how.add_argument("--value", metavar="JSON", help="a new value, as JSON")
    r.set_defaults(func=cmd_resolve)

    p = sub.add_parser("backups", parents=[common], help="backups of this database")
    p.add_argument("--json", action="store_true")
    p.add_argument("--purge-before-erasure", action="store_true",
                   help="delete the backups that still hold personal data erased since")
    p.set_defaults(func=cmd_backups)

    p = sub.add_parser("restore", parents=[common], help="replace the database by a backup")
    p.add_argument("backup", nargs="?", help="a backup's file name (see 'backups') or path")
    p.add_argument("--newest-good", action="store_true",
                   help="the newest backup that passes an integrity check (works even when "
                        "the database is too damaged to open)")
    p.set_defaults(func=cmd_restore)


def _passphrase(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        text = path.read_text(encoding="utf-8").rstrip("\r\n")
    except OSError as exc:
        raise ValidationError(f"cannot read the passphrase file {path}: {exc.strerror}"
                              ) from None
    if not text:
        raise ValidationError(f"the passphrase file {path} is empty")
    return text


def cmd_export(args: argparse.Namespace) -> int:
    if args.resend_all and not args.to:
        raise ValidationError("--resend-all goes with --to PEER (a full export sends "
                              "everything anyway)")
    with open_workspace(args) as ws:
        s = SyncService(ws).export_bundle(args.out, peer=args.to, full=args.full,
                                          passphrase=_passphrase(args.passphrase_file),
                                          with_files=not args.without_files,
                                          resend_all=args.resend_all)
    target = f" for {s.to_name}" if s.to_name else ""
    sealed = ", encrypted" if s.encrypted else ""
    files = f", {s.files} files ({human_size(s.file_bytes)})" if s.files else ""
    print(f"wrote {s.path} ({s.scope}{target}, {s.changes} changes{files}, {s.size} bytes"
          f"{sealed})")
    for sentence in s.files_left_out:
        print(sentence)
    return 0


def _limits(ws: Workspace, args: argparse.Namespace) -> SyncService:
    """The sync service with this import's own limits, when the command gives any."""
    if args.max_file_size is None and args.max_bundle_size is None:
        return SyncService(ws)
    chosen = sync_limits.load(ws)
    if args.max_file_size is not None:
        chosen = sync_limits.FileLimits(sync_limits.parse(args.max_file_size, "file"),
                                        chosen.max_bundle_size)
    if args.max_bundle_size is not None:
        chosen = sync_limits.FileLimits(chosen.max_file_size,
                                        sync_limits.parse(args.max_bundle_size, "bundle"))
    return SyncService(ws, sync_limits.reading(ws, chosen))


def cmd_import(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        service = _limits(ws, args)
        passphrase = _passphrase(args.passphrase_file)
        if args.dry_run:
            # A preview changes nothing, trust included: show a new sender's bundle too
            # (as the window's preview does), and say that it still needs trusting.
            report = service.preview(args.file, passphrase, trust=True)
        else:
            report = service.import_bundle(args.file, passphrase, trust=args.trust)
    if args.json:
        print_json(report.summary())
    else:
        _print_report(report)
    return 0


def _print_report(r: ImportReport) -> None:
    print(f"bundle {r.bundle_id} from '{r.sender_name}' (key {r.fingerprint})")
    if r.newly_trusted and r.dry_run:
        print(f"new sender, not trusted yet: compare the key fingerprint {r.fingerprint} "
              f"with '{r.sender_name}', then import with --trust")
    elif r.newly_trusted:
        print("sender trusted from now on")
    if r.dry_run:
        print("preview only: nothing was changed")
    print(r.message)
    if r.types:
        print_table(["record type", "new", "changed", "deleted", "restored"],
                    [[t.record_type, str(t.new), str(t.changed), str(t.deleted),
                      str(t.restored)] for t in r.types])
    for c in r.new_conflicts:
        print(f"conflict: {c.record_type}:{c.row_id}:{c.field}")
    for c in r.deleted_while_edited:
        print(f"deleted while edited: {c.record_type}:{c.row_id}")
    for m in r.missing_refs:
        print(f"waiting for {m.target_type} {m.target_id} ({m.record_type}.{m.field})")
    for f in r.future_stamps:
        print(f"stamped in the future: change {f.replica}:{f.seq}")
    if r.backup:
        print(f"backup taken first: {r.backup}")


def cmd_peers(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        peers = SyncService(ws).peers()
    if args.json:
        print_json([{"id": p.replica_id, "name": p.name, "label": p.label,
                     "fingerprint": p.fingerprint,
                     "trusted": p.trusted, "last_import_at": p.last_import_at,
                     "last_export_at": p.last_export_at, "lacks": p.lacks} for p in peers])
        return 0
    if not peers:
        print("no peers yet: import a colleague's bundle to meet one")
        return 0
    print_table(["name", "id", "fingerprint", "trusted", "last import", "lacks"],
                [[p.label, p.replica_id, p.fingerprint or "-", "yes" if p.trusted else "no",
                  p.last_import_at or "-", str(p.lacks)] for p in peers])
    return 0


def cmd_trust(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        fp = SyncService(ws).trust(args.fingerprint)
    print(f"trusted: {fp}")
    return 0


def cmd_resend_after(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        service = SyncService(ws)
        if args.days is not None:
            service.set_resend_after_days(args.days)
        days = service.resend_after_days()
    print(f"what a colleague has not acknowledged is sent again after {days:g} days")
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        groups = SyncService(ws).conflicts()
    if args.json:
        print_json([{"type": g.record_type, "id": g.row_id, "title": g.title,
                     "fields": [{"conflict": c.id, "field": c.field, "label": c.label,
                                 "values": [{"version": v.version, "by": v.replica_name,
                                             "field": v.field, "value": v.value,
                                             "when": v.when, "winner": v.winner}
                                            for v in c.values]} for c in g.fields]}
                    for g in groups])
        return 0
    if not groups:
        print("no open conflicts")
        return 0
    for g in groups:
        print(f"{g.record_label}: {g.title} ({g.row_id})")
        for c in g.fields:
            print(f"  {c.label}  [{c.id}]")
            for v in c.values:
                mark = "*" if v.winner else " "
                field = f"{v.field}: " if v.field != c.field else ""
                print(f"    {mark} {v.version}  {v.replica_name}, {v.when}: {field}{v.text}")
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        service = SyncService(ws)
        if args.keep is not None:
            service.resolve(args.id, keep=args.keep)
        else:
            try:
                value = orjson.loads(args.value)
            except orjson.JSONDecodeError:
                raise ValidationError(f"--value {args.value!r} is not JSON (quote text: "
                                      "'\"new name\"')") from None
            service.resolve(args.id, value=value)
    print(f"resolved {args.id}")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        if args.purge_before_erasure:
            removed = backups.purge_holding_erased(ws)
            print(f"deleted {len(removed)} backups that held erased personal data")
            return 0
        found = SyncService(ws).backups()
        erased = {h.backup.path: h for h in backups.holding_erased(ws)}
    if args.json:
        print_json([{"path": str(b.path), "name": b.path.name, "created": b.created,
                     "reason": b.reason, "size": b.size,
                     "erased_people": erased[b.path].people if b.path in erased else 0}
                    for b in found])
        return 0
    if not found:
        print("no backups yet")
        return 0
    print_table(["name", "created", "reason", "size"],
                [[b.path.name, b.created, b.reason, str(b.size)] for b in found])
    for held in erased.values():
        print(f"warning: {held.warning}")
    if erased:
        print("delete them with 'iali-desktop backups --purge-before-erasure'")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    if args.newest_good:
        if args.backup is not None:
            raise ValidationError("give a backup's name or --newest-good, not both")
        result = restore_newest_good(db_path(args))
    elif args.backup is None:
        raise ValidationError("which backup? give its name (see 'backups') or --newest-good")
    else:
        with open_workspace(args) as ws:
            result = SyncService(ws).restore(args.backup)
    print(f"restored {result.restored.name}")
    if result.safety is not None:
        print(f"the state before was saved as {result.safety.name}")
    if result.set_aside is not None:
        print(f"the damaged file was kept as {result.set_aside}")
    print(f"this database continues as '{result.name}' under a new replica id")
    return 0
