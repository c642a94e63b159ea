"""Record rules (domain/record_rules.py): impossible records are refused on every local
write path with one sentence, and nothing is written; values received by sync are not."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from iali_desktop.cli import main
from iali_desktop.domain.errors import ValidationError
from iali_desktop.services.info import dump_text
from iali_desktop.services.records import RecordService, record_type
from iali_desktop.services.workspace import Workspace

EVENT_BACKWARDS = ("Event: 'Ends' (2024-05-01) is before 'Starts' (2025-05-01); change "
                   "'Starts' or 'Ends' so that 'Ends' is not earlier")
DONE_AT_40 = ("Task: status 'done' does not go with progress 40 %; set progress to 100, or "
              "choose another status")


@pytest.fixture
def ws(seeded_db: Path) -> Iterator[Workspace]:
    with Workspace.open(seeded_db) as opened:
        yield opened


def _kind(type_name: str) -> str:
    return record_type(type_name).field("kind").choices[0]


def _event(service: RecordService, **values: str) -> str:
    return service.create("event", {"name": "Regional forum", "kind": _kind("event"),
                                    **values})


def _task(service: RecordService) -> str:
    plan = service.ids("action_plan")[0]
    return service.create("task", {"plan": plan, "kind": "specific_task",
                                   "title": "Publish the guide", "status": "in_progress",
                                   "progress": 40})


def _refused(ws: Workspace, write: object, message: str) -> None:
    before = dump_text(ws)
    with pytest.raises(ValidationError) as refused:
        write()  # type: ignore[operator]
    assert str(refused.value) == message
    assert dump_text(ws) == before


def test_an_event_ending_before_it_starts_is_refused_on_create_update_and_batch(
        ws: Workspace) -> None:
    service = RecordService(ws)
    _refused(ws, lambda: _event(service, start_date="2025-05-01", end_date="2024-05-01"),
             EVENT_BACKWARDS)
    event = _event(service, start_date="2025-05-01", end_date="2025-05-03")
    _refused(ws, lambda: service.update("event", event, {"end_date": "2024-05-01"}),
             EVENT_BACKWARDS)

    def in_a_batch() -> None:
        with service.batch() as batch:
            batch.update("event", event, {"name": "Renamed in the same batch"})
            batch.update("event", event, {"end_date": "2024-05-01"})

    _refused(ws, in_a_batch, EVENT_BACKWARDS)
    # Moving both dates together is fine; so is an end on the start day.
    service.update("event", event, {"start_date": "2026-01-10", "end_date": "2026-01-10"})


@pytest.mark.parametrize(("type_name", "values", "start", "end"), [
    ("representative_assignment", {}, "start_date", "end_date"),
    ("agreement", {"title": "MOU"}, "signed_on", "expires_on"),
    ("agreement", {"title": "MOU"}, "signed_on", "review_on"),
    ("ibor_assessment", {"country": "Ghana"}, "started_on", "completed_on"),
])
def test_every_start_and_end_pair_is_kept_in_order(ws: Workspace, type_name: str,
                                                   values: dict[str, str], start: str,
                                                   end: str) -> None:
    service = RecordService(ws)
    rt = record_type(type_name)
    given = dict(values)
    if rt.has_field("kind"):
        given["kind"] = _kind(type_name)
    if type_name == "representative_assignment":
        given["person"] = service.ids("person")[0]
    if rt.has_field("status") and rt.field("status").choices:
        given["status"] = rt.field("status").choices[0]
    row = service.create(type_name, {**given, start: "2025-03-01"})
    a, b = rt.field(start).label, rt.field(end).label
    _refused(ws, lambda: service.update(type_name, row, {end: "2025-02-28"}),
             f"{rt.label}: '{b}' (2025-02-28) is before '{a}' (2025-03-01); change "
             f"'{a}' or '{b}' so that '{b}' is not earlier")


def test_plan_years_and_assistance_dates_are_kept_in_order(ws: Workspace) -> None:
    service = RecordService(ws)
    plan = service.ids("action_plan")[0]
    with pytest.raises(ValidationError, match=r"'To year' .* is before 'From year'"):
        service.update("action_plan", plan, {"period_end": 1995})
    request = service.create("assistance_request", {
        "requester": service.ids("organisation")[0], "subject": "Training",
        "received_on": "2025-03-01"})
    for field in ("decided_on", "responded_on"):
        with pytest.raises(ValidationError, match="is before 'Received'"):
            service.update("assistance_request", request, {field: "2025-01-01"})


def test_a_task_done_at_40_percent_is_refused_and_done_at_100_is_fine(ws: Workspace) -> None:
    service = RecordService(ws)
    task = _task(service)
    _refused(ws, lambda: service.update("task", task, {"status": "done"}), DONE_AT_40)
    plan = service.ids("action_plan")[0]
    _refused(ws, lambda: service.create("task", {
        "plan": plan, "kind": "specific_task", "title": "Another", "status": "done",
        "progress": 40}), DONE_AT_40)
    service.update("task", task, {"status": "done", "progress": 100})
    with pytest.raises(ValidationError, match="status 'done' does not go with progress 90 %"):
        service.update("task", task, {"progress": 90})
    # Reaching 100 % does not change the status by itself; an empty progress is allowed.
    other = _task(service)
    service.update("task", other, {"progress": 100})
    assert service.get("task", other)["status"] == "in_progress"
    service.update("task", other, {"progress": None, "status": "done"})


def test_dates_outside_1900_to_2200_are_refused(ws: Workspace) -> None:
    service = RecordService(ws)
    _refused(ws, lambda: _event(service, start_date="1025-05-01"),
             "Event: 'Starts' (1025-05-01) is not a plausible date; give a year from 1900 "
             "to 2200")
    event = _event(service, start_date="2025-05-01")
    with pytest.raises(ValidationError, match=r"'Ends' \(2250-01-01\) is not a plausible"):
        service.update("event", event, {"end_date": "2250-01-01"})
    service.update("event", event, {"end_date": "2200-12-31"})


def test_the_cli_refuses_with_the_same_sentence_and_changes_nothing(
        ws: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(ws.path)]
    before = dump_text(ws)
    code = main(["records", "add", "event", "name=Regional forum", f"kind={_kind('event')}",
                 "start_date=2025-05-01", "end_date=2024-05-01", *db])
    out, err = capsys.readouterr()
    assert code != 0 and out == ""
    assert err == f"iali-desktop: error: {EVENT_BACKWARDS}\n"
    assert dump_text(ws) == before
    task = _task(RecordService(ws))
    before = dump_text(ws)
    code = main(["records", "set", "task", task, "status=done", *db])
    out, err = capsys.readouterr()
    assert code != 0 and out == "" and err == f"iali-desktop: error: {DONE_AT_40}\n"
    assert dump_text(ws) == before



def test_a_meeting_start_time_is_a_time_of_day(ws: Workspace) -> None:
    service = RecordService(ws)
    event = _event(service, start_date="2026-05-12", start_time="09:30")
    for wrong in ("9.30", "25:00", "9:30"):
        _refused(ws, lambda wrong=wrong: service.update("event", event, {"start_time": wrong}),
                 f"Event: 'Start time' ({wrong}) is not a time of day; write it as HH:MM, "
                 "for example 09:30")
    service.update("event", event, {"start_time": "14:00"})
    assert service.get("event", event)["start_time"] == "14:00"
