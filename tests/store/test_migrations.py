"""Opening a database brings it to the current schema, in place, without losing data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from iali_desktop.domain.errors import DatabaseError
from iali_desktop.services.info import dump_text
from iali_desktop.services.records import RecordService
from iali_desktop.services.setup import initialise
from iali_desktop.services.workspace import Workspace
from iali_desktop.store import migrate
from iali_desktop.store.engine import make_engine


def test_a_new_database_is_at_the_newest_schema(seeded_db: Path) -> None:
    with Workspace.open(seeded_db) as ws:
        assert ws.schema_version() == migrate.head_revision()


def test_an_older_database_upgrades_in_place_and_keeps_its_records(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(path)
    migrate.upgrade(engine, "0001")
    engine.dispose()
    # An install of the first release: identity and seeds were written at schema 0001.
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert "search_index" not in {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master")}

    ws, _ = initialise(path, "Old install")
    with ws:
        assert ws.schema_version() == migrate.head_revision()
        person = RecordService(ws).create("person", {"name": "Émilie Laurent"})
        before = dump_text(ws)
    with Workspace.open(path) as ws:
        assert dump_text(ws) == before
        assert RecordService(ws).get("person", person)["name"] == "Émilie Laurent"
    backups = list((tmp_path / "backups").glob("*pre-upgrade*"))
    assert backups, "a database with data is backed up before it is upgraded"


def test_search_index_is_filled_for_rows_that_predate_it(tmp_path: Path) -> None:
    from iali_desktop.services.search import SearchService

    path = tmp_path / "old.db"
    engine = make_engine(path)
    migrate.upgrade(engine, "0001")
    engine.dispose()
    ws, _ = initialise(path)
    with ws:
        hits = SearchService(ws).search("Sydney")
    assert any(h.record_type == "event" for h in hits)


def test_a_database_from_a_newer_release_is_refused_untouched(seeded_db: Path) -> None:
    with sqlite3.connect(seeded_db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    size = seeded_db.stat().st_size
    with pytest.raises(DatabaseError, match="newer IALI Desktop"):
        Workspace.open(seeded_db)
    assert seeded_db.stat().st_size == size
