"""An import killed while a file's content streams into the database leaves nothing of
it: the process is killed (SIGKILL, no cleanup) after the first 1 MiB piece of an 8 MiB
file was written in the import's transaction; SQLite rolls the transaction back on the
next open. Imported again, the file arrives whole."""

from __future__ import annotations

import shutil
import signal
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from iali_desktop.services import attachments
from iali_desktop.services.workspace import Workspace

from .conftest import export_for, make_replica, send
from .files_help import MB, attach_new, content_sha
from .test_adversarial import state_of
from .test_faults import _import_in_a_process, _intact_state


def _content_rows(db: Path) -> tuple[int, int]:
    con = sqlite3.connect(db)
    try:
        return (con.execute("SELECT count(*) FROM blob").fetchone()[0],
                con.execute("SELECT count(*) FROM blob_chunk").fetchone()[0])
    finally:
        con.close()


@pytest.fixture(scope="module")
def file_bundle(seeded_template: Path, tmp_path_factory: pytest.TempPathFactory
                ) -> tuple[Path, Path, str, str, tuple[str, list[Any]]]:
    """Ben's database (closed, knowing Ana), a bundle from Ana carrying an 8 MiB file,
    the attachment's id and digest, and Ben's state before."""
    folder = tmp_path_factory.mktemp("killed-files")
    ana = make_replica(seeded_template, folder / "ana", "ana")
    ben = make_replica(seeded_template, folder / "ben", "ben")
    send(ana, ben, folder)
    paper, sha = attach_new(ana, folder, "papers.pdf", 8 * MB)
    bundle = export_for(ana, ben, folder)
    ana.close()
    before = state_of(ben)
    ben.close()
    return ben.path, bundle, paper, sha, before


@pytest.mark.parametrize("point", ["content-piece-written", "import-before-commit"])
def test_an_import_killed_while_a_file_streams_leaves_nothing_half_written(
        file_bundle: tuple[Path, Path, str, str, tuple[str, list[Any]]], tmp_path: Path,
        point: str) -> None:
    pristine, bundle, paper, sha, before = file_bundle
    db = tmp_path / "ben.db"
    shutil.copyfile(pristine, db)
    killed = _import_in_a_process(db, bundle, kill_at=point)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert _intact_state(db) == before
    assert _content_rows(db) == (0, 0)  # not one piece of the file kept
    again = _import_in_a_process(db, bundle, kill_at=None)
    assert again.returncode == 0, again.stderr
    assert _content_rows(db) == (1, 8)
    with Workspace.open(db) as ws:
        assert attachments.get(ws, paper).present
        assert content_sha(ws, paper) == sha
