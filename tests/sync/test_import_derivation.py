"""An import derives each record's row from its heads read as one JSON object per row
(`store/merge.derive`); rows with several heads of a field, a delete or an erasure are
read head by head. These tests hold the bulk import against two references: the same
versions applied one at a time (`merge.apply_versions`, the seeding path) with the
search index rebuilt, and the head-by-head reading of every row.
"""

from __future__ import annotations

from pathlib import Path

import orjson
from sqlalchemy import text

from iali_desktop.domain.versions import Version
from iali_desktop.services import erasure
from iali_desktop.services.records import record_type
from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace
from iali_desktop.store import merge, search

from .conftest import MakeReplica, dump, records, send

INDEX = text("SELECT rowid, record_type, row_id, title, body FROM search_index"
             " ORDER BY rowid")
VERSIONS = text("SELECT c.replica, c.seq, c.hlc, c.record_type, c.row_id, c.field, c.value,"
                " c.seen, (SELECT json_group_array(json_array(e.sup_replica, e.sup_seq))"
                " FROM change_edge e WHERE e.by_replica = c.replica AND e.by_seq = c.seq)"
                " AS supersedes FROM change c WHERE c.record_type IN ('person', 'organisation')"
                " ORDER BY c.replica, c.seq")


def _mixed_records(a: Workspace, b: Workspace, tmp_path: Path) -> None:
    """Rows of every shape on `a`: plain, lists and flags, concurrent edits (conflicts),
    a delete against an unseen edit, a delete, an erased person, a reference."""
    kinds = record_type("organisation").field("kind").choices
    roles = record_type("person").field("roles").choices
    with records(a).batch() as batch:
        orgs = [batch.create("organisation", {
            "name": f"Guild {i}", "kind": kinds[i % len(kinds)], "acronym": f"G{i}",
            "iali_established": i % 2 == 0, "website": f"https://guild{i}.example.org",
            "notes": f"Notes on guild {i}: \"quoted\", accents é, tab\there"})
            for i in range(12)]
        people = [batch.create("person", {
            "name": f"Inspector {i}", "organisation": orgs[i % len(orgs)],
            "email": f"inspector{i}@example.org", "languages": ["en", "fr"][: 1 + i % 2],
            "roles": [roles[i % len(roles)]], "country": "Peru"}) for i in range(12)]
    send(a, b, tmp_path)
    for i in range(4):  # concurrent edits of the same fields: open conflicts
        records(a).update("organisation", orgs[i], {"name": f"Guild {i} (Ana)"})
        records(b).update("organisation", orgs[i], {"name": f"Guild {i} (Ben)",
                                                     "country": "Chile"})
    records(b).update("person", people[5], {"notes": "Ben's note"})
    records(a).delete("person", people[5])  # while Ben edited it: kept for review
    records(a).delete("organisation", orgs[10])
    erasure.erase(a, "person", people[7])
    records(a).update("person", people[8], {"languages": None, "roles": None})
    send(b, a, tmp_path)


def _apply_one_by_one(source: Workspace, target: Workspace) -> None:
    with source.read() as tx:
        rows = tx.execute(VERSIONS).all()
    with target.write() as tx:
        for r in rows:
            links = tuple((str(x), int(y)) for x, y in orjson.loads(r.supersedes))
            seen = None if r.seen is None else tuple(
                (str(x), int(y)) for x, y in orjson.loads(r.seen))
            merge.apply_versions(tx, [Version(r.replica, r.seq, r.hlc, r.record_type,
                                              r.row_id, r.field, r.value, links, seen)])
        search.rebuild(tx)


def test_a_bulk_import_gives_the_rows_and_index_of_applying_each_change_alone(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b = replicas("ana"), replicas("ben")
    _mixed_records(a, b, tmp_path)
    bulk, single = replicas("carla"), replicas("dan")
    path = tmp_path / "all.ialibundle"
    SyncService(a).export_bundle(path, full=True)
    SyncService(bulk).import_bundle(path, trust=True)
    _apply_one_by_one(a, single)
    assert dump(bulk) == dump(single) == dump(a)
    with bulk.read() as tx:
        incremental = tx.execute(INDEX).all()
    with single.read() as tx:
        one_by_one = tx.execute(INDEX).all()
    assert incremental == one_by_one
    assert len(SyncService(bulk).conflicts()) == len(SyncService(single).conflicts()) > 0


def test_rows_read_as_one_object_equal_the_rows_read_head_by_head(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b = replicas("ana"), replicas("ben")
    _mixed_records(a, b, tmp_path)
    derived = {}
    with a.read() as tx:
        for name in ("organisation", "person"):
            ids = [r[0] for r in tx.execute(text(f'SELECT id FROM "{name}" ORDER BY id'))]
            derived[name] = merge.derive(tx, name, ids)
            assert derived[name] == merge.derive_head_by_head(tx, name, ids)
    # Every shape was there to compare: a delete, a delete against an unseen edit, open
    # conflicts, an erased person (personal fields empty, the others kept).
    orgs, people = derived["organisation"].values(), derived["person"].values()
    assert any(not d.live for d in orgs) and any(d.conflicts for d in orgs)
    assert any(d.deleted_while_edited for d in people)
    assert any(d.values["name"] is None and d.values["country"] == "Peru" for d in people)
