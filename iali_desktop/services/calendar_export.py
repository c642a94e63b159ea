"""Events as an iCalendar (.ics) file that calendar programs import and later update.

Each event keeps one UID (`<event id>@iali-desktop`, the same on every replica, since
record ids are), and its SEQUENCE is the number of field versions held for the event and
its agenda items. Versions are only ever added, so every edit, delete or restore raises
it, and a calendar program that imports a newer file replaces the event instead of
adding a second copy. Events carry dates only, so they are all-day events (VALUE=DATE,
DTEND the day after the last day, as RFC 5545 wants); no time zone is needed.

A deleted event, or one the chosen person no longer takes part in, is written with
STATUS:CANCELLED (and a higher SEQUENCE), so importing the file again cancels what an
earlier import added.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import icalendar

from iali_desktop.domain import hlc
from iali_desktop.domain.choices import EventKind, EventStatus
from iali_desktop.domain.errors import NotFoundError, ValidationError
from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.domain.translation import _
from iali_desktop.store import reporting as store

from .records import Record, RecordService
from .reporting.common import Names
from .workspace import Workspace

PRODID = "-//IALI//IALI Desktop//EN"
UID_DOMAIN = "iali-desktop"
AGENDA_START = dt.time(9, 0)  # when a meeting has no start time, as in the printed pack
KIND_LABELS = {
    EventKind.IALI_CONFERENCE.value: "IALI conference",
    EventKind.REGIONAL_CONFERENCE.value: "Regional conference",
    EventKind.WEBINAR.value: "Webinar",
    EventKind.EC_MEETING.value: "EC meeting",
    EventKind.CONGRESS_GENERAL_ASSEMBLY.value: "Congress and General Assembly",
    EventKind.WORLD_CONGRESS.value: "World Congress",
    EventKind.OTHER.value: "Event",
}
_STATUS = {  # our event status -> iCalendar STATUS
    EventStatus.PLANNED.value: "TENTATIVE",
    EventStatus.POSTPONED.value: "TENTATIVE",
    EventStatus.CONFIRMED.value: "CONFIRMED",
    EventStatus.HELD.value: "CONFIRMED",
    EventStatus.CANCELLED.value: "CANCELLED",
}


@dataclass(frozen=True)
class CalendarExport:
    """What an export wrote."""

    path: Path
    events: int  # VEVENTs in the file, cancelled ones included
    cancelled: int
    skipped: int  # events without a start date (possible only after a merge), left out


def event_uid(event_id: str) -> str:
    return f"{event_id}@{UID_DOMAIN}"


class CalendarService:
    """Builds and writes .ics files of events: all, a region's, or a person's."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.records = RecordService(ws)

    # -- choosing events ------------------------------------------------------------------
    def _events(self, region: str | None, person: str | None
                ) -> tuple[list[Record], set[str]]:
        """The events to write, deleted ones included, and the ids to write as cancelled."""
        filters: list[Filter] = []
        if region is not None:
            self._require("region", region)
            filters.append(Filter("region", Op.EQ, region))
        ids: tuple[str, ...] | None = None
        withdrawn: set[str] = set()
        if person is not None:
            self._require("person", person)
            rows = self.records.list("event_participant", Query(
                filters=(Filter("person", Op.EQ, person),), include_deleted=True))
            live = {r["event"] for r in rows if not r["deleted"] and r["event"]}
            withdrawn = {r["event"] for r in rows if r["deleted"] and r["event"]} - live
            ids = tuple(sorted(live | withdrawn))
        events = self.records.list("event", Query(
            filters=tuple(filters), ids=ids, include_deleted=True,
            order=("start_date", "name")))
        cancelled = {e["id"] for e in events if e["deleted"] or e["id"] in withdrawn}
        return events, cancelled

    def _require(self, type_name: str, row_id: str) -> None:
        try:
            self.records.get(type_name, row_id)
        except NotFoundError:
            raise NotFoundError(_("no {type_name} with id {row_id}",
                                  type_name=type_name, row_id=row_id)) from None

    # -- building -------------------------------------------------------------------------
    def build(self, *, region: str | None = None, person: str | None = None,
              event_id: str | None = None, now: dt.datetime | None = None
              ) -> tuple[bytes, CalendarExport]:
        """The .ics bytes for the chosen events, and counts (path left empty)."""
        cancelled: set[str] = set()
        if event_id is not None:
            try:
                events = [self.records.get("event", event_id)]
            except NotFoundError:
                raise NotFoundError(_("no event with id {event_id}", event_id=event_id)) from None
        else:
            events, cancelled = self._events(region, person)
        stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
        ids = [e["id"] for e in events]
        agenda = self._agenda([e["id"] for e in events
                               if e["kind"] == EventKind.EC_MEETING.value])
        with self.ws.read() as tx:
            stats = store.version_stats(tx, "event", ids)
            item_stats = store.version_stats(tx, "agenda_item",
                                             [i["id"] for its in agenda.values() for i in its])
        names = Names(self.records)
        cal = icalendar.Calendar()
        cal.add("prodid", PRODID)
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        cal.add("method", "PUBLISH")
        cal.add("x-wr-calname", "IALI events")
        written = skipped = 0
        for e in events:
            if not e["start_date"]:
                skipped += 1
                continue
            items = agenda.get(e["id"], [])
            history = [stats.get(e["id"], (0, 0, 0))] + \
                [item_stats.get(i["id"], (0, 0, 0)) for i in items]
            live_items = [i for i in items if not i["deleted"]]
            cal.add_component(self._vevent(e, live_items, history, stamp, names,
                                           e["id"] in cancelled))
            written += 1
        result = CalendarExport(Path(), written, sum(
            1 for e in events if e["id"] in cancelled and e["start_date"]), skipped)
        return cal.to_ical(), result

    def _agenda(self, meeting_ids: list[str]) -> dict[str, list[Record]]:
        out: dict[str, list[Record]] = {}
        if meeting_ids:
            for item in self.records.list("agenda_item", Query(
                    filters=(Filter("meeting", Op.IN, meeting_ids),),
                    order=("position", "title"), include_deleted=True)):
                out.setdefault(item["meeting"], []).append(item)
        return out

    def _vevent(self, e: Record, items: list[Record], history: list[tuple[int, int, int]],
                stamp: dt.datetime, names: Names, cancelled: bool) -> icalendar.Event:
        start = dt.date.fromisoformat(e["start_date"])
        last = dt.date.fromisoformat(e["end_date"]) if e["end_date"] else start
        last = max(last, start)  # a merge can join an end and a start that no longer fit
        ev = icalendar.Event()
        ev.add("uid", event_uid(e["id"]))
        ev.add("dtstamp", stamp)
        ev.add("dtstart", start)
        ev.add("dtend", last + dt.timedelta(days=1))  # exclusive: the day after the last
        ev.add("summary", e["name"] or "")
        ev.add("sequence", sum(h[0] for h in history))
        stamps = [h for h in history if h[0]]
        if stamps:
            ev.add("created", _utc(min(h[1] for h in stamps)))
            ev.add("last-modified", _utc(max(h[2] for h in stamps)))
        status = "CANCELLED" if cancelled else \
            _STATUS.get(e["status"] or "", "CONFIRMED")
        ev.add("status", status)
        ev.add("transp", "TRANSPARENT")  # a day-long event should not block the whole day
        location = e["place"] or ("Online" if e["virtual"] else "")
        if location:
            ev.add("location", location)
        ev.add("categories", [KIND_LABELS.get(e["kind"] or "", "Event")])
        ev.add("description", self._description(e, items, names))
        return ev

    def _description(self, e: Record, items: list[Record], names: Names) -> str:
        parts: list[str] = []
        if e["description"]:
            parts.append(e["description"].strip())
        facts = [f"{label}: {value}" for label, value in (
            ("Kind", KIND_LABELS.get(e["kind"] or "", "")),
            ("Host", names.of("organisation", e["host"])),
            ("Region", names.of("region", e["region"])),
            ("Online", "yes" if e["virtual"] else "")) if value]
        if facts:
            parts.append("\n".join(facts))
        if items:
            parts.append("Agenda:\n" + "\n".join(agenda_lines(items, names, e["start_time"])))
        return "\n\n".join(parts)

    # -- writing --------------------------------------------------------------------------
    def export(self, out: Path, *, region: str | None = None, person: str | None = None,
               now: dt.datetime | None = None) -> CalendarExport:
        """Write the events (all, a region's or a person's) to `out`, replacing it."""
        data, result = self.build(region=region, person=person, now=now)
        write_atomically(out, data)
        return CalendarExport(out, result.events, result.cancelled, result.skipped)

    def export_event(self, event_id: str, out: Path, now: dt.datetime | None = None
                     ) -> CalendarExport:
        """Write one event (its "Add to calendar" file) to `out`."""
        data, result = self.build(event_id=event_id, now=now)
        write_atomically(out, data)
        return CalendarExport(out, result.events, result.cancelled, result.skipped)


