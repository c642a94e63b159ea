"""The .ics export, read back with icalendar: what calendar programs rely on to import
events once and update them in place."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import icalendar
import pytest

from iali_desktop.domain.errors import NotFoundError, ValidationError
from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.services.calendar_export import CalendarService, event_uid
from iali_desktop.services.records import RecordService
from iali_desktop.services.workspace import Workspace


@pytest.fixture
def ws(seeded_db: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(seeded_db)
    yield workspace
    workspace.close()


def read(path: Path) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    assert cal["METHOD"] == "PUBLISH" and cal["VERSION"] == "2.0" and cal["PRODID"]
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def first(records: RecordService, type_name: str) -> str:
    return str(records.list(type_name, Query(limit=1))[0]["id"])


def meeting(records: RecordService, **extra: object) -> str:
    return records.create("event", {"name": "EC meeting, Lisbon", "kind": "ec_meeting",
                                    "start_date": "2026-05-04", "end_date": "2026-05-06",
                                    "place": "Lisbon", **extra})


def test_each_event_keeps_its_uid_across_exports(ws: Workspace, tmp_path: Path) -> None:
    service = CalendarService(ws)
    one = read(service.export(tmp_path / "one.ics").path)
    two = read(service.export(tmp_path / "two.ics").path)
    ids = RecordService(ws).ids("event")
    assert ids and set(one) == set(two) == {event_uid(i) for i in ids}
    assert all(e["DTSTAMP"] for e in one.values())


def test_an_edit_raises_the_sequence_so_the_import_replaces_the_event(
        ws: Workspace, tmp_path: Path) -> None:
    records, service = RecordService(ws), CalendarService(ws)
    event = meeting(records)
    before = read(service.export(tmp_path / "a.ics").path)[event_uid(event)]
    records.update("event", event, {"place": "Porto"})
    after = read(service.export(tmp_path / "a.ics").path)[event_uid(event)]
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])
    assert after["LAST-MODIFIED"].dt >= before["LAST-MODIFIED"].dt
    assert str(after["LOCATION"]) == "Porto"


def test_an_agenda_edit_raises_the_meeting_sequence(ws: Workspace, tmp_path: Path) -> None:
    records, service = RecordService(ws), CalendarService(ws)
    event = meeting(records)
    item = records.create("agenda_item", {"meeting": event, "position": 1, "title": "Opening"})
    before = read(service.export(tmp_path / "a.ics").path)[event_uid(event)]
    records.update("agenda_item", item, {"title": "Opening and welcome"})
    after = read(service.export(tmp_path / "a.ics").path)[event_uid(event)]
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])
    assert "Opening and welcome" in str(after["DESCRIPTION"])


def test_all_day_events_end_the_day_after_their_last_day(ws: Workspace,
                                                        tmp_path: Path) -> None:
    records = RecordService(ws)
    three_days = meeting(records)
    one_day = records.create("event", {"name": "Webinar", "kind": "webinar",
                                       "start_date": "2026-02-27", "virtual": True})
    events = read(CalendarService(ws).export(tmp_path / "a.ics").path)
    long, short = events[event_uid(three_days)], events[event_uid(one_day)]
    assert long["DTSTART"].params["VALUE"] == "DATE"
    assert (long["DTSTART"].dt, long["DTEND"].dt) == (dt.date(2026, 5, 4), dt.date(2026, 5, 7))
    assert not isinstance(long["DTSTART"].dt, dt.datetime)
    assert (short["DTSTART"].dt, short["DTEND"].dt) == (dt.date(2026, 2, 27),
                                                        dt.date(2026, 2, 28))
    assert str(short["LOCATION"]) == "Online"


def test_an_ec_meeting_carries_its_agenda_in_order_with_times(ws: Workspace,
                                                             tmp_path: Path) -> None:
    records = RecordService(ws)
    event = meeting(records)
    person = first(records, "person")
    records.create("agenda_item", {"meeting": event, "position": 2, "title": "Regional reports",
                                   "minutes_allotted": 60})
    records.create("agenda_item", {"meeting": event, "position": 1, "title": "Opening",
                                   "minutes_allotted": 15, "presenter": person})
    gone = records.create("agenda_item", {"meeting": event, "position": 3, "title": "Dropped"})
    records.delete("agenda_item", gone)
    text = str(read(CalendarService(ws).export(tmp_path / "a.ics").path)[
        event_uid(event)]["DESCRIPTION"])
    agenda = text.split("Agenda:\n", 1)[1].splitlines()
    assert agenda == [f"09:00–09:15 1. Opening ({records.title('person', person)})",
                      "09:15–10:15 2. Regional reports"]
    records.update("event", event, {"start_time": "13:30"})  # as the printed agenda
    text = str(read(CalendarService(ws).export(tmp_path / "b.ics").path)[
        event_uid(event)]["DESCRIPTION"])
    assert text.split("Agenda:\n", 1)[1].splitlines()[0].startswith("13:30–13:45 1. Opening")


def test_region_and_person_filters(ws: Workspace, tmp_path: Path) -> None:
    records, service = RecordService(ws), CalendarService(ws)
    regions = records.ids("region")
    person = first(records, "person")
    here = meeting(records, region=regions[0])
    there = meeting(records, region=regions[1])
    records.create("event_participant", {"event": there, "person": person})
    in_region = read(service.export(tmp_path / "r.ics", region=regions[0]).path)
    assert event_uid(here) in in_region and event_uid(there) not in in_region
    assert len(in_region) == records.count("event", Query(
        filters=(Filter("region", Op.EQ, regions[0]),)))
    attended = read(service.export(tmp_path / "p.ics", person=person).path)
    assert set(attended) == {event_uid(there)}
    with pytest.raises(NotFoundError, match="no region"):
        service.export(tmp_path / "x.ics", region=person)


def test_a_deleted_event_or_dropped_attendance_is_exported_as_cancelled(
        ws: Workspace, tmp_path: Path) -> None:
    records, service = RecordService(ws), CalendarService(ws)
    person = first(records, "person")
    event = meeting(records)
    dropped = meeting(records)
    link = records.create("event_participant", {"event": dropped, "person": person})
    records.create("event_participant", {"event": event, "person": person})
    before = read(service.export(tmp_path / "a.ics").path)[event_uid(event)]
    assert str(before["STATUS"]) == "CONFIRMED"
    records.delete("event", event)
    records.delete("event_participant", link)
    after = read(service.export(tmp_path / "a.ics").path)[event_uid(event)]
    assert str(after["STATUS"]) == "CANCELLED"
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])
    mine = read(service.export(tmp_path / "p.ics", person=person).path)
    assert {u: str(e["STATUS"]) for u, e in mine.items()} == {
        event_uid(event): "CANCELLED", event_uid(dropped): "CANCELLED"}


def test_one_event_file_for_add_to_calendar(ws: Workspace, tmp_path: Path) -> None:
    records = RecordService(ws)
    event = meeting(records)
    result = CalendarService(ws).export_event(event, tmp_path / "one.ics")
    assert list(read(result.path)) == [event_uid(event)]
    records.delete("event", event)
    with pytest.raises(NotFoundError):
        CalendarService(ws).export_event(event, tmp_path / "one.ics")


def test_export_replaces_the_file_whole_and_leaves_no_temporary(ws: Workspace,
                                                               tmp_path: Path) -> None:
    out = tmp_path / "events.ics"
    out.write_text("old calendar")
    CalendarService(ws).export(out)
    assert "old calendar" not in out.read_text(encoding="utf-8") and read(out)
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []
    with pytest.raises(ValidationError, match="does not exist"):
        CalendarService(ws).export(tmp_path / "missing" / "x.ics")
    with pytest.raises(ValidationError, match="is a folder"):
        CalendarService(ws).export(tmp_path)
