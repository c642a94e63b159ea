"""Record rules: what must hold between the fields of one record, beyond each value alone.

A field's own checks (`domain/values.py`) say whether a value can be a date, a number
from 0 to 100, a choice of the list. These rules look at a record as a whole: an event
that ends before it starts, a task marked done at 40 %, a date in the year 1025.

They apply to *local* writes only (the services check them on every create and update,
so the CLI, the window and batch writes all refuse alike, with the same sentence). A value
received by sync is never refused after the fact: every replica must derive the same
rows from the same versions, and two edits each fine on its own replica can meet in an
impossible pair after a merge. A local write is checked against the rules it touches, so
such a record stays editable; the write that touches the broken pair must mend it.

Each refusal is one sentence that names the fields by their labels and says what to do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from iali_desktop.domain.choices import MinutesStatus, TaskStatus
from iali_desktop.domain.errors import ValidationError
from iali_desktop.domain.fields import FieldKind, RecordType
from iali_desktop.domain.translation import _, field_label, type_label

EARLIEST_YEAR = 1900  # the oldest date IALI's records can sensibly hold (founded 1972)
LATEST_YEAR = 2200  # far enough for any plan, review or expiry date


Problem = Callable[[RecordType, Mapping[str, Any]], str | None]


@dataclass(frozen=True)
class Rule:
    """A check over some fields of one record type; `problem` returns the sentence to show
    when the record breaks it, or None. `summary` describes it in the data-model document."""

    record_type: str
    fields: tuple[str, ...]
    summary: str
    problem: Problem


def _not_before(record_type: str, first: str, second: str) -> Rule:
    """`second` (an end) is on or after `first` (its start), when both are given."""

    def problem(rt: RecordType, record: Mapping[str, Any]) -> str | None:
        start, end = record.get(first), record.get(second)
        if start is None or end is None or end >= start:
            return None
        a, b = field_label(rt.field(first).label), field_label(rt.field(second).label)
        return _("{type}: '{end_field}' ({end}) is before '{start_field}' ({start}); change "
                 "'{start_field}' or '{end_field}' so that '{end_field}' is not earlier",
                 type=type_label(rt.label), end_field=b, end=end, start_field=a, start=start)

    return Rule(record_type, (first, second), f"`{second}` is not before `{first}`", problem)


def _done_at_full_progress(rt: RecordType, record: Mapping[str, Any]) -> str | None:
    # An empty progress on a done task is allowed: progress summaries count done as 100 %.
    progress = record.get("progress")
    if record.get("status") != TaskStatus.DONE.value or progress is None or progress == 100:
        return None
    return _("{type}: status 'done' does not go with progress {progress} %; set progress to "
             "100, or choose another status", type=type_label(rt.label), progress=progress)


def _approval_recorded(rt: RecordType, record: Mapping[str, Any]) -> str | None:
    # Approved minutes say where and when: the printed minutes quote both.
    if record.get("minutes_status") != MinutesStatus.APPROVED.value:
        return None
    missing = [field_label(rt.field(n).label)
               for n in ("minutes_approved_at", "minutes_approved_on") if not record.get(n)]
    if not missing:
        return None
    return _("{type}: approved minutes need '{field}'; give the meeting that approved them "
             "and the day, or keep the minutes as a draft", type=type_label(rt.label),
             field=field_label(missing[0]))


def _time_of_day(rt: RecordType, record: Mapping[str, Any]) -> str | None:
    value = record.get("start_time")
    if value is None or time_of_day(value) is not None:
        return None
    return _("{type}: '{field}' ({value}) is not a time of day; write it as HH:MM, for "
             "example 09:30", type=type_label(rt.label),
             field=field_label(rt.field("start_time").label), value=value)


def time_of_day(value: str) -> dt.time | None:
    """"09:30" as a time; None when it is not a time of day written HH:MM."""
    if len(value) != 5 or value[2] != ":":
        return None
    try:
        return dt.time.fromisoformat(value)
    except ValueError:
        return None


RULES: tuple[Rule, ...] = (
    _not_before("action_plan", "period_start", "period_end"),
    _not_before("event", "start_date", "end_date"),
    Rule("event", ("start_time",), "`start_time` is a time of day written HH:MM",
         _time_of_day),
    _not_before("representative_assignment", "start_date", "end_date"),
    _not_before("agreement", "signed_on", "expires_on"),
    _not_before("agreement", "signed_on", "review_on"),
    _not_before("assistance_request", "received_on", "decided_on"),
    _not_before("assistance_request", "received_on", "responded_on"),
    _not_before("ibor_assessment", "started_on", "completed_on"),
    Rule("task", ("status", "progress"),
         "`status` `done` goes with `progress` 100 (or no progress given); reaching 100 "
         "does not change the status by itself", _done_at_full_progress),
    Rule("event", ("minutes_status", "minutes_approved_at", "minutes_approved_on"),
         "`minutes_status` `approved` goes with `minutes_approved_at` and "
         "`minutes_approved_on`", _approval_recorded),
    _not_before("event", "start_date", "minutes_approved_on"),
)
DATE_BOUNDS = f"every date has a year from {EARLIEST_YEAR} to {LATEST_YEAR}"


def _date_out_of_bounds(rt: RecordType, name: str, value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    year = dt.date.fromisoformat(value).year
    if EARLIEST_YEAR <= year <= LATEST_YEAR:
        return None
    return _("{type}: '{field}' ({value}) is not a plausible date; give a year from {earliest} "
             "to {latest}", type=type_label(rt.label), field=field_label(rt.field(name).label),
             value=value, earliest=EARLIEST_YEAR, latest=LATEST_YEAR)


def check_record(rt: RecordType, record: Mapping[str, Any], written: set[str]) -> None:
    """Refuse a local write that leaves `record` (its values after the write) breaking a
    rule over any of the `written` fields. Raises ValidationError with one sentence."""
    for name in sorted(written):
        if rt.has_field(name) and rt.field(name).kind is FieldKind.DATE:
            message = _date_out_of_bounds(rt, name, record.get(name))
            if message:
                raise ValidationError(message)
    for rule in RULES:
        if rule.record_type == rt.name and written.intersection(rule.fields):
            message = rule.problem(rt, record)
            if message:
                raise ValidationError(message)


def rules_of(type_name: str) -> list[Rule]:
    """The cross-field rules of one record type (the date bounds hold for every type)."""
    return [r for r in RULES if r.record_type == type_name]
