"""A batch of writes leaves exactly what the same writes made one by one leave.

`WriteBatch` keeps new rows, versions, edges and superseded heads aside and writes them
together; these tests run one script of creates, updates, deletes and restores both ways
(one `RecordService` transaction per write, and one batch) on copies of one seeded
database, and compare the canonical dumps, the whole change log (versions, heads, edges,
in order) and the search index, with the ids each run drew replaced by the order in
which the script created them.
"""

from __future__ import annotations

import difflib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from iali_desktop.domain.errors import ValidationError
from iali_desktop.services.records import RecordService, WriteBatch, record_type
from iali_desktop.services.workspace import Workspace
from iali_desktop.store.dump import dump_text

Op = tuple[Any, ...]


def choice(type_name: str, field: str, n: int = 0) -> str:
    return str(record_type(type_name).field(field).choices[n])


def script(seed_org: str, region: str) -> list[Op]:
    """("create", type, values) with "@k" standing for the k-th record created;
    ("update", type, "@k" or an id, values); ("delete"|"restore", type, "@k");
    ("refused", type, values): a create that must be refused, the batch going on."""
    ops: list[Op] = [
        ("create", "term", {"vocabulary": "skill_category", "name": "Chemical safety"}),
        ("create", "term", {"vocabulary": "membership_category", "name": "Full member"}),
    ]
    for i in range(12):  # @2 .. @13
        ops.append(("create", "organisation", {
            "name": f"Inspectorate {i}", "kind": choice("organisation", "kind", i % 3),
            "region": region, "iali_established": i % 2 == 0}))
    for i in range(12):  # @14 .. @25: people of organisations created in this batch
        ops.append(("create", "person", {
            "name": f"Person {i}", "organisation": f"@{2 + i}", "languages": ["en", "fr"]}))
    ops += [
        ("create", "member", {"organisation": "@2", "status": choice("member", "status"),
                              "category": "@1"}),  # @26
        ("create", "member", {"organisation": seed_org,
                              "status": choice("member", "status")}),  # @27
        ("create", "expert", {"person": "@14", "skill_categories": ["@0"],
                              "listing_status": choice("expert", "listing_status")}),  # @28
        # an update of a record created earlier in the batch, and of a seeded one whose
        # name is the title of a member (re-indexed under the new name)
        ("update", "organisation", "@2", {"name": "Inspectorate zero", "acronym": "IZ"}),
        ("update", "organisation", seed_org, {"name": "Renamed seeded organisation"}),
        ("update", "person", "@15", {"email": "p1@example.org"}),
        ("update", "person", "@15", {"email": "p1@example.org"}),  # no change: no version
        ("update", "person", "@15", {"phone": "+41 22 000 00 00"}),
        ("delete", "organisation", "@3"),
        ("refused", "person", {"name": "Nobody", "organisation": "@3"}),  # deleted target
        ("refused", "member", {"organisation": "@4", "status": choice("member", "status"),
                               "category": "@0"}),  # a term of the wrong list
        ("restore", "organisation", "@3"),
        ("create", "person", {"name": "Late person", "organisation": "@3"}),  # @29
        ("update", "term", "@0", {"vocabulary": "membership_category"}),
        ("create", "member", {"organisation": "@5", "status": choice("member", "status"),
                              "category": "@0"}),  # @30: @0 moved to this list just now
    ]
    for i in range(20):  # @31 ..: engagements pointing at several created records
        ops.append(("create", "engagement", {
            "date": f"2025-0{1 + i % 9}-1{i % 10}", "kind": choice("engagement", "kind", i % 4),
            "summary": f"Follow-up mission {i}", "organisations": [f"@{2 + i % 12}", seed_org],
            "people": [f"@{14 + i % 12}"], "region": region}))
    ops += [("update", "engagement", f"@{31 + i}", {"summary": f"Mission {i}, reported"})
            for i in range(0, 20, 3)]
    ops.append(("delete", "engagement", "@32"))
    return ops


def resolve(value: Any, created: list[str]) -> Any:
    if isinstance(value, str) and value.startswith("@"):
        return created[int(value[1:])]
    if isinstance(value, list):
        return [resolve(v, created) for v in value]
    if isinstance(value, dict):
        return {k: resolve(v, created) for k, v in value.items()}
    return value


