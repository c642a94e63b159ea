"""Per author, how far the changes held here reach: read in time that grows with the
number of authors and with what arrived since last time, not with the database.

`tops` finds each author's highest sequence number with one index seek per author (a
"loose" scan of the primary key (replica, seq)), where a GROUP BY would read every
change. `version_vector` (every seq up to it held) starts from the bound kept in
`held_vector` (migration 0012) and walks on over the changes that arrived since;
`remember` stores the bound again inside a write. Changes are never removed from
`change`, so a stored bound stays true whatever happens after (a restore copies it with
the rest of the file).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping

from sqlalchemy import Connection


def _raw(conn: Connection | sqlite3.Connection) -> sqlite3.Connection:
    if isinstance(conn, sqlite3.Connection):
        return conn
    raw = conn.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def authors(conn: Connection | sqlite3.Connection, table: str = "change") -> Iterator[str]:
    """Every replica with a change in `table`, in order, one index seek each."""
    raw = _raw(conn)
    row = raw.execute(f"SELECT min(replica) FROM {table}").fetchone()
    while row is not None and row[0] is not None:
        yield str(row[0])
        row = raw.execute(f"SELECT min(replica) FROM {table} WHERE replica > ?",
                          (row[0],)).fetchone()


def tops(conn: Connection | sqlite3.Connection) -> dict[str, int]:
    """Per author, the highest seq held (gaps below it or not)."""
    raw = _raw(conn)
    return {r: int(raw.execute("SELECT max(seq) FROM change WHERE replica = ?",
                               (r,)).fetchone()[0]) for r in authors(raw)}


def top(conn: Connection | sqlite3.Connection, replica: str) -> int:
    """The highest seq held of one author (0 for none): one index lookup."""
    found = _raw(conn).execute("SELECT max(seq) FROM change WHERE replica = ?",
                               (replica,)).fetchone()[0]
    return int(found or 0)


def has_changes(conn: Connection | sqlite3.Connection, replica: str) -> bool:
    return _raw(conn).execute("SELECT 1 FROM change WHERE replica = ? LIMIT 1",
                              (replica,)).fetchone() is not None


def stored(conn: Connection | sqlite3.Connection) -> dict[str, int]:
    return {str(r): int(s) for r, s in _raw(conn).execute(
        "SELECT replica, seq FROM held_vector")}


def version_vector(conn: Connection | sqlite3.Connection) -> dict[str, int]:
    """Per author, the highest seq such that every seq up to it is held here."""
    raw = _raw(conn)
    known = stored(raw)
    out: dict[str, int] = {}
    for replica in authors(raw):
        out[replica] = _walk(raw, replica, known.get(replica, 0))
    return out


def _walk(raw: sqlite3.Connection, replica: str, start: int) -> int:
    """From a seq up to which everything is held, on while the next seq is held too:
    one seek, then as many steps as changes arrived in a row since."""
    count, top = raw.execute("SELECT count(*), max(seq) FROM change WHERE replica = ?"
                             " AND seq > ?", (replica, start)).fetchone()
    if count == 0 or top - start == count:
        # `count` distinct numbers above `start` whose largest is start + count: every
        # one of start+1 .. top is held (counted inside SQLite: a bulk import's author).
        return int(top or start)
    reached = start
    for (seq,) in raw.execute("SELECT seq FROM change WHERE replica = ? AND seq > ?"
                              " ORDER BY seq", (replica, start)):
        if seq != reached + 1:
            break
        reached = seq
    return reached


def remember(conn: Connection | sqlite3.Connection, vector: Mapping[str, int]) -> None:
    """Keep `vector` (computed by `version_vector` in this transaction) as the bound the
    next computation starts from; a bound only ever grows."""
    _raw(conn).executemany(
        "INSERT INTO held_vector (replica, seq) VALUES (?, ?) ON CONFLICT(replica)"
        " DO UPDATE SET seq = max(seq, excluded.seq)", sorted(vector.items()))
