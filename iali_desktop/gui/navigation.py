"""Where a record is shown: which page, and which record on it.

Records that have no page of their own (an agenda item, a dues payment, a progress
update ...) are shown on the page of the record they belong to; the plan's own records
(plans, areas, outcomes) open in the plan tree; EC meetings open on their special page;
an attachment opens the record it is attached to.
"""

from __future__ import annotations

from dataclasses import dataclass

from iali_desktop.domain.choices import EventKind
from iali_desktop.domain.errors import NotFoundError

from .context import AppContext
from .pages import page_for_type

# child type -> (field pointing at its parent, parent type)
PARENTS: dict[str, tuple[str, str]] = {
    "task_update": ("task", "task"),
    "event_participant": ("event", "event"),
    "agenda_item": ("meeting", "event"),
    "decision": ("meeting", "event"),
    "dues": ("member", "member"),
    "criterion_assessment": ("request", "assistance_request"),
    "representative_assignment": ("person", "person"),
}
PLAN_TYPES = frozenset({"action_plan", "action_area", "key_outcome"})


@dataclass(frozen=True)
class Target:
    page: str
    type_name: str
    row_id: str


def resolve(ctx: AppContext, type_name: str, row_id: str) -> Target | None:
    """The page and record to show for a request to open (type_name, row_id)."""
    if type_name == "attachment":  # a file is shown on the form of the record it is on
        try:
            found = ctx.records.get(type_name, row_id)
        except NotFoundError:
            return None
        if not found.get("owner_type") or not found.get("owner_id"):
            return None
        return resolve(ctx, str(found["owner_type"]), str(found["owner_id"]))
    if type_name in PLAN_TYPES:
        return Target("plan", type_name, row_id)
    if type_name in PARENTS:
        field, parent_type = PARENTS[type_name]
        try:
            parent = ctx.records.get(type_name, row_id).get(field)
        except NotFoundError:
            return None
        if not parent:
            return None
        type_name, row_id = parent_type, str(parent)
    if type_name == "event" and _is_ec_meeting(ctx, row_id):
        return Target("ec_meetings", type_name, row_id)
    page = page_for_type(type_name)
    return Target(page, type_name, row_id) if page else None


def _is_ec_meeting(ctx: AppContext, row_id: str) -> bool:
    try:
        return bool(ctx.records.get("event", row_id).get("kind") == EventKind.EC_MEETING.value)
    except NotFoundError:
        return False
