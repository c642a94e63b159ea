"""Reading held changes back as bundle lines, straight from the driver.

Shared by export (which writes them) and authorship checks (which hash them): both
must see byte-for-byte the lines a bundle carries.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection

from . import jsonl


def driver(conn: Connection) -> sqlite3.Connection:
    raw = conn.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


# Where versions are read from: the held ones; during an import (`staging.py`), the ones
# held before it and the ones it staged.
HELD = ("change", "change_edge")
HELD_BEFORE = ("sync_before", "change_edge")
STAGED = ("sync_stage", "sync_stage_edge")


def _edges(raw: sqlite3.Connection, replica: str, after: int, table: str
           ) -> Iterator[tuple[int, list[list[Any]]]]:
    cur = raw.execute(f"SELECT by_seq, sup_replica, sup_seq FROM {table} WHERE by_replica = ?"
                      " AND by_seq > ? ORDER BY by_seq, sup_replica, sup_seq", (replica, after))
    current: int = -1
    links: list[list[Any]] = []
    for by_seq, sup_replica, sup_seq in cur:
        if by_seq != current:
            if current >= 0:
                yield current, links
            current, links = by_seq, []
        links.append([sup_replica, sup_seq])
    if current >= 0:
        yield current, links


def lines(raw: sqlite3.Connection, replicas: list[tuple[str, int]],
          source: tuple[str, str] = HELD) -> Iterator[tuple[str, int, int, bytes]]:
    """(replica, seq, hlc, line) for every change above each replica's start, in
    (replica, seq) order: exactly the bytes a bundle carries for each change."""
    table, edge_table = source
    for replica, after in replicas:
        edges = _edges(raw, replica, after, edge_table)
        pending = next(edges, None)
        cur = raw.execute("SELECT seq, hlc, record_type, row_id, field, value, seen"
                          f" FROM {table} WHERE replica = ? AND seq > ? ORDER BY seq",
                          (replica, after))
        for seq, stamp, record_type, row_id, field, value, seen in cur:
            while pending is not None and pending[0] < seq:
                pending = next(edges, None)
            links: list[list[Any]] = []
            if pending is not None and pending[0] == seq:
                links = pending[1]
            yield replica, seq, stamp, jsonl.encode(replica, seq, stamp, record_type, row_id,
                                                    field, value, links, seen)
