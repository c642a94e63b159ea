"""A fictional, clearly marked progress dataset so a newcomer sees a lived-in workspace.

Every person, inspectorate, meeting and figure here is invented; records carry the note
"Fictional demo record" and the database is flagged as holding demo data, which the
window and every printed page show. It goes only into a database of its own (see
`demo_database.py`): never into one that holds a user's records, and such a database
makes no bundles. Dates are relative to today: some tasks are overdue, some due soon,
events are coming up, one EC meeting is ahead and the previous one has action items.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from iali_desktop.domain.demo_data import MARK
from iali_desktop.domain.errors import ValidationError
from iali_desktop.domain.ids import derived_id
from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.domain.translation import _
from iali_desktop.store import replica as replica_store

from .plans import PlanService
from .records import RecordService, WriteBatch
from .seeding import origins
from .workspace import Workspace

__all__ = ["MARK", "add_demo_data", "holds_only_seeds"]

PEOPLE = [  # name, country, languages, roles, region key
    ("Ana Lucía Pérez", "Chile", ["es", "en"], ["ec_member", "regional_representative"],
     "region-americas"),
    ("Jean-Baptiste Ndiaye", "Senegal", ["fr", "en"], ["ec_member", "regional_representative"],
     "region-africa"),
    ("Małgorzata Wiśniewska", "Poland", ["pl", "en", "de"],
     ["ec_member", "regional_representative"], "region-europe-central-asia"),
    ("Nguyễn Thị Lan", "Viet Nam", ["vi", "en"], ["ec_member", "regional_representative"],
     "region-asia-pacific"),
    ("Layla Haddad", "Jordan", ["ar", "en", "fr"], ["ec_member", "regional_representative"],
     "region-arab-states"),
    ("Олена Коваленко (Olena Kovalenko)", "Ukraine", ["uk", "ru", "en"], ["expert"],
     "region-europe-central-asia"),
    ("Kwame Mensah", "Ghana", ["en"], ["expert", "contact"], "region-africa"),
    ("Sofía Ramírez", "Costa Rica", ["es"], ["contact"], "region-americas"),
    ("Thomas Müller-Brandt", "Germany", ["de", "en"], ["expert"],
     "region-europe-central-asia"),
    ("Aiko Tanaka", "Japan", ["ja", "en"], ["expert"], "region-asia-pacific"),
    ("Émilie Laurent", "France", ["fr", "en"], ["secretariat"],
     "region-europe-central-asia"),
    ("Rahul Menon", "India", ["en", "hi"], ["expert", "contact"], "region-asia-pacific"),
]

INSPECTORATES = [  # name, country, region key
    ("Dirección del Trabajo", "Chile", "region-americas"),
    ("Inspection du travail du Sénégal", "Senegal", "region-africa"),
    ("Państwowa Inspekcja Pracy", "Poland", "region-europe-central-asia"),
    ("Department of Occupational Safety and Health", "Malaysia", "region-asia-pacific"),
    ("Labour Inspection Directorate", "Jordan", "region-arab-states"),
    ("State Labour Service", "Ukraine", "region-europe-central-asia"),
    ("Labour Department", "Ghana", "region-africa"),
    ("Ministerio de Trabajo y Seguridad Social", "Costa Rica", "region-americas"),
    ("Safe Work Agency", "Australia", "region-asia-pacific"),
    ("Inspection générale du travail", "Morocco", "region-africa"),
]


def seed_id(key: str) -> str:
    return derived_id(key)


class _Demo:
    def __init__(self, b: WriteBatch, plans: PlanService, today: dt.date) -> None:
        self.b = b
        self.plans = plans
        self.today = today
        self.count = 0

    def day(self, offset: int) -> str:
        return (self.today + dt.timedelta(days=offset)).isoformat()

    def add(self, type_name: str, values: dict[str, Any]) -> str:
        self.count += 1
        return self.b.create(type_name, {k: v for k, v in values.items() if v is not None})

    def terms(self, vocabulary: str) -> list[str]:
        rows = self.b.list("term", Query(
            filters=(Filter("vocabulary", Op.EQ, vocabulary),), order=("sort_order",)))
        return [r["id"] for r in rows]


def holds_only_seeds(ws: Workspace) -> bool:
    """Nothing here but the seeded plans and reference lists: no record written or
    imported by anyone."""
    seeds = frozenset(o.replica_id for o in origins())
    with ws.read() as tx:
        return replica_store.count_beyond(tx, {}, seeds) == 0


def add_demo_data(ws: Workspace, today: dt.date | None = None) -> int:
    """Fill a new database with the demo dataset and flag it as a demo database.

    Refused on a database that holds anything beyond the seeds: demo records mixed into
    a user's own would be indistinguishable from theirs and travel with their bundles."""
    if not holds_only_seeds(ws):
        raise ValidationError(
            _("{path} already holds records; the fictional demo dataset goes only into a new "
              "database of its own (iali-desktop init --demo)", path=ws.path))
    records = RecordService(ws)
    plans = PlanService(records)
    with records.batch() as b:
        demo = _Demo(b, plans, today or dt.date.today())
        _build(demo)
        replica_store.set_demo(b.tx, True)
    return demo.count


