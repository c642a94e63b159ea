"""Opening a database brings it to the current schema, in place, without losing data.

The upgrade is tried on a database at the oldest schema that holds real data of every
record type, a deleted record, an open conflict made by two replicas exchanging bundles,
a peer and a received bundle: made at the newest schema through the services, then taken
down to the oldest revision by the migrations' own downgrades. Every table is compared
row for row before and after, so a migration that drops or alters a single row fails.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from iali_desktop.domain.errors import DatabaseError
from iali_desktop.services.demo import add_demo_data
from iali_desktop.services.info import dump_text
from iali_desktop.services.profile import Profile, save_profile
from iali_desktop.services.records import RecordService
from iali_desktop.services.setup import initialise
from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace
from iali_desktop.store import migrate
from iali_desktop.store import replica as replica_store
from iali_desktop.store.catalog import record_types
from iali_desktop.store.engine import make_engine

OLDEST = ScriptDirectory.from_config(migrate.alembic_config()).get_base()
# Tables a later migration adds and that hold only what can be derived again.
DERIVED = ("search_index", "replica_checkpoint", "sort_text")


def table_rows(path: Path, columns: dict[str, list[str]] | None = None
               ) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (sorted), but Alembic's own and the derived ones; only
    the given columns of a table when `columns` names them."""
    con = sqlite3.connect(path)
    try:
        names = [n for (n,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            if n != "alembic_version" and not n.startswith(DERIVED)]
        out = {}
        for n in names:
            cols = (columns or {}).get(n) or table_columns(con, n)
            listed = ", ".join(f'"{c}"' for c in cols)
            out[n] = sorted(con.execute(f'SELECT {listed} FROM "{n}"').fetchall(), key=repr)
        return out
    finally:
        con.close()


def table_columns(con: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in con.execute(f'PRAGMA table_info("{table}")')]


def all_columns(path: Path) -> dict[str, list[str]]:
    con = sqlite3.connect(path)
    try:
        return {n: table_columns(con, n) for (n,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        con.close()


def downgrade(path: Path, revision: str) -> None:
    engine = make_engine(path)
    try:
        cfg = migrate.alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def full_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A user's database at the newest schema with data of every kind (closed)."""
    folder = tmp_path_factory.mktemp("full")
    ana, _ = initialise(folder / "ana.db", "Ana, Americas")
    ben, _ = initialise(folder / "ben.db", "Ben, Africa")
    with ana, ben:
        add_demo_data(ana)  # every record type, with references between them
        with ana.write() as tx:
            replica_store.set_demo(tx, False)  # here it stands for a user's own records
        records = RecordService(ana)
        people = records.list("person")
        records.delete("person", people[0]["id"])  # a tombstone
        save_profile(ana, Profile(role="regional_representative", region=None))
        region = records.list("region")[0]["id"]
        records.update("region", region, {"name": "Ana's name for it"})
        RecordService(ben).update("region", region, {"name": "Ben's name for it"})
        bundle = folder / "ben.ialibundle"
        SyncService(ben).export_bundle(bundle, full=True)
        SyncService(ana).import_bundle(bundle, trust=True)
        assert SyncService(ana).conflict_count() == 1
    return folder / "ana.db"


@pytest.fixture(scope="module")
def oldest_database(full_database: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same database taken down to the oldest schema."""
    path = tmp_path_factory.mktemp("oldest") / "old.db"
    shutil.copyfile(full_database, path)
    downgrade(path, OLDEST)
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (OLDEST,)
        tables = {n for (n,) in con.execute("SELECT name FROM sqlite_master")}
        # Record types a later migration adds (attachments) are not in the oldest schema.
        old_types = [name for name in record_types() if name in tables]
        assert set(record_types()) - set(old_types) == {"attachment"}
        empty = [name for name in old_types
                 if con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] == 0]
        assert empty == [], "the oldest database must hold records of every type"
    finally:
        con.close()
    return path


def test_a_new_database_is_at_the_newest_schema(seeded_db: Path) -> None:
    with Workspace.open(seeded_db) as ws:
        assert ws.schema_version() == migrate.head_revision()


def test_upgrading_the_oldest_schema_keeps_every_row(full_database: Path,
                                                      oldest_database: Path,
                                                      tmp_path: Path) -> None:
    path = shutil.copyfile(oldest_database, tmp_path / "old.db")
    before = table_rows(path)
    with Workspace.open(full_database) as ws:
        expected_dump = dump_text(ws)
        expected_conflicts = SyncService(ws).conflict_count()
    with Workspace.open(path) as ws:
        assert ws.schema_version() == migrate.head_revision()
        assert dump_text(ws) == expected_dump
        assert SyncService(ws).conflict_count() == expected_conflicts == 1
        assert len(SyncService(ws).peers()) == 1
    after = table_rows(path, all_columns(oldest_database))
    assert {name: after[name] for name in before} == before
    # Columns that later migrations add are compared through the dump above: their
    # values are those the change log holds (a migration that refills them from it, after
    # a downgrade, must give back exactly what the database had), never invented ones.
    # Tables that later migrations add start empty: they hold nothing the old file had.
    assert {name: rows for name, rows in after.items() if name not in before and rows} == {}
    backups = list((tmp_path / "backups").glob("*pre-upgrade*"))
    assert backups, "a database with data is backed up before it is upgraded"


def test_the_search_index_is_filled_for_rows_that_predate_it(oldest_database: Path,
                                                            tmp_path: Path) -> None:
    from iali_desktop.services.search import SearchService

    path = shutil.copyfile(oldest_database, tmp_path / "old.db")
    with Workspace.open(path) as ws:
        people = {h.title for h in SearchService(ws).search("Ndiaye")}
        events = [h for h in SearchService(ws).search("Sydney") if h.record_type == "event"]
    assert any("Jean-Baptiste" in t for t in people) and events


def test_a_database_from_a_newer_release_is_refused_untouched(seeded_db: Path) -> None:
    with sqlite3.connect(seeded_db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    size = seeded_db.stat().st_size
    with pytest.raises(DatabaseError, match="newer IALI Desktop"):
        Workspace.open(seeded_db)
    assert seeded_db.stat().st_size == size


def test_the_revisions_read_without_alembic_are_alembics_own() -> None:
    # Start-up reads the head and the known revisions from the scripts' text (Alembic
    # loads only to upgrade); they must be what Alembic itself finds.
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == scripts.get_current_head()
    assert migrate.known_revisions() == {s.revision for s in scripts.walk_revisions()}


def test_upgraded_search_entries_are_found_by_their_records_rowids(full_database: Path,
                                                                   tmp_path: Path) -> None:
    """Migration 0012 moves each entry to the rowid an edit or import drops it at: after
    the upgrade of a file at 0011 (entries in insertion order, as that release wrote
    them) and an edit, the index is what a rebuild makes (no stale entry left)."""
    from sqlalchemy import text

    from iali_desktop.services.search import SearchService
    from iali_desktop.store import search

    path = shutil.copyfile(full_database, tmp_path / "at-0011.db")
    downgrade(path, "0011")
    query = text("SELECT rowid, record_type, row_id, title, body FROM search_index"
                 " ORDER BY record_type, row_id")
    with Workspace.open(path) as ws:
        hit = next(h for h in SearchService(ws).search("Ndiaye") if h.record_type == "person")
        RecordService(ws).update("person", hit.row_id, {"name": "Awa Quuxley"})
        found = [h.title for h in SearchService(ws).search("Quuxley") if h.row_id == hit.row_id]
        assert found == ["Awa Quuxley"]
        with ws.read() as tx:
            upgraded = tx.execute(query).all()
        with ws.write() as tx:
            search.rebuild(tx)
            rebuilt = tx.execute(query).all()
    assert upgraded == rebuilt


def test_upgraded_files_hold_the_sort_keys_that_writes_keep(full_database: Path,
                                                             oldest_database: Path,
                                                             tmp_path: Path) -> None:
    """Migration 0016 gives every existing row the key its writes would have kept."""
    path = shutil.copyfile(oldest_database, tmp_path / "old.db")
    with Workspace.open(path):
        pass

    def keys(db: Path) -> list[tuple[Any, ...]]:
        con = sqlite3.connect(db)
        try:
            return con.execute("SELECT * FROM sort_text ORDER BY 1, 2, 3").fetchall()
        finally:
            con.close()

    kept = keys(full_database)
    assert len(kept) >= 10
    assert keys(path) == kept
