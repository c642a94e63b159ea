"""Restoring a backup: the restored replica syncs with everyone again, atomically.

The steps of the report: A adds a record it never exports, imports B's bundle (so the
pre-import backup holds that record, unsigned), restores that backup, adds another record
and exports; B must accept it, and keep accepting A's bundles afterwards.
"""

from __future__ import annotations

from pathlib import Path

from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace

from .conftest import MakeReplica, dump, export_for, records, send


def _region_names(ws: Workspace) -> set[str]:
    text = dump(ws)
    return {name for name in ("Atlantis", "Lemuria", "Thule", "Mu") if name in text}


def _restore_after_an_unexported_edit(replicas: MakeReplica, tmp_path: Path
                                      ) -> tuple[Workspace, Workspace]:
    a, b = replicas("ana"), replicas("ben")
    records(b).create("region", {"name": "Thule"})
    records(a).create("region", {"name": "Atlantis"})  # never exported before the restore
    send(b, a, tmp_path)
    [backup] = SyncService(a).backups()
    assert backup.reason == "pre-import"
    SyncService(a).restore(backup.path.name)
    records(a).create("region", {"name": "Lemuria"})
    return a, b


def test_a_restored_replica_is_accepted_by_its_peers_and_keeps_syncing(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b = _restore_after_an_unexported_edit(replicas, tmp_path)
    SyncService(b).import_bundle(export_for(a, b, tmp_path), trust=True)
    assert {"Atlantis", "Lemuria"} <= _region_names(b)
    # Another round both ways: still accepted, and both hold the same content.
    records(b).create("region", {"name": "Mu"})
    send(b, a, tmp_path)
    records(a).create("region", {"name": "Hyperborea"})
    send(a, b, tmp_path)
    send(b, a, tmp_path)
    assert dump(a) == dump(b)
    assert "Hyperborea" in dump(b)


def test_a_restored_replica_takes_a_name_its_peers_can_tell_apart(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b = replicas("ana"), replicas("ben")
    send(a, b, tmp_path)  # B knows "ana" under the old id
    records(b).create("region", {"name": "Thule"})
    send(b, a, tmp_path)
    backup = SyncService(a).backups()[0]
    SyncService(a).restore(backup.path.name)
    name = a.identity().name
    assert name.startswith("ana (restored ") and name != "ana"
    send(a, b, tmp_path)
    names = [p.name for p in SyncService(b).peers()]
    assert names.count("ana") == 1 and name in names
    out = tmp_path / "to-restored.ialibundle"
    summary = SyncService(b).export_bundle(out, peer=name)
    assert summary.to == a.identity().replica_id
    SyncService(a).import_bundle(out, trust=True)  # the trust came after the backup
