"""How callers ask for records: filters and sort orders, free of any storage detail."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Op(enum.StrEnum):
    EQ = "eq"  # equal (for list fields: contains the value)
    LIKE = "like"  # text contains, case- and accent-insensitive where SQLite allows
    GTE = "gte"
    LTE = "lte"
    EMPTY = "empty"  # no value
    NOT_EMPTY = "not_empty"
    IN = "in"  # one of several values
    NOT_IN = "not_in"  # none of several values; an empty field counts as none of them


@dataclass(frozen=True)
class Filter:
    field: str
    op: Op
    value: object = None


@dataclass(frozen=True)
class Query:
    filters: tuple[Filter, ...] = ()
    order: tuple[str, ...] = ()  # field names, "-" prefix for descending
    limit: int | None = None
    offset: int = 0
    include_deleted: bool = False
    text: str = ""  # full-text restriction within the type
    ids: tuple[str, ...] | None = field(default=None)
