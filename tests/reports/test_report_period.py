"""The annual evaluation and the progress report to the General Assembly."""

from __future__ import annotations

from pathlib import Path

import pytest
from report_helpers import TODAY, flat, outline_titles, page_texts, section_text

from iali_desktop.domain.errors import NotFoundError
from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.reports import build_annual_report, build_progress_report
from iali_desktop.services.plans import PlanService
from iali_desktop.services.records import RecordService
from iali_desktop.services.workspace import Workspace


@pytest.fixture(scope="module")
def annual_pdf(report_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("annual") / "annual.pdf"
    with Workspace.open(report_db) as ws:
        build_annual_report(ws, TODAY.year, out, as_of=TODAY)
    return out


def test_annual_report_covers_every_area_task_and_update(ws: Workspace, annual_pdf: Path
                                                        ) -> None:
    records = RecordService(ws)
    plans = PlanService(records)
    plan = plans.current_plan()
    assert plan is not None
    tree = plans.tree(plan["id"])
    text = flat(" ".join(page_texts(annual_pdf)))
    assert f"Annual evaluation report {TODAY.year}" in text
    for node in tree.areas:
        assert f"Action area {node.area['number']}: {node.area['role_name']}" in text
        for task in node.tasks:
            assert flat(task["title"]) in text
    year_updates = records.list("task_update", Query(filters=(
        Filter("date", Op.GTE, f"{TODAY.year}-01-01"),
        Filter("date", Op.LTE, f"{TODAY.year}-12-31"))))
    assert year_updates
    for update in year_updates:
        assert update["date"] in text


def test_annual_figures_match_the_database(ws: Workspace, annual_pdf: Path) -> None:
    records = RecordService(ws)
    engagements = records.count("engagement", Query(filters=(
        Filter("date", Op.GTE, f"{TODAY.year}-01-01"),
        Filter("date", Op.LTE, f"{TODAY.year}-12-31"))))
    overview = section_text(annual_pdf, "Overview")
    assert f"Engagements logged {engagements}" in overview
    members = records.count("member")
    assert f"Members on {TODAY.day} March {TODAY.year} {members}" in overview
    events = section_text(annual_pdf, "Key events")
    assert "EC meeting (autumn)" in events


def test_progress_report_for_the_2021_plan(ws: Workspace, tmp_path: Path) -> None:
    records = RecordService(ws)
    plan = next(p for p in PlanService(records).plans() if p["period_start"] == 2021)
    out = build_progress_report(ws, plan["id"], tmp_path / "ga.pdf", lang="es", as_of=TODAY)
    text = flat(" ".join(page_texts(out)))
    assert "Informe de progreso a la Asamblea General" in text
    assert "del 1 de enero de 2021 al 31 de diciembre de 2024" in text
    assert "Actividades permanentes" in text and "Tareas específicas" in text
    assert "IALI General Assembly 2021" in text  # a key event of the period
    outline = outline_titles(out)
    first = outline.index((0, "Áreas de acción"))
    last = next(i for i, (depth, _t) in enumerate(outline) if i > first and depth == 0)
    titles = [t for depth, t in outline[first:last] if depth == 1]
    assert len([t for t in titles if t.startswith("Área de acción")]) == 6


def test_unknown_plan_or_year_is_refused(ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="no action plan with id"):
        build_progress_report(ws, "0190aaaa-0000-7000-8000-000000000000", tmp_path / "x.pdf")
    with pytest.raises(NotFoundError, match="no action plan covers the year 1995"):
        build_annual_report(ws, 1995, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
