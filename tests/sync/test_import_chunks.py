"""A bulk import refreshes record rows and their search entries a chunk at a time.

`sync/apply.py` reads the rows an import touched ROW_CHUNK at a time (keyset paging, so
no list of every row is kept) and drops and writes each chunk's search entries before
the next; these tests import bundles that cross a chunk boundary and compare with what
the sender holds and with a full index rebuild.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from iali_desktop.services.records import record_type
from iali_desktop.store import search
from iali_desktop.sync.apply import ROW_CHUNK

from .conftest import MakeReplica, dump, records, send

INDEX = text("SELECT rowid, record_type, row_id, title, body FROM search_index"
             " ORDER BY record_type, row_id")


def test_imports_larger_than_a_row_chunk_give_the_senders_records_and_a_rebuilt_index(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b = replicas("ana"), replicas("ben")
    kind = record_type("organisation").field("kind").choices[0]
    status = record_type("member").field("status").choices[0]
    count = ROW_CHUNK + 5
    with records(a).batch() as batch:
        orgs = [batch.create("organisation", {"name": f"Guild {i}", "kind": kind})
                for i in range(count)]
    send(a, b, tmp_path)  # new rows, in two chunks
    with records(a).batch() as batch:
        for i, org in enumerate(orgs):
            batch.update("organisation", org, {"name": f"Renamed guild {i}"})
        # A row of the last chunk (ids in order) whose title another record borrows.
        member = batch.create("member", {"organisation": max(orgs), "status": status})
    send(a, b, tmp_path)  # every row held and indexed already, in two chunks
    assert dump(b) == dump(a)
    with b.read() as tx:
        incremental = tx.execute(INDEX).all()
    with b.write() as tx:
        search.rebuild(tx)
        rebuilt = tx.execute(INDEX).all()
    assert incremental == rebuilt
    assert len([r for r in incremental if r.record_type == "organisation"
                and r.title.startswith("Renamed guild")]) == count
    titles = {r.row_id: r.title for r in incremental}
    assert titles[member] == titles[max(orgs)] == f"Renamed guild {orgs.index(max(orgs))}"