def _build(d: _Demo) -> None:
    y = d.today.year
    people = [d.add("person", {
        "name": n, "country": c, "languages": langs, "roles": roles, "notes": MARK,
        "email": _email(n)}) for n, c, langs, roles, _r in PEOPLE]
    orgs = [d.add("organisation", {
        "name": n, "country": c, "region": seed_id(r), "kind": "national_inspectorate",
        "sphere": "national", "notes": MARK}) for n, c, r in INSPECTORATES]
    for person, org in zip(people[5:10], orgs[5:10], strict=True):
        d.b.update("person", person, {"organisation": org})
    for i, (_n, _c, _l, _roles, region) in enumerate(PEOPLE[:5]):
        d.add("representative_assignment", {"person": people[i], "region": seed_id(region),
                                            "start_date": f"{y - 1}-07-01", "notes": MARK})
    d.add("representative_assignment", {"person": people[2], "alliance": seed_id(
        "org-rali-see-azerbaijan-ukraine"), "start_date": f"{y - 1}-07-01", "notes": MARK})
    d.add("representative_assignment", {"person": people[3], "alliance": seed_id(
        "org-asean-oshnet"), "start_date": f"{y - 2}-09-01", "notes": MARK})

    # Progress on the 2021-2024 plan, and a current plan carried forward from it.
    old = d.plans.tree(seed_id("plan-2021-2024"), d.b)
    for i, task in enumerate(t for n in old.areas for t in n.tasks):
        status = "done" if i % 4 else "in_progress"
        d.b.update("task", task["id"], {"status": status,
                                        "progress": 100 if status == "done" else 60})
    plan_id = d.plans.start_new_plan(
        seed_id("plan-2021-2024"), "IALI Action Plan 2025 – 2028 (demo continuation)",
        y - 1, y + 2, batch=d.b)
    d.b.update("action_plan", plan_id, {"status": "adopted", "proposed_on": f"{y - 1}-06-15",
                                        "summary": MARK + " A continuation of the 2021-2024 "
                                        "plan, carrying its unfinished work forward."})
    tree = d.plans.tree(plan_id, d.b)
    tasks = [t for n in tree.areas for t in n.tasks]
    statuses = ["in_progress", "done", "not_started", "in_progress", "on_hold", "in_progress"]
    due = [-40, 45, 9, -12, 60, 120, -5, 200, 14, 300]  # four open tasks end up overdue
    for i, task in enumerate(tasks):
        status = statuses[i % len(statuses)]
        d.b.update("task", task["id"], {
            "status": status, "owner": people[i % 5], "due_date": d.day(due[i % len(due)]),
            "progress": {"done": 100, "not_started": 0}.get(status, 20 + (i * 13) % 70),
            "region": seed_id(PEOPLE[i % 5][4])})
        if status in ("in_progress", "done", "on_hold"):
            d.add("task_update", {"task": task["id"], "date": d.day(-70 + i), "author":
                                  people[i % 5], "progress": 30,
                                  "text": "Work started; first contacts made. " + MARK})
            d.add("task_update", {"task": task["id"], "date": d.day(-10 - i % 9),
                                  "author": people[(i + 1) % 5], "progress": 60,
                                  "text": "Draft circulated to the EC for comment. " + MARK})
    _events(d, people, tasks)
    _partners(d, people, orgs, tasks)
    _members(d, orgs)
    _expertise(d, people, orgs)


def _email(name: str) -> str:
    ascii_name = "".join(ch for ch in name.split(" (")[0].lower() if ch.isascii() and
                         (ch.isalpha() or ch == " "))
    parts = ascii_name.split()
    return f"{parts[0]}.{parts[-1]}@example.org" if parts else "contact@example.org"


