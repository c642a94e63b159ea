"""Paged reads for browsing big tables: ordering that people expect, in one query.

`records.list_rows` orders references by their raw id, which reads as random in a table;
here a reference column sorts by the referenced record's first title field (a person's
name, an organisation's name), text sorts without regard to case, and a page is fetched by
offset and limit so a view of 100,000 rows only ever reads what it shows.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, func, select

from iali_desktop.domain.errors import ValidationError
from iali_desktop.domain.fields import FieldKind
from iali_desktop.domain.query import Op, Query
from iali_desktop.domain.translation import _
from iali_desktop.store import sort_keys
from iali_desktop.store.catalog import record_type, table_of
from iali_desktop.store.records import Row, _base, row_dicts
from iali_desktop.store.sort_keys import SORT_TEXT
from iali_desktop.store.text_filter import text_condition

_TEXTUAL = (FieldKind.TEXT, FieldKind.LONGTEXT, FieldKind.EMAIL, FieldKind.URL)
# Types that stay few whatever the size of the tables that point at them (a plan per
# triennium, six areas each, the ILO regions): a reference to one sorts by keys worked out
# for all of them at once. A reference to a type that grows (people, organisations) keeps
# working out the keys of the rows it sorts, which may be far fewer than the type holds.
_FEW = frozenset({"action_plan", "action_area", "region"})


def _sort_key(name: str, field: str) -> ColumnElement[Any]:
    rt = record_type(name)
    table = table_of(name)
    if field == "id":
        return table.c.id
    if not rt.has_field(field):
        raise ValidationError(_("'{name}' has no field '{field}' to sort by",
                                name=name, field=field))
    spec = rt.field(field)
    col: ColumnElement[Any] = table.c[field]
    if spec.kind is FieldKind.REF and spec.target:
        target_rt = record_type(spec.target)
        title = target_rt.field(target_rt.title_fields[0]) if target_rt.title_fields else None
        if title is not None and title.kind in _TEXTUAL:
            if spec.target in _FEW:
                # Each target's key worked out once, not once per row (twice: `IS NULL`):
                # 10,000 tasks by plan called sort_key 20,000 times (0.5 s), this 3 times.
                keyed = select(table_of(spec.target).c.id, func.sort_key(
                    table_of(spec.target).c[title.name]).label("key")).cte(
                    f"sort_{field}_keys").prefix_with("MATERIALIZED")
                return select(keyed.c.key).where(keyed.c.id == table.c[field]) \
                    .scalar_subquery()
            target = table_of(spec.target).alias(f"sort_{field}")
            return (select(func.sort_key(target.c[title.name]))
                    .where(target.c.id == table.c[field])
                    .scalar_subquery())
        return col
    if spec.kind in _TEXTUAL:
        return func.sort_key(col)  # language order (engine.py registers it)
    return col


def _ordered(name: str, stmt: Any, query: Query) -> Any:
    table = table_of(name)
    constant = _constant(name, query)
    keys = [k for k in query.order or record_type(name).default_order
            if k.lstrip("-") not in constant]
    tie: ColumnElement[Any] = table.c.id
    if keys and sort_keys.has_key(name, keys[0].lstrip("-")):
        # The column's stored keys, in the same order as `sort_key` gives; on their own
        # (then ties by id) an index of `sort_text` yields the page without a sort.
        stored = SORT_TEXT.alias("sorted")
        stmt = stmt.join_from(table, stored, and_(
            stored.c.record_type == name, stored.c.field == keys[0].lstrip("-"),
            stored.c.row_id == table.c.id))
        col: ColumnElement[Any] = stored.c.key
        stmt = stmt.order_by(col.is_(None),
                             col.desc() if keys[0].startswith("-") else col.asc())
        keys = keys[1:]
        tie = stored.c.row_id if not keys else tie  # the same value as the record's id
    for key in keys:
        col = _sort_key(name, key.lstrip("-"))
        stmt = stmt.order_by(col.is_(None), col.desc() if key.startswith("-") else col.asc())
    stmt = stmt.order_by(tie)
    if query.limit is not None:
        stmt = stmt.limit(query.limit).offset(query.offset)
    return stmt


def _constant(name: str, query: Query) -> set[str]:
    """Fields the filters hold to one value on every row (the current plan's tasks): a
    sort key on one orders nothing, and left out it lets an index on the keys after it
    give the page without sorting (10,000 tasks of a plan: 20 ms -> under 1 ms)."""
    rt = record_type(name)
    # (`EQ` on a list field means "contains": the lists still differ.)
    return {f.field for f in query.filters if f.op is Op.EQ and rt.has_field(f.field)
            and not rt.field(f.field).is_list}


def _where(conn: Connection, name: str, query: Query) -> Any:
    words = text_condition(conn, name, query.text, query.ids)
    return and_(*_base(name, query, words))


def page_rows(conn: Connection, name: str, query: Query) -> list[Row]:
    """Whole rows of one page, in browsing order."""
    table = table_of(name)
    stmt = _ordered(name, select(table).where(_where(conn, name, query)), query)
    return row_dicts(conn.execute(stmt))


def page_ids(conn: Connection, name: str, query: Query) -> list[str]:
    """Only the ids, in the same order as `page_rows` (finding where a record sits)."""
    table = table_of(name)
    stmt = _ordered(name, select(table.c.id).where(_where(conn, name, query)), query)
    return [r[0] for r in conn.execute(stmt)]
