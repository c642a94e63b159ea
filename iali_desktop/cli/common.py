"""What every command needs: the workspace named by `--db`, and field parsing."""

from __future__ import annotations

import argparse
from pathlib import Path

from iali_desktop.domain.errors import DatabaseDamaged, ValidationError
from iali_desktop.domain.fields import RecordType
from iali_desktop.domain.query import Filter, Op
from iali_desktop.domain.values import Value, parse_text
from iali_desktop.services.restore import damage_advice
from iali_desktop.services.workspace import Workspace


def db_path(args: argparse.Namespace) -> Path | None:
    path: Path | None = getattr(args, "db", None)
    return path


def open_workspace(args: argparse.Namespace) -> Workspace:
    try:
        return Workspace.open(db_path(args))
    except DatabaseDamaged as exc:
        raise DatabaseDamaged(damage_advice(db_path(args), exc)) from None


def parse_assignments(rt: RecordType, items: list[str]) -> dict[str, Value]:
    """`FIELD=VALUE` words into typed values; an empty VALUE clears the field."""
    values: dict[str, Value] = {}
    for item in items:
        if "=" not in item:
            raise ValidationError(f"'{item}' is not FIELD=VALUE")
        name, raw = item.split("=", 1)
        name = name.strip()
        if not rt.has_field(name):
            raise ValidationError(f"'{rt.name}' has no field '{name}' "
                                  f"(fields: {', '.join(f.name for f in rt.fields)})")
        values[name] = parse_text(rt.field(name), raw)
    return values


def where_filters(rt: RecordType, wheres: list[str]) -> tuple[Filter, ...]:
    """`--where FIELD=VALUE` words as query filters (an empty VALUE: the field is empty)."""
    values = parse_assignments(rt, wheres)
    out = []
    for name, value in values.items():
        if value is None:
            out.append(Filter(name, Op.EMPTY))
        elif isinstance(value, list):
            out.extend(Filter(name, Op.EQ, v) for v in value)
        else:
            out.append(Filter(name, Op.EQ, value))
    return tuple(out)
