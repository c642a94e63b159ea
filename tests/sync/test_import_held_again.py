"""A bundle that carries versions held here already (`sync/staging.py`): an import
stages its versions straight into `change`, so a version held before is told apart by
its row number and its bundle copy is only compared with the held one. These tests
check that such copies are never counted or applied twice, and that a copy listed twice
or forged is refused.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from iali_desktop.domain.erasure import erase as erase_value
from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace
from iali_desktop.sync.staging import STAGE_BATCH

from . import forge
from .conftest import MakeReplica, dump, export_for, records, send
from .test_adversarial import refused


def _lines(author: Workspace, count: int) -> list[bytes]:
    return forge.region_lines(forge.identity(author).replica_id, range(1, count + 1))


def _import(ws: Workspace, path: Path) -> Any:
    return SyncService(ws).import_bundle(path, trust=True)


def _relayed(honest: Path, folder: Path, sender: Workspace, lines: list[bytes]) -> Path:
    """`honest` with `lines` instead, as its sender could send it: the author's signed
    checkpoint is kept, so only the import's own checks can tell."""
    return forge.resign(honest, folder / "relayed.ialibundle", forge.identity(sender),
                        b"".join(lines))


def test_a_held_change_listed_twice_in_one_batch_refuses_the_bundle(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b = replicas("ana"), replicas("ben")
    lines = _lines(a, 10)
    signer = forge.identity(a)
    _import(b, forge.forge(tmp_path / "first.ialibundle", signer, b"".join(lines)))
    more = [*lines, *_lines(a, 12)[10:]]  # 11 and 12 new
    honest = forge.forge(tmp_path / "honest.ialibundle", signer, b"".join(more))
    more.insert(5, lines[3])  # change 4, held, twice: the author's signed chain still holds
    refused(b, _relayed(honest, tmp_path, a, more), "lists one change twice")


def test_a_new_change_listed_twice_in_one_batch_refuses_the_bundle(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b = replicas("ana"), replicas("ben")
    lines = _lines(a, 10)
    honest = forge.forge(tmp_path / "honest.ialibundle", forge.identity(a), b"".join(lines))
    lines.insert(6, lines[4])  # change 5, new here, twice in the first batch
    SyncService(b).trust(a.identity().fingerprint)
    refused(b, _relayed(honest, tmp_path, a, lines), "lists one change twice")


def test_held_changes_sent_again_beside_new_ones_are_applied_once(
        replicas: MakeReplica, tmp_path: Path) -> None:
    """Over several batches: the held versions are counted as known, the new ones as new,
    and the database ends as that of a replica that imported everything at once."""
    a, b, c = replicas("ana"), replicas("ben"), replicas("carla")
    signer = forge.identity(a)
    lines = _lines(a, 2 * STAGE_BATCH + 30)
    held = STAGE_BATCH + 10  # Ben holds the first batch and part of the second
    _import(b, forge.forge(tmp_path / "part.ialibundle", signer, b"".join(lines[:held])))
    whole = forge.forge(tmp_path / "whole.ialibundle", signer, b"".join(lines))
    report = _import(b, whole)
    assert (report.changes_in_bundle, report.changes_new, report.changes_known) == \
        (len(lines), len(lines) - held, held)
    _import(c, whole)
    assert dump(b) == dump(c)


def test_a_relays_erased_copy_of_a_held_change_is_refused_without_an_erasure(
        replicas: MakeReplica, tmp_path: Path) -> None:
    """The held copy would stand either way; the bundle is forged all the same, and is
    refused as the same copy of a version not held yet is."""
    a, b, c = replicas("ana"), replicas("ben"), replicas("carla")
    email = "ana.private@example.org"
    row = records(a).create("person", {"name": "Ana Quispe", "email": email})
    send(a, b, tmp_path)
    honest = export_for(b, c, tmp_path, full=True)
    _import(c, honest)
    def blank(data: dict[str, Any]) -> None:
        if data["row"] == row and data["field"] == "email":
            data["value"] = erase_value(data["value"])

    blanked = forge.rewritten(honest, tmp_path / "blanked.ialibundle", forge.identity(b),
                              blank)
    refused(c, blanked, "erased value but no erasure")
    assert records(c).get("person", row)["email"] == email


def test_a_held_change_sent_again_superseding_other_versions_is_refused(
        replicas: MakeReplica, tmp_path: Path) -> None:
    """What a version supersedes is part of it: a copy of a held version that names other
    versions is another version with a reused id (the held copy would stand either
    way)."""
    a, b, c = replicas("ana"), replicas("ben"), replicas("carla")
    rid = records(a).create("region", {"name": "Atlantis"})
    records(a).update("region", rid, {"name": "Atlantis Nova"})
    send(a, b, tmp_path)
    honest = export_for(b, c, tmp_path, full=True)
    _import(c, honest)
    before = dump(c)
    edited = []

    def unlink(data: dict[str, Any]) -> None:
        if data["row"] == rid and data["supersedes"]:
            data["supersedes"] = []  # the rename no longer supersedes the first name
            edited.append(data["seq"])

    forged = forge.rewritten(honest, tmp_path / "unlinked.ialibundle", forge.identity(b),
                             unlink)
    assert edited
    refused(c, forged, "other content than the one held")
    assert dump(c) == before
