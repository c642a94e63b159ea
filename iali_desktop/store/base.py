"""The table base and the column helpers that attach user-facing field metadata.

Each replicated model is written once, as a typed class of `Column` attributes; the
helpers below put a `FieldSpec` in the column's `info`, so the catalogue of record types
is derived from the models rather than kept in a second list that could drift.

The classes only define tables: every query is SQLAlchemy Core on `Model.__table__`. So
`Base` builds that Core `Table` itself when a class is defined (`__init_subclass__`)
instead of the declarative ORM, whose import and class mapping cost the window's start
a tenth of a second and more, for nothing it uses. The tables come out as the ORM made
them (same names, column order, constraints and indexes; `tests/store/test_models_ddl.py`
compares them with a migrated database).
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import JSON, Boolean, Column, Integer, MetaData, String, Table, Text

from iali_desktop.domain.fields import FieldKind, FieldSpec

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SPEC_KEY = "spec"


if TYPE_CHECKING:
    from sqlalchemy.orm import Mapped as Mapped
else:
    class Mapped:
        """Stands for the ORM's `Mapped[...]` in annotations (never evaluated at run time:
        the model modules use postponed annotations), so the ORM is never imported."""


class Base:
    """Each concrete subclass gets `__table__`, a Core table on `metadata`.

    Its columns are the class's own `Column` attributes in the order written, then those
    inherited from abstract bases (copied, as a column belongs to one table); each is
    named after its attribute; `__table_args__` (indexes) are added to the table.
    """

    metadata: ClassVar[MetaData] = MetaData(naming_convention=NAMING)
    __table__: ClassVar[Table]
    __tablename__: ClassVar[str]
    __abstract__: ClassVar[bool] = False
    tables: ClassVar[list[type[Base]]] = []  # every concrete subclass, in definition order

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.__dict__.get("__abstract__", False):
            return
        own = [(name, value) for name, value in cls.__dict__.items()
               if isinstance(value, Column)]
        inherited = [(name, value._copy()) for base in reversed(cls.__mro__[1:])
                     for name, value in vars(base).items()
                     if isinstance(value, Column) and name not in cls.__dict__]
        columns: list[Column[Any]] = []
        for name, column in own + inherited:
            if column.key is None or column.name is None:
                column.key = column.name = name
            setattr(cls, name, column)
            columns.append(column)
        args = cls.__dict__.get("__table_args__", ())
        cls.__table__ = Table(cls.__tablename__, cls.metadata, *columns, *args)
        Base.tables.append(cls)


def column(*args: Any, **kwargs: Any) -> Any:
    """A `Column` for a model attribute (typed `Any`, so it fits the `Mapped[...]`
    annotation the attribute is read with)."""
    return Column(*args, **kwargs)


class RecordMeta:
    """Class-level description of a replicated record type, set on each model."""

    def __init__(
        self,
        label: str,
        plural: str,
        title: tuple[str, ...],
        order: tuple[str, ...] = (),
        group: str = "",
    ) -> None:
        self.label = label
        self.plural = plural
        self.title = title
        self.order = order
        self.group = group


class Replicated(Base):
    """A record that syncs: a UUIDv7 id, user fields, and a tombstone flag.

    Columns hold the current winning value of each field; the history of versions lives
    in the change log. No column is NOT NULL at the database level because a replica may
    receive some fields of a record before others; required fields are a service rule.
    There are deliberately no foreign keys between replicated tables (a cascade on one
    replica would be a change never sent to the others).
    """

    __abstract__ = True
    record: ClassVar[RecordMeta]

    id: Mapped[str] = column(String(36), primary_key=True)
    deleted: Mapped[bool] = column(Boolean, nullable=False, default=False, server_default="0")



def _spec(kind: FieldKind, label: str, **kw: Any) -> dict[str, Any]:
    # The FieldSpec's name is filled in by the catalogue from the attribute name.
    return {SPEC_KEY: {"kind": kind, "label": label, **kw}}


def text(label: str, *, required: bool = False, search: bool = True, table: bool = True,
         help: str = "", personal: bool = False) -> Any:
    # `personal`: the field holds personal data, blanked when its record is erased.
    return Column(
        Text, nullable=True,
        info=_spec(FieldKind.TEXT, label, required=required, searchable=search,
                   in_table=table, help=help, personal=personal),
    )


def longtext(label: str, *, required: bool = False, help: str = "", table: bool = False,
             personal: bool = False) -> Any:
    return Column(
        Text, nullable=True,
        info=_spec(FieldKind.LONGTEXT, label, required=required, searchable=True,
                   in_table=table, help=help, personal=personal),
    )


def url(label: str) -> Any:
    return Column(Text, nullable=True, info=_spec(FieldKind.URL, label, in_table=False))


def email(label: str, *, personal: bool = False) -> Any:
    return Column(Text, nullable=True, info=_spec(FieldKind.EMAIL, label, searchable=True,
                                                         personal=personal))


def integer(label: str, *, required: bool = False, minimum: int | None = None,
            maximum: int | None = None, table: bool = True) -> Any:
    return Column(
        Integer, nullable=True,
        info=_spec(FieldKind.INTEGER, label, required=required, minimum=minimum,
                   maximum=maximum, in_table=table),
    )


def decimal(label: str, *, required: bool = False) -> Any:
    # Kept as canonical decimal strings: exact, and identical on every replica.
    return Column(String(40), nullable=True,
                         info=_spec(FieldKind.DECIMAL, label, required=required))


def date(label: str, *, required: bool = False, table: bool = True) -> Any:
    return Column(String(10), nullable=True, index=True,
                         info=_spec(FieldKind.DATE, label, required=required, in_table=table))


def boolean(label: str) -> Any:
    return Column(Boolean, nullable=True, info=_spec(FieldKind.BOOLEAN, label))


def choice(label: str, choices: type[enum.StrEnum], *, required: bool = False,
           table: bool = True) -> Any:
    return Column(
        String(40), nullable=True, index=True,
        info=_spec(FieldKind.CHOICE, label, required=required,
                   choices=tuple(c.value for c in choices), in_table=table),
    )


def choices(label: str, values: type[enum.StrEnum]) -> Any:
    return Column(
        JSON, nullable=True,
        info=_spec(FieldKind.CHOICES, label, choices=tuple(c.value for c in values)),
    )


def ref(label: str, target: str, *, required: bool = False, vocabulary: str | None = None,
        table: bool = True) -> Any:
    return Column(
        String(36), nullable=True, index=True,
        info=_spec(FieldKind.REF, label, required=required, target=target,
                   vocabulary=vocabulary, in_table=table),
    )


def refs(label: str, target: str, *, vocabulary: str | None = None) -> Any:
    return Column(
        JSON, nullable=True,
        info=_spec(FieldKind.REFS, label, target=target, vocabulary=vocabulary,
                   in_table=False),
    )


def strings(label: str) -> Any:
    return Column(JSON, nullable=True,
                         info=_spec(FieldKind.STRINGS, label, searchable=True))


def spec_for(attr_name: str, info: dict[str, Any]) -> FieldSpec:
    raw = dict(info[SPEC_KEY])
    return FieldSpec(name=attr_name, **raw)
