"""Reading and writing the record tables, which hold each field's current winning value."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Table,
    and_,
    bindparam,
    func,
    insert,
    or_,
    select,
    text,
    true,
    update,
)

from iali_desktop.domain.errors import ValidationError
from iali_desktop.domain.fields import FieldKind
from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.domain.translation import _
from iali_desktop.store import sort_keys
from iali_desktop.store.catalog import record_type, record_types, table_of

Row = dict[str, Any]


def insert_row(conn: Connection, name: str, row_id: str, values: Mapping[str, Any]) -> None:
    conn.execute(insert(table_of(name)).values(id=row_id, deleted=False, **values))
    sort_keys.write(conn, name, [(row_id, values)], new=True)


def insert_rows(conn: Connection, name: str, rows: Iterable[Mapping[str, Any]]) -> None:
    """Insert new live rows (each with its "id") in one `executemany` per set of columns
    given: a column a row leaves out gets its default, as with `insert_row`."""
    groups: dict[tuple[str, ...], list[Mapping[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[tuple(row)].append(row)
    table = table_of(name)
    for columns, group in groups.items():
        bulk_insert(conn, table, (*columns, "deleted"),
                    [(*row.values(), False) for row in group])
        sort_keys.write(conn, name, ((row["id"], row) for row in group), new=True)


def bulk_insert(conn: Connection, table: Table, columns: Sequence[str],
                rows: Sequence[Sequence[Any]]) -> None:
    """One driver-level `executemany` of rows given as tuples in `columns`' order, each
    value converted as SQLAlchemy would bind it (JSON lists, booleans): for 100,000 rows
    SQLAlchemy's own per-row parameter handling costs more than SQLite's insert."""
    if not rows:
        return
    dialect = conn.dialect
    processors = [(i, p) for i, c in enumerate(columns)
                  if (p := table.c[c].type._cached_bind_processor(dialect)) is not None]
    if processors:
        converted = []
        for row in rows:
            values = list(row)
            for i, process in processors:
                values[i] = process(values[i])
            converted.append(tuple(values))
        rows = converted
    sql = (f"INSERT INTO {table.name} ({', '.join(columns)}) "
           f"VALUES ({', '.join('?' for _ in columns)})")
    conn.exec_driver_sql(sql, list(rows))


# Statements built once per table (the SET and VALUES columns come from the parameters):
# a batch of writes spends its time in SQLite, not in building SQL.
@functools.cache
def _update_statement(name: str) -> Any:
    table = table_of(name)
    return update(table).where(table.c.id == bindparam("_row_id"))


def update_rows(conn: Connection, name: str, columns: Sequence[str],
                rows: Sequence[Sequence[Any]]) -> None:
    """Set `columns` of many rows in one `executemany`: each row is the values in
    `columns`' order followed by the record's id."""
    if not rows:
        return
    table = table_of(name)
    processors = [(i, p) for i, c in enumerate(columns)
                  if (p := table.c[c].type._cached_bind_processor(conn.dialect)) is not None]
    params = []
    for row in rows:
        values = list(row)
        for i, process in processors:
            values[i] = process(values[i])
        params.append(tuple(values))
    assignments = ", ".join(f"{c} = ?" for c in columns)
    conn.exec_driver_sql(f"UPDATE {table.name} SET {assignments} WHERE id = ?", params)
    sort_keys.write_columns(conn, name, columns, rows)


def update_row(conn: Connection, name: str, row_id: str, values: Mapping[str, Any]) -> None:
    conn.execute(_update_statement(name), {**values, "_row_id": row_id})
    sort_keys.write(conn, name, [(row_id, values)])


def driver(conn: Connection) -> Any:
    """The sqlite3 connection under `conn`, in the same transaction: for the statements a
    batch runs once per record, where SQLAlchemy's own work per call costs more than
    SQLite's."""
    return conn.connection.driver_connection


@functools.cache
def _row_reader(name: str, dialect: Any) -> tuple[str, tuple[str, ...], list[tuple[int, Any]]]:
    table = table_of(name)
    columns = tuple(c.name for c in table.columns)
    processors = [(i, p) for i, c in enumerate(table.columns)
                  if (p := c.type._cached_result_processor(dialect, None)) is not None]
    return f"SELECT {', '.join(columns)} FROM {table.name} WHERE id = ?", columns, processors


def get_row(conn: Connection, name: str, row_id: str) -> Row | None:
    sql, columns, processors = _row_reader(name, conn.dialect)
    found = driver(conn).execute(sql, (row_id,)).fetchone()
    if found is None:
        return None
    values = list(found)
    for i, process in processors:
        values[i] = process(values[i])
    return dict(zip(columns, values, strict=True))


def get_rows(conn: Connection, name: str, ids: Iterable[str]) -> dict[str, Row]:
    table = table_of(name)
    ids = list(ids)
    out: dict[str, Row] = {}
    for start in range(0, len(ids), 500):
        stmt = select(table).where(table.c.id.in_(ids[start:start + 500]))
        out.update({r["id"]: r for r in row_dicts(conn.execute(stmt))})
    return out


