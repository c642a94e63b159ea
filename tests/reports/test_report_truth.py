"""Period reports say what the data says: unknown statuses, the GA overview, past periods,
dates known only to a year, IBOR assessments and publications."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from report_helpers import flat, outline_titles, page_texts, section_text

from iali_desktop.reports import build_annual_report, build_progress_report
from iali_desktop.services.plans import PlanService
from iali_desktop.services.records import Record, RecordService
from iali_desktop.services.workspace import Workspace

TODAY = dt.date(2026, 3, 10)


def _plan(ws: Workspace, start: int) -> Record:
    return next(p for p in PlanService(RecordService(ws)).plans() if p["period_start"] == start)


def _tasks(ws: Workspace, plan: Record) -> list[Record]:
    return [t for node in PlanService(RecordService(ws)).tree(plan["id"]).areas
            for t in node.tasks]


def test_a_closed_plan_without_statuses_is_not_reported_as_not_started(
        seeded_db: Path, tmp_path: Path) -> None:
    with Workspace.open(seeded_db) as ws:
        out = build_progress_report(ws, _plan(ws, 2011)["id"], tmp_path / "ga.pdf", as_of=TODAY)
    areas = section_text(out, "Action areas")
    assert "Not started" not in areas and "0%" not in areas
    assert areas.count("No status recorded · owner") == 22
    assert "Average progress" not in areas and "no average progress can be given" in areas
    overview = section_text(out, "Overview")
    assert "cannot say how far the plan went" in overview
    assert "which is not to say that nothing was done" in overview


def test_averages_leave_out_tasks_without_status_and_say_how_many(seeded_db: Path,
                                                                  tmp_path: Path) -> None:
    with Workspace.open(seeded_db) as ws:
        plan = _plan(ws, 2021)
        tasks = _tasks(ws, plan)
        records = RecordService(ws)
        records.update("task", tasks[0]["id"], {"status": "done"})
        records.update("task", tasks[1]["id"], {"status": "in_progress", "progress": 50})
        out = build_progress_report(ws, plan["id"], tmp_path / "ga.pdf", as_of=TODAY)
    overview = section_text(out, "Overview")
    assert "Average progress is 75% over the 2 tasks with a status recorded" in overview
    assert f"{len(tasks) - 2} tasks have no status recorded and are left out" in overview
    areas = section_text(out, "Action areas")
    assert "No status recorded · owner" in areas and "Not started" not in areas


def test_the_general_assembly_report_opens_with_an_overview_and_ends_with_annex_a(
        seeded_db: Path, tmp_path: Path) -> None:
    with Workspace.open(seeded_db) as ws:
        plan = _plan(ws, 2021)
        area = PlanService(RecordService(ws)).tree(plan["id"]).areas[0].area
        out = build_progress_report(ws, plan["id"], tmp_path / "ga.pdf", as_of=TODAY)
    preface = "This Action Plan is a draft for discussion by IALI members"
    overview = section_text(out, "Overview")
    assert preface not in overview
    assert "This report covers the action plan" in overview
    assert "Progress per action area" in overview and "All areas" in overview
    top = [t for depth, t in outline_titles(out) if depth == 0]
    assert top[1] == "Overview" and top[-1] == "Annex A: the action plan's own text"
    annex = section_text(out, "Annex A: the action plan's own text")
    assert preface in annex
    assert flat(area["description"])[:80] in annex


def test_a_past_year_is_reported_as_it_stood_at_its_end(seeded_db: Path,
                                                        tmp_path: Path) -> None:
    with Workspace.open(seeded_db) as ws:
        records = RecordService(ws)
        plan = _plan(ws, 2021)
        task = _tasks(ws, plan)[0]
        records.create("task_update", {"task": task["id"], "date": "2022-06-01",
                                       "text": "Half way in 2022.", "progress": 30})
        records.create("task_update", {"task": task["id"], "date": "2023-05-01",
                                       "text": "Finished in 2023.", "progress": 100})
        records.update("task", task["id"], {"status": "done", "progress": 100})
        org = records.list("organisation")[0]["id"]
        records.create("member", {"organisation": org, "status": "active",
                                  "joined_on": "2024-02-01"})
        out = build_annual_report(ws, 2022, tmp_path / "annual.pdf", as_of=TODAY)
    pages = page_texts(out)
    text = flat(" ".join(pages))
    assert "Situation on 31 December 2022" in text
    assert "data as of 31 December 2022" in pages[-1]
    assert "Half way in 2022." in text and "Finished in 2023." not in text
    areas = section_text(out, "Action areas")
    assert "In progress, 30%" in areas and "Done, 100%" not in areas
    assert "Members on 31 December 2022 0" in section_text(out, "Overview")


def test_dates_known_only_to_the_year_or_month_print_as_such(seeded_db: Path,
                                                              tmp_path: Path) -> None:
    with Workspace.open(seeded_db) as ws:
        sydney = next(e for e in RecordService(ws).list("event")
                      if "Sydney" in (e["name"] or ""))
        assert (sydney["start_date"], sydney["date_precision"]) == ("2023-01-01", "year")
        out = build_progress_report(ws, _plan(ws, 2021)["id"], tmp_path / "ga.pdf",
                                    as_of=TODAY)
    events = section_text(out, "Key events")
    assert "2023-01-01" not in events and "2021-10-01" not in events
    assert "2023 World Congress on Safety and Health at Work 2023, Sydney" in events
    assert "2021-10 World Congress" in events
    assert "2021-07-15 IALI General Assembly 2021" in events  # a day that is known
    assert "known only to that precision" in events


def test_the_report_says_the_app_grouped_the_2021_tasks_under_areas(seeded_db: Path,
                                                                   tmp_path: Path) -> None:
    note = "the areas they are grouped under in this report were assigned"
    with Workspace.open(seeded_db) as ws:
        ga21 = build_progress_report(ws, _plan(ws, 2021)["id"], tmp_path / "a.pdf",
                                     as_of=TODAY)
        ga11 = build_progress_report(ws, _plan(ws, 2011)["id"], tmp_path / "b.pdf",
                                     as_of=TODAY)
    assert note in section_text(ga21, "Action areas")
    assert note not in flat(" ".join(page_texts(ga11)))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_ibor_assessments_and_publications_of_the_period_are_reported(
        seeded_db: Path, tmp_path: Path, lang: str) -> None:
    with Workspace.open(seeded_db) as ws:
        records = RecordService(ws)
        records.create("ibor_assessment", {"country": "Namibia", "started_on": "2022-03-01",
                                           "completed_on": "2023-02-01"})
        records.create("ibor_assessment", {"country": "Peru", "started_on": "2025-01-01"})
        out = build_progress_report(ws, _plan(ws, 2021)["id"], tmp_path / "ga.pdf",
                                    lang=lang, as_of=TODAY)
    ibor, publications = ("IBOR assessments", "Publications") if lang == "en" else \
        ("Évaluations IBOR", "Publications")
    text = section_text(out, ibor)
    assert "Namibia" in text and "Peru" not in text
    listed = section_text(out, publications)
    assert "IALI Action Plan for the Future: 2021 – 2024 and beyond" in listed
    assert "2017-2020" not in listed
    if lang == "fr":
        assert "Plan d'action" in listed  # the kind, from the app's own translations
