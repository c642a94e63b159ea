"""The attached files each peer said, in its latest bundle, that it still lacks.

Kept per peer and replaced by each bundle from that peer (table `wanted_file`,
migration 0009): the list is the peer's own current statement, so a file it has
received since simply drops out of it.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, bindparam, text


def replace(conn: Connection, replica: str, digests: Iterable[str]) -> None:
    conn.execute(text("DELETE FROM wanted_file WHERE replica = :r"), {"r": replica})
    rows = [{"r": replica, "s": d} for d in sorted(set(digests))]
    if rows:
        conn.execute(text("INSERT INTO wanted_file (replica, sha256) VALUES (:r, :s)"), rows)


def wanted_by(conn: Connection, replicas: Iterable[str]) -> set[str]:
    """What any of these peers said it lacks."""
    wanted = sorted(set(replicas))
    if not wanted:
        return set()
    stmt = text("SELECT DISTINCT sha256 FROM wanted_file WHERE replica IN :rs").bindparams(
        bindparam("rs", expanding=True))
    return {r[0] for r in conn.execute(stmt, {"rs": wanted})}