def row_dicts(result: Any) -> list[Row]:
    """Rows as dicts; zipping with the keys read once is several times faster than
    `dict(mapping)` per row, which lists the keys again for each row."""
    keys = list(result.keys())
    return [dict(zip(keys, row, strict=True)) for row in result]


def find_owner(conn: Connection, row_id: str) -> str | None:
    """Which record type holds this id (ids are unique across all types)."""
    for name in record_types():
        table = table_of(name)
        if conn.execute(select(table.c.id).where(table.c.id == row_id)).first():
            return name
    return None


def _condition(name: str, flt: Filter) -> ColumnElement[bool]:
    rt = record_type(name)
    table = table_of(name)
    if flt.field == "id":
        col = table.c.id
        is_list = False
    else:
        if not rt.has_field(flt.field):
            raise ValidationError(_("'{name}' has no field '{field}'", name=name, field=flt.field))
        col = table.c[flt.field]
        is_list = rt.field(flt.field).is_list
    if flt.op is Op.EMPTY:
        return or_(col.is_(None), text(f"json_array_length({table.name}.{col.name}) = 0")) \
            if is_list else or_(col.is_(None), col == "")
    if flt.op is Op.NOT_EMPTY:
        return and_(col.is_not(None), text(f"json_array_length({table.name}.{col.name}) > 0")) \
            if is_list else and_(col.is_not(None), col != "")
    if is_list and flt.op in (Op.EQ, Op.LIKE):
        pattern = flt.value if flt.op is Op.EQ else f"%{flt.value}%"
        comparator = "=" if flt.op is Op.EQ else "LIKE"
        key = f"p_{col.name}_{abs(hash(str(flt.value))) % 10**8}"
        return and_(text(f"EXISTS (SELECT 1 FROM json_each({table.name}.{col.name})"
                         f" WHERE json_each.value {comparator} :{key})")
                    .bindparams(**{key: pattern}))
    if flt.op is Op.EQ:
        return col == flt.value
    if flt.op is Op.LIKE:
        return col.like(f"%{flt.value}%")
    if flt.op is Op.GTE:
        return col >= flt.value
    if flt.op is Op.LTE:
        return col <= flt.value
    if flt.op in (Op.IN, Op.NOT_IN):
        values = list(flt.value) if isinstance(flt.value, list | tuple | set) else [flt.value]
        if flt.op is Op.IN:
            return col.in_(values)
        return or_(col.is_(None), col.not_in(values))
    raise ValidationError(_("unsupported filter {op}", op=flt.op))  # pragma: no cover


def _base(name: str, query: Query, text_condition: ColumnElement[bool] | None = None
          ) -> Any:
    """The WHERE conditions of a query; `text_condition`, when given, stands for its
    full-text part (`store.text_filter` chooses one for a browsed page)."""
    table = table_of(name)
    # true() keeps and_() from being empty when deleted rows are wanted and nothing filters
    conds: list[ColumnElement[bool]] = [true()] if query.include_deleted else \
        [table.c.deleted.is_(False)]
    conds += [_condition(name, f) for f in query.filters]
    if query.ids is not None:
        conds.append(table.c.id.in_(list(query.ids)))
    if text_condition is not None:
        conds.append(text_condition)
    elif query.text.strip():
        from iali_desktop.store.search import match_expression
        expr = match_expression(query.text)
        if expr:
            conds.append(table.c.id.in_(text(
                "SELECT row_id FROM search_index WHERE search_index MATCH :q"
                " AND record_type = :qt").bindparams(q=expr, qt=name)))
    return conds


# Comparisons no NULL passes (with a value: `EQ None` is IS NULL): a column filtered by
# one of these holds no NULL.
_NON_NULL_OPS = frozenset({Op.EQ, Op.GTE, Op.LTE, Op.IN, Op.NOT_EMPTY})


def list_rows(conn: Connection, name: str, query: Query = Query()) -> list[Row]:
    rt = record_type(name)
    table = table_of(name)
    stmt = select(table).where(and_(*_base(name, query)))
    order = query.order or rt.default_order
    # `col IS NULL` (empty values last) is the same for every row of a column a filter
    # keeps free of NULLs; leaving it out lets an index on the column give the order
    # (the dashboard's overdue tasks by due date: 150 ms sorted, 7 ms read in order).
    non_null = {f.field for f in query.filters
                if f.op in _NON_NULL_OPS and f.value is not None}
    for key in order:
        desc = key.startswith("-")
        field = key.lstrip("-")
        if field != "id" and not rt.has_field(field):
            raise ValidationError(_("'{name}' has no field '{field}' to sort by",
                                    name=name, field=field))
        col: ColumnElement[Any] = table.c[field]
        if field != "id" and rt.field(field).kind in (FieldKind.TEXT, FieldKind.LONGTEXT):
            col = func.sort_key(col)  # language order (engine.py registers it)
        if field not in non_null:
            stmt = stmt.order_by(col.is_(None))
        stmt = stmt.order_by(col.desc() if desc else col.asc())
    stmt = stmt.order_by(table.c.id)
    if query.limit is not None:
        stmt = stmt.limit(query.limit).offset(query.offset)
    return row_dicts(conn.execute(stmt))