def run(batch: WriteBatch, op: Op, created: list[str]) -> None:
    kind, type_name, *rest = op
    if kind == "create":
        created.append(batch.create(type_name, resolve(rest[0], created)))
    elif kind == "update":
        batch.update(type_name, resolve(rest[0], created), resolve(rest[1], created))
    elif kind == "delete":
        batch.delete(type_name, resolve(rest[0], created))
    elif kind == "restore":
        batch.restore(type_name, resolve(rest[0], created))
    else:
        with pytest.raises(ValidationError):
            batch.create(type_name, resolve(rest[0], created))


def apply_script(path: Path, ops: list[Op], together: bool) -> list[str]:
    created: list[str] = []
    with Workspace.open(path) as ws:
        records = RecordService(ws)
        if together:
            with records.batch() as b:
                for op in ops:
                    run(b, op, created)
        else:
            for op in ops:
                with records.batch() as b:
                    run(b, op, created)
    return created


def state(path: Path, created: list[str]) -> dict[str, Any]:
    """Dump, change log and search index, with created ids as "@k"."""
    with Workspace.open(path) as ws, ws.read() as tx:
        dumped = dump_text(tx)
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        log = con.execute("SELECT seq, record_type, row_id, field, value, seen, is_head"
                          " FROM change WHERE replica = (SELECT replica_id FROM local_state)"
                          " ORDER BY seq").fetchall()
        edges = con.execute("SELECT by_seq, sup_replica, sup_seq FROM change_edge"
                            " ORDER BY by_seq, sup_replica, sup_seq").fetchall()
        index = sorted(con.execute("SELECT record_type, row_id, title, body"
                                   " FROM search_index").fetchall())
        clock = con.execute("SELECT last_seq FROM local_state").fetchone()
    finally:
        con.close()
    text = repr((dumped, log, edges, index, clock))
    for k, row_id in enumerate(created):
        text = text.replace(row_id, f"@{k}")
    return {"dump": dumped, "normalised": text, "log": log, "index": index}


def first_differences(one: str, batch: str) -> str:
    """The first lines that differ (one by one: -, batch: +), for the failure message."""
    lines = [line[:200] for line in difflib.unified_diff(
        one.replace("), (", "),\n(").splitlines(), batch.replace("), (", "),\n(").splitlines(),
        lineterm="", n=0)]
    return "\n".join(lines[2:14])


@pytest.fixture
def seeded_pair(seeded_db: Path, tmp_path: Path) -> Callable[[], tuple[Path, Path]]:
    def make() -> tuple[Path, Path]:
        one, batch = tmp_path / "one.db", tmp_path / "batch.db"
        shutil.copyfile(seeded_db, one)
        shutil.copyfile(seeded_db, batch)
        return one, batch
    return make


def test_a_batch_leaves_the_same_records_versions_and_index_as_writes_one_by_one(
        seeded_pair: Callable[[], tuple[Path, Path]]) -> None:
    one, together = seeded_pair()
    with Workspace.open(one) as ws:
        records = RecordService(ws)
        seed_org = next(o["id"] for o in records.list("organisation") if o["name"])
        region = records.ids("region")[0]
    ops = script(seed_org, region)
    created_one = apply_script(one, ops, together=False)
    created_batch = apply_script(together, ops, together=True)
    a, b = state(one, created_one), state(together, created_batch)
    assert len(created_one) == len(created_batch) == 51
    # the script did what it says: the renamed seeded organisation is the member's title
    assert any(t == "Renamed seeded organisation" for rt, _r, t, _b in a["index"]
               if rt == "member")
    assert a["normalised"] == b["normalised"], first_differences(a["normalised"],
                                                                 b["normalised"])


def test_a_refused_write_in_a_batch_leaves_nothing_of_the_batch_behind(
        seeded_pair: Callable[[], tuple[Path, Path]]) -> None:
    path, _ = seeded_pair()
    with Workspace.open(path) as ws:
        records = RecordService(ws)
        before = records.count("organisation")
        with pytest.raises(ValidationError), records.batch() as b:
            for i in range(50):
                b.create("organisation", {"name": f"Org {i}",
                                          "kind": choice("organisation", "kind")})
            b.create("person", {"name": "Nobody", "organisation": "no-such-id"})
        assert records.count("organisation") == before
