"""The directories: organisations and contacts by region and sphere; experts by skill."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iali_desktop.domain.choices import ListingStatus
from iali_desktop.domain.collation import sort_key
from iali_desktop.domain.query import Filter, Op, Query

from ..records import Record, RecordService
from ..workspace import Workspace
from .common import Names


@dataclass(frozen=True)
class ContactLine:
    name: str
    roles: tuple[str, ...]
    email: str
    phone: str
    languages: tuple[str, ...]


@dataclass(frozen=True)
class OrganisationEntry:
    name: str
    acronym: str
    kind: str
    country: str
    website: str
    contacts: tuple[ContactLine, ...]


@dataclass(frozen=True)
class SphereGroup:
    sphere: str  # a Sphere value, "" when not set
    organisations: tuple[OrganisationEntry, ...]


@dataclass(frozen=True)
class RegionGroup:
    region: str  # "" for organisations with no region (international bodies)
    spheres: tuple[SphereGroup, ...]


@dataclass(frozen=True)
class ExpertEntry:
    name: str
    organisation: str
    country: str
    languages: tuple[str, ...]
    regions: tuple[str, ...]
    availability: str | None
    email: str


@dataclass(frozen=True)
class SkillGroup:
    category: str  # "" for experts with no category yet
    experts: tuple[ExpertEntry, ...]


@dataclass(frozen=True)
class Directory:
    as_of: dt.date
    prepared_by: str
    regions: tuple[RegionGroup, ...]
    individuals: tuple[ContactLine, ...]  # people who belong to no organisation
    organisations: int
    people: int

    @property
    def empty(self) -> bool:
        return not self.organisations and not self.people


def _contact(p: Record) -> ContactLine:
    return ContactLine(p["name"] or "", tuple(p["roles"] or []), p["email"] or "",
                       p["phone"] or "", tuple(p["languages"] or []))


def directory(ws: Workspace, as_of: dt.date) -> Directory:
    """Organisations and their contacts by region, then by sphere of influence."""
    records = RecordService(ws)
    people = sorted(records.list("person"), key=lambda p: sort_key(p["name"]))
    by_org: dict[str, list[ContactLine]] = {}
    for p in people:
        by_org.setdefault(p["organisation"] or "", []).append(_contact(p))
    regions = {r["id"]: r["name"] or "" for r in records.list("region")}
    grouped: dict[str, dict[str, list[OrganisationEntry]]] = {}
    orgs = sorted(records.list("organisation"), key=lambda o: sort_key(o["name"]))
    for o in orgs:
        entry = OrganisationEntry(o["name"] or "", o["acronym"] or "", o["kind"] or "",
                                  o["country"] or "", o["website"] or "",
                                  tuple(by_org.get(o["id"], [])))
        region = regions.get(o["region"] or "", "")
        grouped.setdefault(region, {}).setdefault(o["sphere"] or "", []).append(entry)
    order = sorted(grouped, key=lambda r: (r == "", sort_key(r)))
    sphere_rank = {s: i for i, s in enumerate(_SPHERES)}
    return Directory(as_of, ws.identity().name, tuple(RegionGroup(r, tuple(
        SphereGroup(s, tuple(grouped[r][s]))
        for s in sorted(grouped[r], key=lambda s: sphere_rank.get(s, 99)))) for r in order),
        tuple(by_org.get("", [])), len(orgs), len(people))


_SPHERES = ("international", "regional", "national", "social_partners", "funding", "other", "")


def expert_directory(ws: Workspace) -> tuple[SkillGroup, ...]:
    """Listed experts by skill category (an expert appears under each of their skills)."""
    records = RecordService(ws)
    names = Names(records)
    names.preload("region")
    experts = records.list("expert", Query(filters=(
        Filter("listing_status", Op.EQ, ListingStatus.LISTED.value),)))
    people = records.rows("person", [e["person"] for e in experts])
    orgs = records.rows("organisation", [p["organisation"] for p in people.values()
                                         if p["organisation"]])
    skills = records.list("term", Query(filters=(Filter("vocabulary", Op.EQ, "skill_category"),),
                                        order=("sort_order", "name")))
    groups: dict[str, list[ExpertEntry]] = {s["id"]: [] for s in skills}
    groups[""] = []
    for e in experts:
        p = people.get(e["person"], {})
        entry = ExpertEntry(p.get("name") or "", orgs.get(p.get("organisation") or "", {})
                            .get("name") or "", p.get("country") or "",
                            tuple(e["languages"] or p.get("languages") or []),
                            tuple(names.many("region", e["regions"])), e["availability"],
                            p.get("email") or "")
        for key in [k for k in e["skill_categories"] or [] if k in groups] or [""]:
            groups[key].append(entry)
    labels = {s["id"]: s["name"] or "" for s in skills} | {"": ""}
    return tuple(SkillGroup(labels[k], tuple(sorted(v, key=lambda x: sort_key(x.name))))
                 for k, v in groups.items() if v)
