"""`records types|fields|list|show|add|set|delete|restore|export|import` (and, from
commands_privacy, `export-person` and `erase`)."""

from __future__ import annotations

import argparse
from typing import Any

from iali_desktop.domain.errors import ValidationError
from iali_desktop.domain.fields import FieldKind, RecordType
from iali_desktop.domain.query import Query
from iali_desktop.domain.values import display
from iali_desktop.services.records import RecordService, record_type, record_types

from . import commands_privacy
from .commands_sheets import register_sheets
from .common import open_workspace, parse_assignments, where_filters
from .output import print_json, print_table


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    records = sub.add_parser("records", help="list, show, add, change and delete records")
    rsub = records.add_subparsers(dest="records_command", metavar="ACTION", required=True)

    p = rsub.add_parser("types", parents=[common], help="the record types")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_types)

    p = rsub.add_parser("fields", parents=[common], help="the fields of a record type")
    p.add_argument("type")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_fields)

    p = rsub.add_parser("list", parents=[common], help="records of a type")
    p.add_argument("type")
    p.add_argument("--where", action="append", default=[], metavar="FIELD=VALUE",
                   help="keep records whose FIELD equals VALUE (list fields: contains it)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=None)
    p.set_defaults(func=cmd_list)

    p = rsub.add_parser("show", parents=[common], help="one record")
    p.add_argument("type")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    p = rsub.add_parser("add", parents=[common], help="create a record; prints its id")
    p.add_argument("type")
    p.add_argument("values", nargs="*", metavar="FIELD=VALUE")
    p.set_defaults(func=cmd_add)

    p = rsub.add_parser("set", parents=[common], help="change fields of a record")
    p.add_argument("type")
    p.add_argument("id")
    p.add_argument("values", nargs="+", metavar="FIELD=VALUE")
    p.set_defaults(func=cmd_set)

    p = rsub.add_parser("delete", parents=[common], help="delete a record (restorable)")
    p.add_argument("type")
    p.add_argument("id")
    p.set_defaults(func=cmd_delete)

    p = rsub.add_parser("restore", parents=[common], help="bring back a deleted record")
    p.add_argument("type")
    p.add_argument("id")
    p.set_defaults(func=cmd_restore)

    register_sheets(rsub, common)
    commands_privacy.register(rsub, common)


def cmd_types(args: argparse.Namespace) -> int:
    types = record_types()
    if args.json:
        print_json([{"name": t.name, "label": t.label, "plural": t.plural} for t in
                    types.values()])
        return 0
    print_table(["type", "label"], [[t.name, t.plural] for t in types.values()])
    return 0


def _field_doc(rt: RecordType) -> list[dict[str, Any]]:
    out = []
    for f in rt.fields:
        entry: dict[str, Any] = {"name": f.name, "label": f.label, "kind": f.kind.value,
                                 "required": f.required}
        if f.choices:
            entry["choices"] = list(f.choices)
        if f.target:
            entry["target"] = f.target
        if f.vocabulary:
            entry["vocabulary"] = f.vocabulary
        out.append(entry)
    return out


def cmd_fields(args: argparse.Namespace) -> int:
    rt = record_type(args.type)
    fields = _field_doc(rt)
    if args.json:
        print_json(fields)
        return 0
    rows = []
    for f in fields:
        detail = ", ".join(f.get("choices", [])) or f.get("target", "")
        if f.get("vocabulary"):
            detail += f" ({f['vocabulary']})"
        rows.append([f["name"], f["kind"], "yes" if f["required"] else "", f["label"], detail])
    print_table(["field", "kind", "required", "label", "choices / refers to"], rows, 70)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    rt = record_type(args.type)
    with open_workspace(args) as ws:
        service = RecordService(ws)
        rows = service.list(rt.name, Query(filters=where_filters(rt, args.where), limit=args.limit))
        if args.json:
            print_json(rows)
            return 0
        titles = service.titles(rt.name, [r["id"] for r in rows])
    cols = [f for f in rt.fields if f.in_table and f.kind is not FieldKind.REF
            and f.name not in rt.title_fields][:4]
    print_table(["id", "title", *[f.name for f in cols]],
                [[r["id"], titles.get(r["id"], ""), *[display(f, r[f.name]) for f in cols]]
                 for r in rows], 48)
    print(f"{len(rows)} {rt.plural.lower() if len(rows) != 1 else rt.label.lower()}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    rt = record_type(args.type)
    with open_workspace(args) as ws:
        service = RecordService(ws)
        row = service.get(rt.name, args.id)
        refs = service.ref_titles(rt.name, row)
    if args.json:
        print_json({k: v for k, v in row.items() if k != "deleted"})
        return 0
    print(f"{rt.label} {row['id']}")
    width = max(len(f.label) for f in rt.fields) + 2
    for f in rt.fields:
        value = row[f.name]
        if f.is_ref and value:
            ids = value if isinstance(value, list) else [value]
            text = "; ".join(f"{refs.get(i, '?')} ({i})" for i in ids)
        else:
            text = display(f, value)
        print(f"{f.label + ':':<{width}}{text}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    rt = record_type(args.type)
    values = parse_assignments(rt, args.values)
    if not values:
        raise ValidationError(f"give at least one FIELD=VALUE (see 'records fields {rt.name}')")
    with open_workspace(args) as ws:
        print(RecordService(ws).create(rt.name, values))
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    rt = record_type(args.type)
    values = parse_assignments(rt, args.values)
    with open_workspace(args) as ws:
        written = RecordService(ws).write(rt.name, args.id, values)
    said = [f"changed: {', '.join(written.changed)}"] if written.changed else []
    said += [f"conflict on {name} resolved" for name in written.resolved]
    print("; ".join(said) or "nothing changed")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    rt = record_type(args.type)
    with open_workspace(args) as ws:
        service = RecordService(ws)
        title = service.title(rt.name, args.id)
        service.delete(rt.name, args.id)
    print(f"deleted {rt.label.lower()} '{title}' (restore with 'records restore')")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    rt = record_type(args.type)
    with open_workspace(args) as ws:
        RecordService(ws).restore(rt.name, args.id)
    print(f"restored {rt.label.lower()} {args.id}")
    return 0
