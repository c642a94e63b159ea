"""Sync through a shared folder: real replicas, real files, and what file-sync engines
leave in such a folder (temporary names, conflict copies, partial files, a vanished
folder)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from iali_desktop.domain.errors import ValidationError
from iali_desktop.services.sync import SyncService
from iali_desktop.services.sync_folder import SyncFolderService
from iali_desktop.services.workspace import Workspace
from iali_desktop.store import faults
from iali_desktop.sync import reader

from .conftest import MakeReplica, dump, records


def befriend(*replicas: Workspace) -> None:
    for ws in replicas:
        for other in replicas:
            if other is not ws:
                SyncService(ws).trust(other.identity().fingerprint)


def joined(ws: Workspace, folder: Path) -> SyncFolderService:
    service = SyncFolderService(ws)
    service.set_folder(folder)
    return service


def bundles(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".ialibundle"))


def settle(*services: SyncFolderService, rounds: int = 4) -> None:
    for _ in range(rounds):
        for s in services:
            s.run()


Three = tuple[Workspace, Workspace, Workspace]
Passes = tuple[SyncFolderService, SyncFolderService, SyncFolderService]


def three_in_a_folder(replicas: MakeReplica, folder: Path) -> tuple[Three, Passes]:
    """Ana, Ben and Cleo, each trusting the others, all sharing `folder` (made here)."""
    folder.mkdir()
    a, b, c = replicas("ana"), replicas("ben"), replicas("cleo")
    befriend(a, b, c)
    return (a, b, c), (joined(a, folder), joined(b, folder), joined(c, folder))


def test_three_replicas_converge_through_the_folder_keeping_one_file_each(
        replicas: MakeReplica, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    (a, b, c), (fa, fb, fc) = three_in_a_folder(replicas, folder)
    region = records(a).create("region", {"name": "Atlantis"})
    settle(fa, fb, fc)
    assert records(c).get("region", region)["name"] == "Atlantis"
    records(b).update("region", region, {"code": "BB"})
    records(c).create("region", {"name": "Mu"})
    settle(fa, fb, fc)
    assert dump(a) == dump(b) == dump(c)
    # One file per replica: each new write superseded and removed the earlier ones.
    names = bundles(folder)
    assert len(names) == 3, names
    assert {n.split(".")[0] for n in names} == {w.identity().replica_id for w in (a, b, c)}
    # Everything acknowledged by everyone: each file shrank to an announcement.
    for n in names:
        with reader.open_bundle(folder / n) as opened:
            assert opened.manifest.changes == 0, n
    # Nothing new: another pass imports and writes nothing.
    again = fb.run()
    assert again.imported == [] and again.written is None
    status = fa.status()
    assert {r.name for r in status.received} == {"ben", "cleo"}
    assert status.last_written is not None and status.errors == {}


def test_concurrent_edits_end_as_the_same_kept_conflict_on_both(
        replicas: MakeReplica, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    a, b = replicas("ana"), replicas("ben")
    befriend(a, b)
    fa, fb = joined(a, folder), joined(b, folder)
    region = records(a).create("region", {"name": "Atlantis"})
    settle(fa, fb)
    records(a).update("region", region, {"name": "Atlantis A"})
    records(b).update("region", region, {"name": "Atlantis B"})
    settle(fa, fb)
    assert dump(a) == dump(b)
    ca, cb = SyncService(a).conflicts(), SyncService(b).conflicts()
    assert len(ca) == 1 and [c.id for g in ca for c in g.fields] == \
        [c.id for g in cb for c in g.fields]
    assert {v.value for c in ca[0].fields for v in c.values} == {"Atlantis A", "Atlantis B"}


def test_an_untrusted_sender_waits_for_a_decision_and_is_never_imported_alone(
        replicas: MakeReplica, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    a, b = replicas("ana"), replicas("ben")
    fa, fb = joined(a, folder), joined(b, folder)
    region = records(a).create("region", {"name": "Atlantis"})
    fa.run()
    result = fb.run()
    assert result.imported == []
    assert [w.sender for w in result.status.waiting] == ["ana"]
    assert result.status.waiting[0].fingerprint == a.identity().fingerprint
    assert "Atlantis" not in dump(b)
    # The user compares the fingerprint and trusts: the next pass imports.
    SyncService(b).trust(a.identity().fingerprint)
    result = fb.run()
    assert [name for name, _ in result.imported] == \
        [n for n in bundles(folder) if n.startswith(a.identity().replica_id)]
    assert records(b).get("region", region)["name"] == "Atlantis" and result.status.waiting == []


def test_engine_artefacts_are_ignored_and_a_partial_file_is_retried(
        replicas: MakeReplica, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    a, b = replicas("ana"), replicas("ben")
    befriend(a, b)
    fa, fb = joined(a, folder), joined(b, folder)
    records(a).create("region", {"name": "Atlantis"})
    fa.run()
    [name] = bundles(folder)
    real = (folder / name).read_bytes()
    stem = name[:-len(".ialibundle")]
    # What engines leave: temporary names and conflict copies, all holding a newer bundle
    # that must not be imported under those names.
    records(a).create("region", {"name": "Lemuria"})
    other = tmp_path / "newer.ialibundle"
    SyncService(a).export_bundle(other, full=True)
    newer = other.read_bytes()
    for artefact in (f".syncthing.{name}.tmp", f"~syncthing~{name}.tmp",
                     f"{stem}.sync-conflict-20260101-120000-ABCDEFG.ialibundle",
                     f"{stem} (conflicted copy 2026-01-01).ialibundle",
                     f"{stem}-LAPTOP.ialibundle", f"{stem} (1).ialibundle",
                     ".export-123.part"):
        (folder / artefact).write_bytes(newer)
    # Our own name, but only half there (an engine writing in place).
    (folder / name).write_bytes(real[: len(real) // 2])
    result = fb.run()
    assert result.imported == [] and result.status.errors == {}  # fresh: still arriving
    old = time.time() - 3600
    os.utime(folder / name, (old, old))
    result = fb.run()
    assert result.imported == [] and list(result.status.errors) == [name]
    assert "Lemuria" not in dump(b) and "Atlantis" not in dump(b)
    # The engine finishes the file: replaced, so read again, and imported.
    (folder / name).write_bytes(real)
    result = fb.run()
    assert [n for n, _ in result.imported] == [name] and result.status.errors == {}
    assert "Atlantis" in dump(b) and "Lemuria" not in dump(b)


def test_a_colleague_who_left_no_longer_holds_back_the_outgoing_bundle(
        replicas: MakeReplica, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    (a, _b, c), (fa, fb, fc) = three_in_a_folder(replicas, folder)
    settle(fa, fb, fc)
    fc.set_folder(None)  # Cleo leaves; her file goes with her
    for n in bundles(folder):
        if n.startswith(c.identity().replica_id):
            (folder / n).unlink()
    records(a).create("region", {"name": "Atlantis"})
    settle(fa, fb)
    [mine] = [n for n in bundles(folder) if n.startswith(a.identity().replica_id)]
    with reader.open_bundle(folder / mine) as opened:
        assert opened.manifest.changes == 0  # Ben has it all; Cleo no longer counts


def test_a_rescan_does_not_import_again(replicas: MakeReplica, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    a, b = replicas("ana"), replicas("ben")
    befriend(a, b)
    fa, fb = joined(a, folder), joined(b, folder)
    records(a).create("region", {"name": "Atlantis"})
    fa.run()
    assert len(fb.run().imported) == 1
    backups = len(SyncService(b).backups())
    for _ in range(3):
        assert fb.run().imported == []
    assert len(SyncService(b).backups()) == backups


def test_a_vanished_folder_is_a_state_not_an_error(
        replicas: MakeReplica, tmp_path: Path) -> None:
    folder = tmp_path / "drive" / "shared"
    folder.mkdir(parents=True)
    a, b = replicas("ana"), replicas("ben")
    befriend(a, b)
    fa, fb = joined(a, folder), joined(b, folder)
    records(a).create("region", {"name": "Atlantis"})
    fa.run()
    unplugged = tmp_path / "unplugged"
    shutil.move(tmp_path / "drive", unplugged)
    records(a).create("region", {"name": "Mu"})
    for service in (fa, fb):
        result = service.run()
        assert not result.status.reachable and result.status.errors == {}
        assert result.written is None
    assert not folder.exists()  # not re-created on the mount point
    shutil.move(unplugged, tmp_path / "drive")
    settle(fa, fb)
    assert "Mu" in dump(b) and dump(a) == dump(b)


def test_the_folder_may_not_hold_or_lie_in_the_database_folder(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a = replicas("ana")
    service = SyncFolderService(a)
    for bad in (a.path.parent, a.path.parent / "sub", a.path.parent.parent):
        bad.mkdir(exist_ok=True)
        with pytest.raises(ValidationError, match="database"):
            service.set_folder(bad)
    with pytest.raises(ValidationError, match="not a folder"):
        service.set_folder(tmp_path / "missing")
    assert service.folder() is None


def _pass_in_a_process(db: Path, kill_at: str | None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    env.pop(faults.ENV, None)
    if kill_at is not None:
        env[faults.ENV] = kill_at
    return subprocess.run([sys.executable, "-m", "iali_desktop", "sync", "folder", "run",
                           "--db", str(db)], env=env, capture_output=True, text=True,
                          timeout=120)


@pytest.mark.parametrize("kill_at", ["import-before-commit", "import-after-commit"])
def test_a_pass_killed_during_its_import_leaves_all_or_nothing_and_the_next_completes(
        replicas: MakeReplica, tmp_path: Path, kill_at: str) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    a, b = replicas("ana"), replicas("ben")
    befriend(a, b)
    fa, _ = joined(a, folder), joined(b, folder)
    records(a).create("region", {"name": "Atlantis"})
    fa.run()
    before = dump(b)
    killed = _pass_in_a_process(b.path, kill_at)
    assert killed.returncode in (-9, 137), killed.stderr
    after_kill = dump(b)
    assert after_kill == before if kill_at == "import-before-commit" else "Atlantis" in after_kill
    done = _pass_in_a_process(b.path, None)
    assert done.returncode == 0 and "imported" in done.stdout, done.stderr
    assert dump(b) == dump(a)


def test_attached_files_reach_everyone_through_the_folder_and_then_leave_its_files(
        replicas: MakeReplica, tmp_path: Path) -> None:
    from iali_desktop.services import attachments

    from .files_help import MB, attach_new, content_sha, file_entries

    folder = tmp_path / "shared"
    (a, b, c), (fa, fb, fc) = three_in_a_folder(replicas, folder)
    settle(fa, fb, fc)
    paper, sha = attach_new(a, tmp_path, "agenda.pdf", 2 * MB + 5)
    fa.run()
    (mine,) = [n for n in bundles(folder) if n.startswith(a.identity().replica_id)]
    assert file_entries(folder / mine) == {f"files/{sha}": 2 * MB + 5}
    settle(fa, fb, fc)
    for ws in (b, c):
        assert attachments.get(ws, paper).present and content_sha(ws, paper) == sha
    # Acknowledged by both: the files in the folder no longer carry it.
    assert all(file_entries(folder / n) == {} for n in bundles(folder))


def test_a_file_stays_until_every_colleague_acknowledged_it_and_the_next_carries_only_news(
        replicas: MakeReplica, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    (a, b, c), (fa, fb, fc) = three_in_a_folder(replicas, folder)
    settle(fa, fb, fc)
    ana = a.identity().replica_id

    def anas() -> dict[str, int]:
        out = {}
        for n in bundles(folder):
            if n.startswith(ana):
                with reader.open_bundle(folder / n) as opened:
                    out[n] = opened.manifest.changes
        return out

    for i in range(5):  # Cleo is away meanwhile: her passes do not run
        records(a).create("region", {"name": f"Away {i}", "code": f"A{i}"})
    first = fa.run().written
    assert first is not None and anas()[first] == 10
    fb.run()  # Ben reads it and acknowledges
    records(a).create("region", {"name": "One more", "code": "OM"})
    second = fa.run().written
    assert second is not None
    files = anas()
    assert files[first] == 10, "Cleo has not acknowledged it: it stays"
    assert files[second] == 2, "the new file carries only what the first does not"
    settle(fc, fa, fb, fc, fa)  # Cleo is back: she reads both, acknowledges, they go
    assert dump(a) == dump(b) == dump(c)
    assert list(anas().values()) == [0]
