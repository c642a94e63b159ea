"""A table sorted by a text column with stored keys (engagements by summary) lists the
records in language order, accents and case set aside, after every kind of write: one
create or edit, a batch of them, a delete and a restore, and versions merged from a
colleague's bundle, including a conflicting edit."""

from __future__ import annotations

from pathlib import Path

from iali_desktop.domain.ids import new_id
from iali_desktop.domain.names import sort_key
from iali_desktop.domain.query import Query
from iali_desktop.services.browse import BrowseService
from iali_desktop.services.workspace import Workspace

from .conftest import MakeReplica, records, send

SUMMARIES = ("Zeta forum", "école visit", "Ecole call", "Émilie webinar", "emil mission",
             "alliance", "Alliance", "ratification", "Ødegaard letter", "MOU signed")


def _expected(ws: Workspace, desc: bool) -> list[str]:
    rows = records(ws).list("engagement")
    ordered = sorted(rows, key=lambda r: r["id"])  # ties by id, ascending either way
    ordered.sort(key=lambda r: sort_key(r["summary"]), reverse=desc)
    return [r["id"] for r in ordered]


def _check(ws: Workspace) -> None:
    browse = BrowseService(ws)
    for desc in (False, True):
        order = ("-summary" if desc else "summary",)
        expected = _expected(ws, desc)
        assert browse.ids("engagement", Query(order=order)) == expected
        page = browse.page("engagement", Query(order=order, limit=4, offset=3))
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
