"""Directories of organisations and contacts, and of experts by skill category."""

from __future__ import annotations

from pathlib import Path

from report_helpers import TODAY, flat, outline_titles, page_texts

from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.reports import build_directory
from iali_desktop.services.records import RecordService
from iali_desktop.services.workspace import Workspace


def test_directory_lists_every_organisation_under_its_region(ws: Workspace, tmp_path: Path
                                                             ) -> None:
    records = RecordService(ws)
    out = build_directory(ws, tmp_path / "dir.pdf", as_of=TODAY)
    text = flat(" ".join(page_texts(out)))
    for org in records.list("organisation"):
        assert flat(org["name"]) in text
    people = records.list("person")
    assert f"{records.count('organisation')} organisations and {len(people)} people." in text
    assert "Олена Коваленко (Olena Kovalenko)" in text
    top = [t for depth, t in outline_titles(out) if depth == 0]
    regions = sorted((r["name"] for r in records.list("region")), key=str.lower)
    assert top == ["Contents", *regions, "International and without region",
                   "People without an organisation"]


def test_expert_directory_lists_listed_experts_by_skill(ws: Workspace, tmp_path: Path) -> None:
    records = RecordService(ws)
    out = build_directory(ws, tmp_path / "experts.pdf", experts=True, lang="fr", as_of=TODAY)
    text = flat(" ".join(page_texts(out)))
    assert "Annuaire des experts" in text
    listed = records.list("expert", Query(filters=(Filter("listing_status", Op.EQ, "listed"),)))
    for expert in listed:
        assert records.title("person", expert["person"]) in text
    delisted = records.list("expert", Query(filters=(
        Filter("listing_status", Op.EQ, "delisted"),)))
    for expert in delisted:
        assert records.title("person", expert["person"]) not in text
    skills = {s for e in listed for s in e["skill_categories"] or []}
    top = [t for depth, t in outline_titles(out) if depth == 0]
    assert len(top) == 1 + len(skills)  # the contents, then one section per skill
