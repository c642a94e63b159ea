"""Where a record's full-text entry lives: at a rowid derived from its type and id.

The FTS5 table's keys (`record_type`, `row_id`) are unindexed columns, so finding a
record's entry by them reads the whole index: an edit or a ten-change import paid for
every record held. Each entry is therefore stored at `rowid(type, id)` (63 bits of a
SHA-256, positive), and dropping it is one rowid lookup. Opening a database written
before rebuilds its index (every upgrade does), which puts each entry at its rowid. Two
records meeting at one rowid (odds about n² / 2^64: 1 in 10^7 at a million records)
would make the second insert fail loudly, never mix two records up.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable


def rowid(record_type: str, row_id: str) -> int:
    digest = hashlib.sha256(f"{record_type}\0{row_id}".encode()).digest()
    return (int.from_bytes(digest[:8], "big") >> 1) or 1


def forget(raw: sqlite3.Connection, keys: Iterable[tuple[str, str]]) -> None:
    """Drop the entries of these records (those that have one)."""
    forget_rowids(raw, (rowid(t, r) for t, r in keys))


def forget_rowids(raw: sqlite3.Connection, rowids: Iterable[int]) -> None:
    """`forget` for entries whose rowids the caller has computed already."""
    raw.executemany("DELETE FROM search_index WHERE rowid = ?", ((k,) for k in rowids))