def group_totals(conn: Connection, name: str, by: Sequence[str], summed: str,
                 query: Query = Query()) -> list[tuple[Any, ...]]:
    """For the records a query selects, grouped by the `by` columns: the group's values,
    how many records it holds, and the sum of `summed` (NULL counting 0)."""
    table = table_of(name)
    keys = [table.c[c] for c in by]
    stmt = select(*keys, func.count(), func.sum(func.coalesce(table.c[summed], 0))) \
        .where(and_(*_base(name, query))).group_by(*keys)
    return [tuple(r) for r in conn.execute(stmt)]


def count_rows(conn: Connection, name: str, query: Query = Query()) -> int:
    table = table_of(name)
    stmt = select(func.count()).select_from(table).where(and_(*_base(name, query)))
    return int(conn.execute(stmt).scalar_one())


def list_ids(conn: Connection, name: str, query: Query = Query()) -> list[str]:
    rt = record_type(name)
    table = table_of(name)
    stmt = select(table.c.id).where(and_(*_base(name, query)))
    for key in query.order or rt.default_order:
        field = key.lstrip("-")
        col = table.c[field]
        stmt = stmt.order_by(col.is_(None), col.desc() if key.startswith("-") else col.asc())
    stmt = stmt.order_by(table.c.id)
    if query.limit is not None:
        stmt = stmt.limit(query.limit).offset(query.offset)
    return [r[0] for r in conn.execute(stmt)]


def titles(conn: Connection, name: str, ids: Iterable[str], depth: int = 1,
           rows: Mapping[str, Row] | None = None) -> dict[str, str]:
    """One-line titles for records, following references one level (a member's title is
    its organisation's name). `rows`: the records, when the caller has read them."""
    ids = list(dict.fromkeys(ids))
    if not ids:
        return {}
    rt = record_type(name)
    if rows is None:
        rows = get_rows(conn, name, ids)
    refs: dict[str, set[str]] = defaultdict(set)
    for field in rt.title_fields:
        spec = rt.field(field)
        if spec.kind is FieldKind.REF and depth > 0:
            refs[spec.target or ""].update(r[field] for r in rows.values() if r[field])
    resolved = {target: titles(conn, target, found, depth - 1)
                for target, found in refs.items()}
    out: dict[str, str] = {}
    for row_id, row in rows.items():
        parts: list[str] = []
        for field in rt.title_fields:
            value = row[field]
            if value is None or value == "":
                continue
            spec = rt.field(field)
            if spec.kind is FieldKind.REF:
                parts.append(resolved.get(spec.target or "", {}).get(value, "?"))
            elif spec.kind is FieldKind.INTEGER and field in ("number", "position"):
                parts.append(f"{value}.")
            else:
                parts.append(str(value))
        out[row_id] = " ".join(parts) if parts else f"({rt.label.lower()} {row_id[:8]})"
    return out


def referencing(conn: Connection, target: str, row_id: str, *, live_only: bool = True
                ) -> dict[str, list[str]]:
    """Records of every type that point at a record (live ones for its detail page; all
    of them for a personal-data export)."""
    out: dict[str, list[str]] = {}
    for name, rt in record_types().items():
        table = table_of(name)
        for spec in rt.fields:
            if spec.target != target:
                continue
            col = table.c[spec.name]
            if spec.kind is FieldKind.REF:
                cond: ColumnElement[bool] = col == row_id
            else:
                cond = and_(text(f"EXISTS (SELECT 1 FROM json_each({table.name}.{spec.name})"
                                 " WHERE json_each.value = :rid)").bindparams(
                    bindparam("rid", row_id)))
            where = and_(table.c.deleted.is_(False), cond) if live_only else cond
            ids = [r[0] for r in conn.execute(select(table.c.id).where(where))]
            if ids:
                out.setdefault(name, [])
                out[name].extend(i for i in ids if i not in out[name])
    return out


def existing_ids(conn: Connection, name: str, ids: Iterable[str], live_only: bool = True
                 ) -> set[str]:
    table = table_of(name)
    ids = list(ids)
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        stmt = select(table.c.id).where(table.c.id.in_(ids[start:start + 500]))
        if live_only:
            stmt = stmt.where(table.c.deleted.is_(False))
        found.update(r[0] for r in conn.execute(stmt))
    return found


def counts(conn: Connection) -> dict[str, int]:
    return {name: count_rows(conn, name) for name in record_types()}
