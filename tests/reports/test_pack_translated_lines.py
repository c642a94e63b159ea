"""What the meeting pack's own papers print: an event known only to its year as the year,
and list entries (a membership category) in the pack's language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from report_helpers import flat, page_texts

from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.reports import build_meeting_pack
from iali_desktop.services.records import RecordService
from iali_desktop.services.setup import initialise


def test_pack_prints_partial_dates_and_list_entries_in_its_language(tmp_path: Path) -> None:
    ws, _ = initialise(tmp_path / "ec.db", "Secretariat")
    with ws:
        records = RecordService(ws)
        meeting = records.create("event", {"name": "EC meeting (June)", "kind": "ec_meeting",
                                           "start_date": "2026-06-16"})
        records.create("agenda_item", {"meeting": meeting, "position": 1, "title": "Members",
                                       "papers": ["members_dues", "events_calendar"]})
        records.create("event", {"name": "Forum on platform work", "kind": "regional_conference",
                                 "start_date": "2026-07-01", "date_precision": "month"})
        (associate,) = records.list("term", Query(filters=(
            Filter("name", Op.EQ, "Associate member"),)))
        org = records.create("organisation", {"name": "Inspection du travail de Maurice",
                                              "kind": "national_inspectorate"})
        records.create("member", {"organisation": org, "category": associate["id"],
                                  "status": "active"})
        text = flat(" ".join(page_texts(build_meeting_pack(
            ws, meeting, tmp_path / "pack.pdf", "fr", as_of=dt.date(2026, 6, 1)))))
    assert "Membre associé" in text and "Associate member" not in text
    assert "Forum on platform work" in text
    assert "2026-07-01" not in text and "1 juil" not in text  # known to the month only
