"""A canonical dump of every live replicated record: identical data, identical text."""

from __future__ import annotations

from typing import Any

import orjson
from sqlalchemy import Connection, select

from iali_desktop.store.catalog import record_types, table_of


def dump(conn: Connection) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for name in record_types():
        table = table_of(name)
        rows = conn.execute(select(table).where(table.c.deleted.is_(False))
                            .order_by(table.c.id)).mappings()
        out[name] = [{k: v for k, v in r.items() if k != "deleted"} for r in rows]
    return out


def dump_text(conn: Connection) -> str:
    data = dump(conn)
    return orjson.dumps(data, option=orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2).decode() + "\n"
