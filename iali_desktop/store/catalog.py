"""The catalogue of record types, derived from the replicated models' column metadata."""

from __future__ import annotations

from functools import cache

from sqlalchemy import Table

from iali_desktop.domain.errors import NotFoundError
from iali_desktop.domain.fields import RecordType
from iali_desktop.domain.translation import _
from iali_desktop.store import models  # noqa: F401  (registers every table)
from iali_desktop.store.base import SPEC_KEY, Base, Replicated, spec_for

# The order users meet them in: the sidebar, `records types`, the dump.
ORDER = (
    "action_plan", "action_area", "key_outcome", "task", "task_update",
    "region", "organisation", "person", "representative_assignment",
    "engagement", "agreement",
    "event", "event_participant", "agenda_item", "decision",
    "member", "dues",
    "expert", "assistance_request", "criterion_assessment", "ibor_assessment",
    "publication", "term", "attachment",
)


@cache
def model_classes() -> dict[str, type[Replicated]]:
    found: dict[str, type[Replicated]] = {}
    for cls in Base.tables:
        if issubclass(cls, Replicated):
            found[cls.__tablename__] = cls
    missing = set(found) ^ set(ORDER)
    if missing:
        raise RuntimeError(f"catalogue order and models disagree on {sorted(missing)}")
    return {name: found[name] for name in ORDER}


@cache
def record_types() -> dict[str, RecordType]:
    out: dict[str, RecordType] = {}
    for name, cls in model_classes().items():
        table: Table = cls.__table__
        specs = tuple(spec_for(col.name, col.info) for col in table.columns
                      if SPEC_KEY in col.info)
        meta = cls.record
        out[name] = RecordType(name=name, label=meta.label, plural=meta.plural, fields=specs,
                               title_fields=meta.title, default_order=meta.order,
                               group=meta.group)
    return out


def record_type(name: str) -> RecordType:
    try:
        return record_types()[name]
    except KeyError:
        raise NotFoundError(
            _("unknown record type '{name}' (known: {known})",
              name=name, known=', '.join(record_types()))
        ) from None


def table_of(name: str) -> Table:
    record_type(name)
    return model_classes()[name].__table__
