"""A table sorted by a text column with stored keys (engagements by summary, people by
name) lists the records in language order, accents and case set aside, after every kind
of write: one create or edit, a batch of them, a delete and a restore, versions merged
from a colleague's bundle (a conflicting edit among them), and an erasure."""

from __future__ import annotations

from pathlib import Path

from iali_desktop.domain.ids import new_id
from iali_desktop.domain.names import sort_key
from iali_desktop.domain.query import Query
from iali_desktop.services import erasure
from iali_desktop.services.browse import BrowseService
from iali_desktop.services.workspace import Workspace

from .conftest import MakeReplica, records, send

SUMMARIES = ("Zeta forum", "école visit", "Ecole call", "Émilie webinar", "emil mission",
             "alliance", "Alliance", "ratification", "Ødegaard letter", "MOU signed")


def _expected(ws: Workspace, type_name: str, field: str, desc: bool) -> list[str]:
    rows = records(ws).list(type_name)
    ordered = sorted(rows, key=lambda r: r["id"])  # ties by id, ascending either way
    ordered.sort(key=lambda r: sort_key(r[field]) or "", reverse=desc)
    ordered.sort(key=lambda r: r[field] is None)  # empty values last, either way
    return [r["id"] for r in ordered]


def _check(ws: Workspace, type_name: str = "engagement", field: str = "summary") -> None:
    browse = BrowseService(ws)
    for desc in (False, True):
        order = (f"-{field}" if desc else field,)
        expected = _expected(ws, type_name, field, desc)
        assert browse.ids(type_name, Query(order=order)) == expected
        page = browse.page(type_name, Query(order=order, limit=4, offset=3))
        assert [r["id"] for r in page] == expected[3:7]


def test_pages_sorted_by_summary_follow_every_kind_of_write(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b = replicas("ana"), replicas("ben")
    region = records(a).ids("region")[0]

    def values(summary: str) -> dict[str, object]:
        return {"date": "2026-05-04", "kind": "call", "summary": summary, "region": region}

    one = [records(a).create("engagement", values(s)) for s in SUMMARIES[:5]]
    with records(a).batch() as batch:
        many = [batch.create("engagement", values(s)) for s in SUMMARIES[5:]]
        batch.create("engagement", values("Émile, an id given"), row_id=new_id())
    _check(a)
    records(a).update("engagement", one[0], {"summary": "aardvark"})
    with records(a).batch() as batch:
        batch.update("engagement", many[0], {"summary": "Zz last"})
        batch.update("engagement", many[1], {"summary": "Álvaro first"})
    records(a).delete("engagement", one[1])
    _check(a)
    records(a).restore("engagement", one[1])
    _check(a)

    send(a, b, tmp_path)
    _check(b)
    records(b).update("engagement", one[2], {"summary": "middle M"})
    records(a).update("engagement", one[3], {"summary": "Ana's"})
    records(b).update("engagement", one[3], {"summary": "Ben's"})
    send(b, a, tmp_path)
    send(a, b, tmp_path)
    for ws in (a, b):
        assert records(ws).get("engagement", one[2])["summary"] == "middle M"
        _check(ws)


def test_the_people_page_follows_names_written_merged_and_erased(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b = replicas("ana"), replicas("ben")
    with records(a).batch() as batch:
        people = [batch.create("person", {"name": name}) for name in
                  ("Zoé Quispe", "émilie Durand", "Emil Dahl", "Ødegaard", "Rahul Mehta")]
    _check(a, "person", "name")
    send(a, b, tmp_path)
    records(b).update("person", people[0], {"name": "Álvaro Quispe"})
    erasure.erase(a, "person", people[2])
    send(b, a, tmp_path)
    send(a, b, tmp_path)
    for ws in (a, b):
        _check(ws, "person", "name")
        assert records(ws).get("person", people[0])["name"] == "Álvaro Quispe"
