"""Which papers an EC agenda item starts with, by the kind of item it is.

The secretary chooses the papers of each agenda item (its `papers` field); these are only
the first choice offered when an item is created with a kind and no papers, so that
"Regional reports" starts with the regional reports and the treasurer's item with the
members and dues. Nothing is ever inferred from the item's title.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .choices import AgendaItemKind as Kind
from .choices import AgendaPaper as Paper

_FILES = Paper.ATTACHED_FILES
DEFAULT_PAPERS: dict[Kind, tuple[Paper, ...]] = {
    Kind.OPENING: (_FILES,),
    Kind.PREVIOUS_MINUTES: (_FILES, Paper.OPEN_ACTIONS),
    Kind.ACTION_PLAN: (_FILES, Paper.PLAN_STATUS),
    Kind.REGIONAL_REPORTS: (_FILES, Paper.REGIONAL_REPORTS),
    Kind.FINANCE: (_FILES, Paper.MEMBERS_DUES),
    Kind.PARTNERSHIPS: (_FILES, Paper.MOU_REGISTER),
    Kind.ASSISTANCE: (_FILES, Paper.AWAITING_DECISION),
    Kind.EXPERTS: (_FILES, Paper.EXPERT_LISTING),
    Kind.EVENTS: (_FILES, Paper.EVENTS_CALENDAR),
    Kind.ELECTION: (_FILES,),
    Kind.ANY_OTHER_BUSINESS: (_FILES,),
    Kind.OTHER: (_FILES,),
}
UNCHOSEN: tuple[Paper, ...] = (_FILES,)  # an item whose papers were never chosen


def default_papers(kind: str | None) -> list[str]:
    """The papers a new item of this kind starts with (its attached files for no kind)."""
    try:
        chosen = DEFAULT_PAPERS[Kind(kind)] if kind else UNCHOSEN
    except ValueError:
        chosen = UNCHOSEN
    return [p.value for p in chosen]


def papers_of(item: Mapping[str, Any]) -> tuple[str, ...]:
    """What an agenda item's pack pages hold, in the order the papers are listed: the
    chosen ones, or its attached files when the secretary never chose."""
    chosen = item.get("papers")
    if chosen is None:
        return tuple(p.value for p in UNCHOSEN)
    order = {p.value: i for i, p in enumerate(Paper)}
    return tuple(sorted((p for p in chosen if p in order), key=order.__getitem__))


def creation_defaults(type_name: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Values a new record takes when they are not given: an agenda item's papers from its
    kind."""
    if type_name == "agenda_item" and values.get("papers") is None:
        return {"papers": default_papers(values.get("kind"))}
    return {}


def following_defaults(type_name: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Fields of a new record that follow another while the person has not set them (the
    form shows them as the kind is chosen): an agenda item's papers follow its kind."""
    if type_name == "agenda_item" and values.get("kind"):
        return {"papers": default_papers(values["kind"])}
    return {}
