"""How fast the EC meeting pack prints over ten years of data.

Run on demand (not a test): `.venv/bin/python bench/bench_reports.py [--db PATH] [--runs N]`.
Builds (or reuses) a database holding a ten-year dataset written through the record
service in one WriteBatch (one transaction): 1,000 tasks over four action plans, 1,000
progress updates, 300 events (two EC meetings a year, agenda items), 2,000 engagements,
500 people, 120 organisations with members and dues, 60 experts, 30 assistance requests.
It then measures, as medians of several runs:

- the meeting pack for the next EC meeting, end to end (gathering + layout, all passes);
- the gathering alone (services/reporting);
- a bare ReportLab document holding the same tables (SimpleDocTemplate, one pass, no
  contents, outline, running header, chart or data gathering), measured in the same run.

The target is under 3 s for the pack; the ratio to the bare document shows what the
framework (multi-pass contents, page X of Y, bookmarks) costs over ReportLab itself.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import SimpleDocTemplate, Table

from iali_desktop.reports import build_meeting_pack
from iali_desktop.reports.document import DocInfo, ReportDocument
from iali_desktop.reports.i18n import Translator
from iali_desktop.reports.meeting_pack import story
from iali_desktop.services.demo import seed_id
from iali_desktop.services.overview import Overview
from iali_desktop.services.records import RecordService, WriteBatch
from iali_desktop.services.reporting import meeting_pack
from iali_desktop.services.setup import initialise
from iali_desktop.services.workspace import Workspace

TODAY = dt.date(2026, 3, 10)
REGIONS = ["region-africa", "region-americas", "region-arab-states", "region-asia-pacific",
           "region-europe-central-asia"]
WORDS = ["inspection", "labour", "safety", "health", "alliance", "training", "strategy",
         "cooperation", "review", "regional", "network", "guidance", "enforcement", "campaign",
         "survey", "workshop", "partners", "report", "mission", "assessment", "capacity",
         "programme", "exchange", "national", "follow-up"]


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


def populate(b: WriteBatch, rng: random.Random) -> None:
    regions = [seed_id(r) for r in REGIONS]
    orgs = [b.create("organisation", {
        "name": f"Labour inspectorate {i:03d}", "kind": "national_inspectorate",
        "region": regions[i % 5], "country": f"Country {i:03d}", "sphere": "national"})
        for i in range(120)]
    people = [b.create("person", {
        "name": f"Person {i:03d} Wiśniewska-Nguyễn", "organisation": orgs[i % 120],
        "email": f"p{i}@example.org", "roles": ["contact"], "country": f"Country {i % 120:03d}"})
        for i in range(500)]
    for i in range(5):
        b.create("representative_assignment", {"person": people[i], "region": regions[i],
                                               "start_date": "2016-01-01"})
    plans = []
    for start in (2016, 2019, 2022, 2025):
        plan = b.create("action_plan", {"title": f"Action plan {start}-{start + 3}",
                                        "period_start": start, "period_end": start + 3,
                                        "status": "adopted" if start == 2025 else "closed"})
        areas = [b.create("action_area", {"plan": plan, "number": n, "role_name":
                                          f"Role {n}", "objective": sentence(rng, 14)})
                 for n in range(1, 7)]
        plans.append((plan, areas))
    statuses = ["not_started", "in_progress", "on_hold", "done", "cancelled"]
    for i in range(1000):
        plan, areas = plans[i % 4]
        status = rng.choice(statuses)
        task = b.create("task", {
            "plan": plan, "area": areas[i % 6], "kind": "specific_task" if i % 5 else
            "ongoing_activity", "number": i // 4 + 1, "title": sentence(rng, 9),
            "owner": people[i % 500], "region": regions[i % 5], "status": status,
            "due_date": day(rng.randint(-400, 400)),
            "progress": 100 if status == "done" else rng.randint(0, 99)})  # the task rule
        b.create("task_update", {"task": task, "date": day(-rng.randint(0, 700)),
                                 "author": people[(i + 3) % 500], "text": sentence(rng, 20)})
    meetings = []
    kinds = ["regional_conference", "webinar", "iali_conference", "other"]
    for i in range(300):
        if i < 20:  # two EC meetings a year, the last one ahead
            start = day(30 - 182 * (19 - i))
            event = b.create("event", {"name": f"EC meeting {i + 1}", "kind": "ec_meeting",
                                       "start_date": start, "status": "held" if i < 19
                                       else "confirmed", "place": "Geneva"})
            meetings.append(event)
        else:
            b.create("event", {"name": f"Event {i:03d}: {sentence(rng, 4)}",
                               "kind": kinds[i % 4], "start_date": day(rng.randint(-3300, 360)),
                               "region": regions[i % 5], "place": f"City {i % 40}",
                               "status": "planned"})
    for pos in range(1, 9):
        b.create("agenda_item", {"meeting": meetings[-1], "position": pos, "minutes_allotted": 20,
                                 "title": ["Opening", "Action plan progress", "Assistance "
                                           "requests", "Regional reports", "MOU register",
                                           "Membership and dues", "Experts", "Events"][pos - 1],
                                 "presenter": people[pos]})
    for i in range(8):
        b.create("decision", {"meeting": meetings[-2], "kind": "action_item", "status": "open",
                              "text": sentence(rng, 10), "owner": people[i],
                              "due_date": day(rng.randint(-60, 60))})
    for i in range(2000):
        b.create("engagement", {
            "date": day(-rng.randint(0, 3650)), "kind": "meeting",
            "organisations": [orgs[i % 120], orgs[(i * 7) % 120]], "people": [people[i % 500]],
            "summary": sentence(rng, 12), "region": regions[i % 5],
            "follow_up": sentence(rng, 8) if i % 4 == 0 else None})
    for i in range(120):
        member = b.create("member", {"organisation": orgs[i], "status": "active" if i % 9
                                     else "lapsed", "joined_on": "2010-01-01"})
        b.create("dues", {"member": member, "year": TODAY.year, "amount": "500",
                          "currency": "EUR", "paid_on": day(-30) if i % 4 else None})
    skills = [b.create("term", {"vocabulary": "skill_category", "name": f"Skill {i}"})
              for i in range(8)]
    experts = [b.create("expert", {
        "person": people[i * 7], "skill_categories": [skills[i % 8]],
        "listing_status": "delisted" if i % 10 == 0 else "listed",
        "listing_changed_on": day(-rng.randint(0, 900))}) for i in range(60)]
    criteria = [b.create("term", {"vocabulary": "assistance_criterion", "name": f"Criterion {i}"})
                for i in range(6)]
    for i in range(30):
        request = b.create("assistance_request", {
            "requester": orgs[i], "subject": sentence(rng, 7), "received_on": day(-i * 20),
            "ec_decision": "pending" if i < 10 else "approved",
            "assigned_experts": [experts[i]] if i >= 10 else None})
        for criterion in criteria:
            b.create("criterion_assessment", {"request": request, "criterion": criterion,
                                              "met": rng.random() > 0.4,
                                              "score": rng.randint(0, 5)})


def make_database(path: Path) -> float:
    started = time.perf_counter()
    ws, _ = initialise(path, "Benchmark secretariat")
    with ws, RecordService(ws).batch() as b:
        populate(b, random.Random(7))
    return time.perf_counter() - started


def median_time(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="reuse or create this database")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-reports-"))
    db = args.db or folder / "ten-years.db"
    if not db.exists():
        print(f"generating the ten-year dataset in {db} ...", flush=True)
        print(f"  written in {make_database(db):.2f} s (one transaction)")
    with Workspace.open(db) as ws:
        counts = RecordService(ws).counts()
        print("  " + ", ".join(f"{counts[k]} {k}" for k in (
            "task", "event", "engagement", "person", "organisation", "task_update")))
        meeting = Overview(RecordService(ws), TODAY).next_meeting()
        assert meeting is not None
        meeting_id = meeting["id"]
        out = folder / "pack.pdf"

        def pack() -> None:
            build_meeting_pack(ws, meeting_id, out, as_of=TODAY)

        def gather() -> None:
            meeting_pack(ws, meeting_id, TODAY)

        data = meeting_pack(ws, meeting_id, TODAY)
        tr = Translator("en")

        def bare() -> None:
            doc = ReportDocument(folder / "unused.pdf", DocInfo("t", "s", TODAY), tr)
            tables = [f for f in story(doc, data) if isinstance(f, Table)]
            SimpleDocTemplate(str(folder / "bare.pdf")).build(tables)

        pack_s = median_time(pack, args.runs)
        gather_s = median_time(gather, args.runs)
        bare_s = median_time(bare, args.runs)
    from pypdf import PdfReader

    pages = len(PdfReader(out).pages)
    bare_pages = len(PdfReader(folder / "bare.pdf").pages)
    print(f"meeting pack:       {pack_s * 1000:7.0f} ms  ({pages} pages)  target < 3000 ms")
    print(f"  of which gathering {gather_s * 1000:6.0f} ms")
    print(f"bare ReportLab:     {bare_s * 1000:7.0f} ms  ({bare_pages} pages, same tables)")
    print(f"ratio pack / bare:  {pack_s / bare_s:7.2f}")
    return 0 if pack_s < 3.0 else 1


if __name__ == "__main__":
    sys.exit(main())