def agenda_lines(items: list[Record], names: Names, start: str | None = None) -> list[str]:
    """"09:00–09:30 1. Opening (Ana Pérez)": times while every earlier item has its
    minutes allotted (counted from the meeting's start time, else 09:00, as the printed
    agenda does), else none."""
    first = dt.time.fromisoformat(start) if start else AGENDA_START
    clock: dt.datetime | None = dt.datetime.combine(dt.date(2000, 1, 1), first)
    lines = []
    for n, item in enumerate(items, 1):
        minutes = item["minutes_allotted"]
        when = ""
        if clock is not None and minutes is not None:
            end = clock + dt.timedelta(minutes=minutes)
            when = f"{clock:%H:%M}–{end:%H:%M} "
            clock = end
        else:
            clock = None
        presenter = names.of("person", item["presenter"])
        lines.append(f"{when}{item['position'] or n}. {item['title'] or ''}"
                     + (f" ({presenter})" if presenter else ""))
    return lines


def _utc(stamp: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(hlc.physical_ms(stamp) // 1000, dt.UTC)


def write_atomically(out: Path, data: bytes) -> None:
    """Write `out` through a temporary file in its folder, synced and renamed into place,
    so a failed or interrupted export never leaves half a calendar under the name."""
    if out.is_dir():
        raise ValidationError(_("{out} is a folder; give the .ics file to write", out=out))
    folder = out.parent
    if not folder.is_dir():
        raise ValidationError(_("the folder {folder} does not exist", folder=folder))
    try:
        fd, name = tempfile.mkstemp(prefix=".calendar-", suffix=".part", dir=folder)
    except OSError as exc:
        raise ValidationError(_("cannot write in {folder}: {strerror}",
                                folder=folder, strerror=exc.strerror or exc)) from None
    part = Path(name)
    try:
        with os.fdopen(fd, "wb") as fh:
            if hasattr(os, "fchmod"):  # mkstemp's 0600 would hide the file from others
                os.fchmod(fh.fileno(), 0o644)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        part.replace(out)
    except OSError as exc:
        with contextlib.suppress(OSError):
            part.unlink()
        raise ValidationError(_("cannot write {out}: {strerror}",
                                out=out, strerror=exc.strerror or exc)) from None
