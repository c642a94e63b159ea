"""Where a record page starts: the filters it opens with and the record it lands on.

A page's table opens on everything of its type, except where that mixes work nobody reads
together: tasks open on the current action plan's (a filter the "Clear filters" button
removes like any other). And a page opens on a record rather than an empty form: the
first row by default; pages with a more useful first record (the next EC meeting, the
oldest request waiting for a decision) say so in `landing_record`.
"""

from __future__ import annotations

from collections.abc import Callable

from iali_desktop.gui.context import AppContext
from iali_desktop.services.overview import Overview
from iali_desktop.services.plans import PlanService

Scope = Callable[[AppContext], dict[str, str]]


def current_plan_scope(ctx: AppContext) -> dict[str, str]:
    """Only the current plan's rows (its tasks), when there is a plan."""
    plan = PlanService(ctx.records).current_plan()
    return {"plan": str(plan["id"])} if plan is not None else {}


DEFAULT_SCOPES: dict[str, Scope] = {"task": current_plan_scope}


def default_filters(ctx: AppContext, type_name: str) -> dict[str, str]:
    """The field = value conditions a page of `type_name` opens with."""
    scope = DEFAULT_SCOPES.get(type_name)
    return scope(ctx) if scope is not None else {}


def next_or_latest_meeting(ctx: AppContext) -> str | None:
    """The next EC meeting, else the most recent one."""
    overview = Overview(ctx.records)
    meeting = overview.next_meeting()
    if meeting is None:
        meetings = overview.ec_meetings()  # the most recent first
        meeting = meetings[0] if meetings else None
    return str(meeting["id"]) if meeting is not None else None


def oldest_pending_request(ctx: AppContext) -> str | None:
    """The request that has waited longest for an EC decision."""
    pending = Overview(ctx.records).pending_requests()
    return str(pending[0].request["id"]) if pending else None