def _events(d: _Demo, people: list[str], tasks: list[dict[str, Any]]) -> None:
    prev = d.add("event", {"name": "EC meeting (spring, virtual)", "kind": "ec_meeting",
                           "start_date": d.day(-150), "end_date": d.day(-150), "virtual": True,
                           "status": "held", "iali_role": "organiser", "description": MARK})
    nxt = d.add("event", {"name": "EC meeting (autumn)", "kind": "ec_meeting",
                          "start_date": d.day(30), "end_date": d.day(31), "place": "Geneva",
                          "start_time": "09:30",
                          "status": "confirmed", "iali_role": "organiser",
                          "host": seed_id("org-ilo"), "description": MARK})
    d.add("event", {"name": "Regional forum on labour inspection in the Americas",
                    "kind": "regional_conference", "start_date": d.day(20),
                    "end_date": d.day(22), "place": "San José, Costa Rica",
                    "region": seed_id("region-americas"), "status": "confirmed",
                    "iali_role": "speaker", "host": seed_id("org-ciit"),
                    "linked_tasks": [tasks[0]["id"]], "description": MARK})
    d.add("event", {"name": "IALI webinar: inspecting supply chains", "kind": "webinar",
                    "start_date": d.day(45), "virtual": True, "status": "planned",
                    "iali_role": "organiser", "description": MARK})
    d.add("event", {"name": "ASEAN OSHNET conference", "kind": "regional_conference",
                    "start_date": d.day(75), "end_date": d.day(77), "place": "Kuala Lumpur",
                    "region": seed_id("region-asia-pacific"), "status": "planned",
                    "iali_role": "participant", "host": seed_id("org-asean-oshnet"),
                    "description": MARK})
    d.add("event", {"name": "Regional conference of the Arab States", "kind":
                    "regional_conference", "start_date": d.day(-60), "end_date": d.day(-59),
                    "place": "Amman", "region": seed_id("region-arab-states"), "status": "held",
                    "iali_role": "co_organiser", "description": MARK})
    d.add("event", {"name": f"IALI Congress and General Assembly {d.today.year + 1}",
                    "kind": "congress_general_assembly", "start_date": d.day(210),
                    "end_date": d.day(212), "place": "Geneva", "status": "planned",
                    "iali_role": "organiser", "description": MARK})
    for i, person in enumerate(people[:5]):
        d.add("event_participant", {"event": nxt, "person": person,
                                    "role": "chair" if i == 0 else "delegate"})
    agenda = [("Opening and adoption of the agenda", 0, 10, "opening"),
              ("Action plan progress per action area", 1, 45, "action_plan"),
              ("Technical assistance requests awaiting decision", 2, 30, "assistance"),
              ("Regional reports", 3, 60, "regional_reports"),
              ("Preparation of the Congress and General Assembly", 4, 30, "events"),
              ("Treasurer's report: membership and dues", 1, 20, "finance"),
              ("Partnerships and the MOU register", 2, 15, "partnerships"),
              ("Experts listed and delisted", 3, 10, "experts"),
              ("Any other business", 0, 15, "any_other_business")]
    previous_minutes = ("Minutes of the previous meeting and matters arising", 0, 15,
                        "previous_minutes")
    for pos, (title, who, mins, kind) in enumerate(
            [agenda[0], previous_minutes, *agenda[1:]], start=1):
        d.add("agenda_item", {"meeting": nxt, "position": pos, "title": title, "kind": kind,
                              "presenter": people[who], "minutes_allotted": mins})
    prev_items = []
    for pos, (title, who, mins, kind) in enumerate(agenda[:4], start=1):
        prev_items.append(d.add("agenda_item", {
            "meeting": prev, "position": pos, "title": title, "presenter": people[who],
            "kind": kind, "minutes_allotted": mins,
            "minutes": "Discussed and noted. " + MARK}))
    d.add("decision", {"meeting": prev, "agenda_item": prev_items[1], "kind": "decision",
                       "text": "The EC adopts the 2025-2028 plan as carried forward.",
                       "status": "done"})
    d.add("decision", {"meeting": prev, "agenda_item": prev_items[2], "kind": "action_item",
                       "text": "Prepare criteria scores for the pending assistance requests.",
                       "owner": people[1], "due_date": d.day(-20), "status": "open"})
    d.add("decision", {"meeting": prev, "agenda_item": prev_items[3], "kind": "action_item",
                       "text": "Circulate regional reports two weeks before the next meeting.",
                       "owner": people[4], "due_date": d.day(16), "status": "open"})
    d.add("decision", {"meeting": prev, "kind": "action_item", "status": "done",
                       "text": "Book the venue for the autumn EC meeting.", "owner": people[10]})


