"""The seed content: both action plans and the reference lists, identical on every install.

Each seed file is its own origin (a fixed replica id derived from the file's name), its
records get ids derived from their stable keys, and its versions are numbered in file
order with fixed clock stamps. Two installs therefore hold the very same seed versions:
syncing them never duplicates a plan nor raises a conflict, and a user's later edit of a
seed record simply supersedes the seed version.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from functools import cache
from typing import Any

from iali_desktop.domain import hlc
from iali_desktop.domain.ids import SEED_EPOCH_MS, derived_id
from iali_desktop.domain.resource_files import resource
from iali_desktop.domain.values import check
from iali_desktop.domain.versions import Version
from iali_desktop.store import merge, search, vectors
from iali_desktop.store.catalog import record_type
from iali_desktop.store.changelog import dumps
from iali_desktop.store.database import Tx

from .seed_origins import SeedOrigin as SeedOrigin
from .seed_origins import origins as origins

SeedRecord = tuple[str, str, dict[str, Any]]  # (record type, key, field values)


def rid(key: str) -> str:
    return derived_id(key) if key else ""


def _text(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def _plan_records(data: dict[str, Any]) -> Iterator[SeedRecord]:
    plan = data["plan"]
    plan_id = rid(plan["key"])
    yield "action_plan", plan["key"], {k: _text(plan[k]) for k in (
        "title", "period_start", "period_end", "status", "proposed_by", "proposed_on",
        "summary")}
    area_keys: dict[int, str] = {}
    for area in data["areas"]:
        area_keys[area["number"]] = area["key"]
        yield "action_area", area["key"], {
            "plan": plan_id, "number": area["number"], "role_name": area["role_name"],
            "objective": _text(area.get("objective")), "description": _text(
                area.get("description")),
            "areas_of_engagement": _text(area.get("areas_of_engagement")),
        }
        for outcome in area.get("outcomes", []):
            yield "key_outcome", outcome["key"], {
                "area": rid(area["key"]), "number": outcome["number"],
                "text": _text(outcome["text"]),
            }
    for task in data["tasks"]:
        yield "task", task["key"], {
            "plan": plan_id, "kind": task["kind"], "number": task["number"],
            "title": _text(task["title"]), "detail": _text(task.get("detail")),
            "area": rid(area_keys[task["area"]]) if task.get("area") else None,
            "related_areas": [rid(area_keys[n]) for n in task.get("related_areas", [])] or None,
        }


def _reference_records(name: str, data: dict[str, Any]) -> Iterator[SeedRecord]:
    if name == "regions":
        for r in data["regions"]:
            yield "region", r["key"], {"name": r["name"], "code": r.get("code")}
    elif name == "terms":
        for t in data["terms"]:
            yield "term", t["key"], {"vocabulary": t["vocabulary"], "name": t["name"],
                                     "description": _text(t.get("description")),
                                     "sort_order": t.get("sort_order")}
    elif name == "organisations":
        for o in data["organisations"]:
            yield "organisation", o["key"], {
                "name": o["name"], "acronym": o.get("acronym"), "kind": o["kind"],
                "iali_established": bool(o.get("iali_established", False)),
                "region": rid(o.get("region", "")) or None, "website": o.get("website"),
                "sphere": o.get("sphere"), "notes": _text(o.get("notes")),
            }
    elif name == "people":
        for p in data["people"]:
            yield "person", p["key"], {"name": p["name"], "roles": p.get("roles") or None,
                                       "notes": _text(p.get("notes"))}
    elif name == "publications":
        for p in data["publications"]:
            yield "publication", p["key"], {
                "title": p["title"], "kind": p.get("kind"), "year": p.get("year") or None,
                "languages": p.get("languages") or None, "link": p.get("link"),
                "description": _text(p.get("description")),
            }
    elif name == "events":
        for e in data["events"]:
            description = "\n\n".join(x for x in (_text(e.get("description")),
                                                  _text(e.get("notes"))) if x)
            yield "event", e["key"], {
                "name": e["name"], "kind": e["kind"], "start_date": e["start_date"],
                "end_date": e.get("end_date"), "date_precision": e.get("date_precision"),
                "place": e.get("place"),
                "virtual": bool(e.get("virtual", False)), "status": e.get("status"),
                "iali_role": e.get("iali_role"), "host": rid(e.get("host", "")) or None,
                "description": description,
            }
    else:  # pragma: no cover - origins() lists exactly the names above
        raise ValueError(name)


@cache
def _plans_with_assigned_areas() -> frozenset[str]:
    found = set()
    for path in resource("plans").glob("*.toml"):
        with path.open("rb") as fh:
            plan = tomllib.load(fh)["plan"]
        if plan.get("task_areas_assigned"):
            found.add(rid(plan["key"]))
    return frozenset(found)


def areas_assigned_by_the_app(plan_id: str) -> bool:
    """Whether the shipped plan lists its tasks without action areas, so that the areas
    its tasks are grouped under were assigned when it was transcribed (ids are derived
    from the seed keys, so this holds in every database seeded with the plan)."""
    return plan_id in _plans_with_assigned_areas()


def seed_records(origin: SeedOrigin) -> list[SeedRecord]:
    with origin.path.open("rb") as fh:
        data = tomllib.load(fh)
    kind, name = origin.name.split("/", 1)
    found = _plan_records(data) if kind == "plans" else _reference_records(name, data)
    return list(found)


# Fields that later releases added to seed records, by release. Their versions follow all
# the versions of the release before, so that every version an older install holds keeps
# its number (an install's seed versions must be the very same on every install), and an
# older database receives just these when it is next opened.
LATER_FIELDS: tuple[frozenset[tuple[str, str]], ...] = (
    frozenset({("event", "date_precision")}),  # schema 0008: dates known to a year or month
)


# Values a later release corrected in the shipped files, by release: (record type, seed
# key, field) -> the value the earlier release shipped. That value keeps its version
# number; the file's corrected value follows, after everything the earlier releases had,
# as a version superseding it, so an older database takes the correction when it is next
# opened and every install's seed versions stay the same.
CORRECTED: tuple[dict[tuple[str, str, str], Any], ...] = (
    {  # not "EC": that is the Executive Committee everywhere in IALI
        ("region", "region-europe-central-asia", "code"): "EC",
        # a file path is no description for a user
        ("publication", "pub-action-plan-2011-2014", "description"):
            "Proposed by IALI President Michele Patterson to the General Assembly of June "
            "2011 (resources/plans/2011-2014.toml).",
        ("publication", "pub-action-plan-2021-2024", "description"):
            "Draft proposed by IALI President Kevin Myers for the General Assembly of 15 "
            "July 2021 (resources/plans/2021-2024.toml).",
    },
)


def seed_versions(origin: SeedOrigin) -> list[Version]:
    """The origin's versions: one per non-empty field, numbered in file order (a value a
    later release corrected with the value first shipped); then, release by release, the
    fields of LATER_FIELDS and the corrected values of CORRECTED."""
    releases = max(len(LATER_FIELDS), len(CORRECTED))
    rounds: list[list[tuple[str, str, str, Any, bool]]] = [[] for _ in range(releases + 1)]
    for type_name, key, values in seed_records(origin):
        rt = record_type(type_name)
        row_id = rid(key)
        for spec in rt.fields:
            value = check(spec, values.get(spec.name))
            corrected = [i for i, fixes in enumerate(CORRECTED, 1)
                         if (type_name, key, spec.name) in fixes]
            if corrected:
                first = check(spec, CORRECTED[corrected[0] - 1][(type_name, key, spec.name)])
                rounds[0].append((type_name, row_id, spec.name, first, False))
                rounds[corrected[0]].append((type_name, row_id, spec.name, value, True))
                continue
            if value is None:
                continue
            later = [i for i, fields in enumerate(LATER_FIELDS, 1)
                     if (type_name, spec.name) in fields]
            rounds[later[0] if later else 0].append((type_name, row_id, spec.name, value, False))
    versions: list[Version] = []
    numbered: dict[tuple[str, str, str], tuple[str, int]] = {}
    for type_name, row_id, field_name, value, corrects in (v for r in rounds for v in r):
        seq = len(versions) + 1
        where = (type_name, row_id, field_name)
        supersedes = (numbered[where],) if corrects and where in numbered else ()
        versions.append(Version(
            replica=origin.replica_id, seq=seq, hlc=hlc.pack(SEED_EPOCH_MS) + seq,
            record_type=type_name, row_id=row_id, field=field_name, value=dumps(value),
            supersedes=supersedes))
        numbered[where] = (origin.replica_id, seq)
    return versions


_SHIPPED: dict[str, list[Version]] = {}


def _shipped_versions(origin: SeedOrigin) -> list[Version]:
    # The shipped files do not change while the program runs: read each once (every
    # import checks the seeds, and a small import must cost what it changes).
    if origin.name not in _SHIPPED:
        _SHIPPED[origin.name] = seed_versions(origin)
    return _SHIPPED[origin.name]


def apply_missing_seeds(tx: Tx) -> int:
    """Apply the seed versions this database does not hold yet (every version of a new
    origin, the later fields' versions of an origin an older release seeded); returns
    the versions applied."""
    applied = 0
    for origin in origins():
        held = vectors.top(tx, origin.replica_id)
        versions = _shipped_versions(origin)
        if held >= len(versions):
            continue
        result = merge.apply_versions(tx, versions[held:])
        applied += result.inserted
        by_type: dict[str, list[str]] = {}
        for type_name, row_id in result.rows:
            by_type.setdefault(type_name, []).append(row_id)
        for type_name, ids in by_type.items():
            search.index_rows(tx, type_name, ids)
    return applied
