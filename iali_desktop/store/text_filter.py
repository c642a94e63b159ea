"""The full-text condition of a browsed page, chosen for how many records a word matches.

The plain condition, `id IN (the row_ids of this type's index entries matching)`, reads
every matching entry's stored columns: 20,000 reads (a quarter of a second) for a word in
one engagement of five at 100,000 engagements, to show the first 200. Entries sit at
rowids derived from their record (`search_rowids`), so a common word is instead tested as
`search_rowid(type, id) IN (the matching rowids)`: the rowids come from the index's
lists alone, and the page's ordered index stops at the first page. A rare word keeps the
plain condition: its few entries are cheap to read, and the rowid test would have to go
through every record of the type to find them. Both select the same records.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, Connection, false, func, text

from iali_desktop.store import search_rowids
from iali_desktop.store.catalog import table_of
from iali_desktop.store.search import match_expression

COMMON = 500  # matches of the type from which a word counts as common
FEW_IDS = 20  # records named by id are looked up one by one up to this many

_MATCHING_ROWIDS = "SELECT rowid FROM search_index WHERE search_index MATCH :q"
_MATCHING_OF_TYPE = ("SELECT row_id FROM search_index WHERE search_index MATCH :q"
                     " AND record_type = :qt")


def text_condition(conn: Connection, name: str, words: str,
                   ids: Sequence[str] | None = None) -> ColumnElement[bool] | None:
    """Records of type `name` whose index entry matches `words` (None: no words)."""
    expr = match_expression(words)
    if not expr:
        return None
    table = table_of(name)
    if ids is not None and len(ids) <= FEW_IDS:
        # "Does the shown record still pass the filter?": one rowid lookup each.
        probe = text(_MATCHING_ROWIDS + " AND rowid = :k")
        found = [row_id for row_id in ids if conn.execute(
            probe, {"q": expr, "k": search_rowids.rowid(name, row_id)}).first()]
        return table.c.id.in_(found) if found else false()
    common = conn.execute(text(f"SELECT count(*) FROM ({_MATCHING_OF_TYPE} LIMIT :n)"),
                          {"q": expr, "qt": name, "n": COMMON}).scalar_one() >= COMMON
    if common:
        return func.search_rowid(name, table.c.id).in_(
            text(_MATCHING_ROWIDS).bindparams(q=expr))
    return table.c.id.in_(text(_MATCHING_OF_TYPE).bindparams(q=expr, qt=name))