def _partners(d: _Demo, people: list[str], orgs: list[str], tasks: list[dict[str, Any]]
              ) -> None:
    partners = ["org-ilo", "org-issa", "org-icoh", "org-slic", "org-asean-oshnet",
                "org-arlac", "org-ciit", "org-cradat"]
    kinds = ["meeting", "call", "email", "conference", "visit", "webinar"]
    for i in range(18):
        partner = seed_id(partners[i % len(partners)])
        d.add("engagement", {
            "date": d.day(-3 - i * 9), "kind": kinds[i % len(kinds)],
            "organisations": [partner, orgs[i % len(orgs)]], "people": [people[i % 5]],
            "summary": f"Exchange on cooperation and next steps (contact {i + 1}).",
            "follow_up": "Send the draft note agreed at the meeting." if i % 3 == 0 else None,
            "follow_up_due": d.day(7 + i) if i % 3 == 0 else None,
            "task": tasks[i % len(tasks)]["id"], "region": seed_id(PEOPLE[i % 5][4])})
    d.add("agreement", {"title": "Memorandum of Understanding IALI – ILO", "kind": "mou",
                        "status": "signed", "parties": [seed_id("org-ilo")],
                        "signed_on": d.day(-1100), "review_on": d.day(40),
                        "expires_on": d.day(700), "document_ref": "MOU-ILO (demo)",
                        "notes": MARK})
    d.add("agreement", {"title": "IALI – ICOH Memorandum of Understanding", "kind": "mou",
                        "status": "signed", "parties": [seed_id("org-icoh")],
                        "signed_on": d.day(-1500), "review_on": d.day(-25),
                        "document_ref": "MOU-ICOH (demo)", "notes": MARK})
    d.add("agreement", {"title": "Cooperation with ISSA on prevention", "kind":
                        "cooperation_agreement", "status": "negotiating",
                        "parties": [seed_id("org-issa")], "review_on": d.day(80),
                        "notes": MARK})


def _members(d: _Demo, orgs: list[str]) -> None:
    categories = d.terms("membership_category")
    statuses = ["active"] * 8 + ["lapsed", "applicant"]
    for i, org in enumerate(orgs):
        member = d.add("member", {
            "organisation": org, "category": categories[i % 2] if categories else None,
            "status": statuses[i], "joined_on": f"{2000 + i * 2}-01-15",
            "code_of_integrity_on": f"{2012 + i % 6}-06-01" if i % 3 else None,
            "common_principles_on": f"{2018 + i % 4}-03-01" if i % 2 else None, "notes": MARK})
        year = d.today.year
        d.add("dues", {"member": member, "year": year - 1, "amount": "500", "currency": "EUR",
                       "paid_on": f"{year - 1}-03-{10 + i:02d}"})
        if statuses[i] == "active":
            d.add("dues", {"member": member, "year": year, "amount": "500", "currency": "EUR",
                           "paid_on": f"{year}-02-{10 + i:02d}" if i % 3 else None})


def _expertise(d: _Demo, people: list[str], orgs: list[str]) -> None:
    skills = d.terms("skill_category")
    experts = []
    for i, person in enumerate(people[5:10]):
        experts.append(d.add("expert", {
            "person": person, "skill_categories": skills[i:i + 2] or None,
            "languages": PEOPLE[5 + i][2], "regions": [seed_id(PEOPLE[5 + i][4])],
            "availability": ["available", "limited"][i % 2],
            "listing_status": "delisted" if i == 4 else "listed",
            "listing_changed_on": d.day(-40 if i == 4 else -400 - i),
            "listing_reason": "Retired from the inspectorate." if i == 4 else None}))
    criteria = d.terms("assistance_criterion")
    requests = [
        ("Training of new inspectors in risk-based planning", orgs[1], -42, "pending", None),
        ("Review of the national OSH inspection strategy", orgs[6], -120, "approved", -90),
        ("Funding for a national inspection IT system", orgs[9], -200, "declined", -170),
    ]
    for i, (subject, org, received, decision, decided) in enumerate(requests):
        req = d.add("assistance_request", {
            "requester": org, "subject": subject, "received_on": d.day(received),
            "ec_decision": decision, "decided_on": d.day(decided) if decided else None,
            "responded_on": d.day(decided + 7) if decided else None,
            "assigned_experts": [experts[i]] if decision == "approved" else None,
            "description": MARK,
            "outcome": "Two-week mission agreed." if decision == "approved" else None})
        for j, criterion in enumerate(criteria):
            d.add("criterion_assessment", {"request": req, "criterion": criterion,
                                           "met": (i + j) % 3 != 0, "score": (i + 2 * j) % 6})
    stages = d.terms("ibor_stage")
    d.add("ibor_assessment", {"country": "Malaysia", "inspectorate": orgs[3],
                              "stage": stages[-1] if stages else None,
                              "started_on": "2019-03-01", "completed_on": "2020-11-30",
                              "assessors": people[8:10], "notes": MARK})
    d.add("ibor_assessment", {"country": "Ghana", "inspectorate": orgs[6],
                              "stage": stages[2] if len(stages) > 2 else None,
                              "started_on": d.day(-160), "assessors": [people[8]],
                              "notes": MARK})
    d.add("ibor_assessment", {"country": "Costa Rica", "inspectorate": orgs[7],
                              "stage": stages[1] if len(stages) > 1 else None,
                              "started_on": d.day(-45), "assessors": [people[9]], "notes": MARK})
