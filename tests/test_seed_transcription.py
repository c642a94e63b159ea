"""The seed TOML files under resources/ against the seed documents they transcribe."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
PLANS = ROOT / "resources" / "plans"
REFERENCE = ROOT / "resources" / "reference"
SEEDS = ROOT / "tests" / "data" / "seeds"
SEED_FILES = {"2011-2014": "000_730604dc6ac8f583.txt", "2021-2024": "001_d91106735cd40ab4.txt"}
TITLES = {
    "2011-2014": "IALI Action Plan for the Future: 2011-2014 and beyond",
    "2021-2024": "IALI Action Plan for the Future: 2021 – 2024 and beyond",
}
# Outcomes and specific tasks per action area of the 2011-2014 seed.
OUTCOMES_2011 = {1: 9, 2: 4, 3: 4, 4: 4, 5: 3, 6: 3}
TASKS_2011 = {1: 3, 2: 4, 3: 6, 4: 3, 5: 3, 6: 3}

# (file stem, table, field) -> (class in iali_desktop.domain.choices, allowed values).
ENUM_SPECS: dict[tuple[str, str, str], tuple[str, str]] = {
    ("plans", "plan", "status"): ("PlanStatus", "draft proposed adopted closed"),
    ("plans", "tasks", "kind"): ("TaskKind", "ongoing_activity specific_task"),
    ("organisations", "organisations", "kind"): (
        "OrganisationKind",
        "international_body regional_alliance employer_or_worker_body lobby_group_or_ngo"
        " funder national_inspectorate other",
    ),
    ("organisations", "organisations", "sphere"): (
        "Sphere",
        "international regional national social_partners funding other",
    ),
    ("people", "people", "roles"): (
        "PersonRole",
        "president ec_member regional_representative secretariat expert contact",
    ),
    ("events", "events", "kind"): (
        "EventKind",
        "iali_conference regional_conference webinar ec_meeting congress_general_assembly"
        " world_congress other",
    ),
    ("events", "events", "status"): ("EventStatus", "planned confirmed held postponed cancelled"),
    ("events", "events", "iali_role"): (
        "IaliRole",
        "organiser co_organiser speaker participant sponsor observer",
    ),
    ("publications", "publications", "kind"): (
        "PublicationKind",
        "action_plan code guide report newsletter statement website other",
    ),
    ("terms", "terms", "vocabulary"): (
        "Vocabulary",
        "membership_category skill_category ibor_stage assistance_criterion",
    ),
}
SECTION_END = r"(?i:areas of engagement|action area|page \d+ of)|$"
ENUMS = {spec: set(values.split()) for spec, (_, values) in ENUM_SPECS.items()}


def normalise(text: str) -> str:
    """Drop HTML tags, `*`, bullet marks ("•", "- "); join line wraps; collapse spaces."""
    text = re.sub(r"<[^>]+>", " ", text).replace("*", "").replace("•", " ")
    text = re.sub(r"(?m)^\s*- ", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def load(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def plan(period: str) -> dict[str, Any]:
    return load(PLANS / f"{period}.toml")


def seed(period: str) -> str:
    return normalise((SEEDS / SEED_FILES[period]).read_text(encoding="utf-8"))


def reference(name: str) -> list[dict[str, Any]]:
    return list(load(REFERENCE / f"{name}.toml")[name])


def all_files() -> Iterator[tuple[str, dict[str, Any]]]:
    for path in sorted(PLANS.glob("*.toml")):
        yield "plans", load(path)
    for path in sorted(REFERENCE.glob("*.toml")):
        yield path.stem, load(path)


def keys_in(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        if "key" in value:
            yield value["key"]
        for child in value.values():
            yield from keys_in(child)
    elif isinstance(value, list):
        for child in value:
            yield from keys_in(child)


def assert_numbered_items(text: str, items: list[dict[str, Any]], field: str) -> None:
    """Items appear as "N. text" in order, each followed by item N+1 or a section end."""
    assert [item["number"] for item in items] == list(range(1, len(items) + 1))
    start = 0
    for index, item in enumerate(items):
        value = item[field]
        assert not re.match(r"\d+\.\s", value), f"numbering left in {item['key']}"
        needle = f"{item['number']}. {normalise(value)}"
        position = text.find(needle, start)
        assert position >= 0, f"{item['key']}: {value!r} not in the seed"
        start = position + len(needle)
        following = text[start:].lstrip()
        if index + 1 < len(items):
            assert following.startswith(f"{item['number'] + 1}. "), f"{item['key']} truncated"
        else:
            assert re.match(SECTION_END, following), f"{item['key']} truncated"


def assert_section(text: str, value: str, before: str, after: str) -> None:
    """`value` is the whole seed text between a `before` and an `after` heading."""
    pattern = rf"(?i:{before})\W*{re.escape(normalise(value))}\s*(?i:{after})"
    assert re.search(pattern, text), f"{value[:60]!r}... is not the seed's whole section"


@pytest.mark.parametrize("period", sorted(SEED_FILES))
def test_plan_header_and_areas(period: str) -> None:
    data, text = plan(period), seed(period)
    head = data["plan"]
    assert head["key"] == f"plan-{period}"
    assert head["title"] == TITLES[period]
    assert head["title"].lower() in text.lower()
    assert (head["period_start"], head["period_end"]) == tuple(map(int, period.split("-")))
    assert normalise(head["proposed_by"].split(",")[0]) in text
    assert_section(text, head["summary"], "summary", "proposed by")
    areas = data["areas"]
    assert sorted(area["number"] for area in areas) == [1, 2, 3, 4, 5, 6]
    for area in areas:
        assert area["key"] == f"plan-{period}/area-{area['number']}"
        assert normalise(area["role_name"]) in text
        assert area["objective"].startswith("To ")
        assert_section(text, area["objective"], "objective –?", "description")
        assert area["description"].strip()
        assert_section(text, area["description"], "description", rf"key outcomes|{SECTION_END}")


def test_2011_outcomes_tasks_and_engagement() -> None:
    data, text = plan("2011-2014"), seed("2011-2014")
    assert data["plan"]["status"] == "closed"
    for area in data["areas"]:
        number = area["number"]
        engagement = area["areas_of_engagement"]
        assert_section(text, engagement, "areas of engagement for iali members", "specific tasks")
        outcomes = area["outcomes"]
        assert len(outcomes) == OUTCOMES_2011[number]
        for outcome in outcomes:
            assert outcome["key"] == f"{area['key']}/outcome-{outcome['number']}"
        assert_numbered_items(text, outcomes, "text")
        tasks = [task for task in data["tasks"] if task["area"] == number]
        assert len(tasks) == TASKS_2011[number]
        for task in tasks:
            assert task["kind"] == "specific_task"
            assert task["key"] == f"{area['key']}/task-{task['number']}"
        assert_numbered_items(text, tasks, "title")
    assert len(data["tasks"]) == sum(TASKS_2011.values())


def test_2021_ongoing_activities_and_specific_tasks() -> None:
    data, text = plan("2021-2024"), seed("2021-2024")
    assert data["plan"]["status"] == "adopted"
    assert data["plan"]["proposed_on"] == "2021-07-15"
    for area in data["areas"]:
        assert "outcomes" not in area
        assert area["areas_of_engagement"] == ""
    ongoing = [task for task in data["tasks"] if task["kind"] == "ongoing_activity"]
    specific = [task for task in data["tasks"] if task["kind"] == "specific_task"]
    assert (len(ongoing), len(specific), len(data["tasks"])) == (6, 17, 23)
    for prefix, tasks in (("ongoing", ongoing), ("task", specific)):
        for task in tasks:
            assert task["key"] == f"plan-2021-2024/{prefix}-{task['number']}"
    ongoing_text, _, specific_text = text.partition("ONGOING ACTIVITIES")[2].partition(
        "SPECIFIC TASKS 2021 – 2024"
    )
    assert_numbered_items(ongoing_text, ongoing, "title")
    assert_numbered_items(specific_text.partition("ANNEX A")[0], specific, "title")


@pytest.mark.parametrize("period", sorted(SEED_FILES))
def test_task_areas_are_valid(period: str) -> None:
    for task in plan(period)["tasks"]:
        assert task["area"] in range(1, 7), task["key"]
        assert set(task["related_areas"]) <= set(range(1, 7)) - {task["area"]}, task["key"]
        assert isinstance(task["detail"], str)


def strings_in(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict | list):
        for child in value.values() if isinstance(value, dict) else value:
            yield from strings_in(child)


def test_no_markup_left_in_text() -> None:
    markup = re.compile(r"<[a-z/][^>]*>|\*|•|Page \d+ of|Draft: IALI")
    for _, data in all_files():
        for text in strings_in(data):
            assert not markup.search(text), text


def test_keys_unique_across_all_files() -> None:
    keys = [key for _, data in all_files() for key in keys_in(data)]
    assert len(keys) > 100
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    assert duplicates == []


def test_cross_references_resolve() -> None:
    regions = {region["key"] for region in reference("regions")}
    assert len(regions) == 5
    organisations = reference("organisations")
    org_keys = {org["key"] for org in organisations}
    for org in organisations:
        assert org["region"] in regions | {""}, org["key"]
        assert org["iali_established"] == org["key"].startswith("org-rali-"), org["key"]
    for event in reference("events"):
        assert event["host"] in org_keys | {""}, event["key"]
        assert event["start_date"] <= event["end_date"], event["key"]
    names = {person["name"] for person in reference("people")}
    assert {"Michele Patterson", "Kevin Myers"} <= names


def test_enum_values_allowed() -> None:
    files = dict(all_files())
    plan_files = [plan(period) for period in SEED_FILES]
    for (stem, table, field), allowed in ENUMS.items():
        sources = plan_files if stem == "plans" else [files[stem]]
        for data in sources:
            rows = data[table] if isinstance(data[table], list) else [data[table]]
            for row in rows:
                values = row[field] if isinstance(row[field], list) else [row[field]]
                assert set(values) <= allowed, f"{row['key']}.{field} = {values}"


def test_enums_match_domain_choices() -> None:
    choices = pytest.importorskip("iali_desktop.domain.choices")
    for spec, (class_name, _) in ENUM_SPECS.items():
        assert {member.value for member in getattr(choices, class_name)} == ENUMS[spec]
