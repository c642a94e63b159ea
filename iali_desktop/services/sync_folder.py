"""Sync through a folder that a file-sync engine shares (Syncthing, a cloud drive, a share).

One pass (`SyncFolderService.run`) does, without asking:

1. imports each colleague's bundles in the folder that it has not processed yet,
   when its signer is trusted, through the same import as a manual one (checks, backup,
   one transaction); a bundle from an unknown or changed key waits for the user's
   decision (the import preview) and is never trusted here;
2. writes this replica's outgoing bundle when there is something new to say: every change
   not yet acknowledged by all colleagues met in the folder and not in this replica's
   earlier files still there (everything the first time), with this replica's version
   vector, which is how colleagues acknowledge in turn. It is built elsewhere and
   renamed into place (never half-written under its name), named
   `<replica-id>.<n>.ialibundle` so that two writers never collide; an earlier file goes
   once every colleague has acknowledged what it carried (`folder_outgoing.py`).

The database never lives in the folder (SQLite's WAL over file sync corrupts it); only
bundles do. A missing folder (unplugged drive, unmounted share) is a state, "not
reachable", not an error: nothing is written or forgotten until it comes back. What the
pass saw is kept in the replica's local settings (never synced) for the status views.
"""

from __future__ import annotations

import contextlib
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from iali_desktop import __version__
from iali_desktop.domain.errors import BundleError, IaliError, ValidationError
from iali_desktop.domain.translation import _
from iali_desktop.store import blobs, wanted_files
from iali_desktop.store import checkpoints as checkpoint_store
from iali_desktop.store import peers as peer_store
from iali_desktop.store import replica as replica_store
from iali_desktop.sync import export, publish, reader
from iali_desktop.sync.limits import FORMAT_VERSION, Limits

from . import folder_files, folder_outgoing, sync_limits
from .folder_files import FolderFile
from .folder_status import (
    SETTINGS_KEY,
    FolderStatus,
    Waiting,
    folder_of,
    folder_state,
    folder_status,
)
from .seed_origins import seed_replicas
from .sync import DEMO_EXPORT_REFUSED, SyncService
from .workspace import Workspace

log = logging.getLogger(__name__)

NOT_REACHABLE = "folder not reachable"
SETTLING_S = 10  # a file this fresh that fails may still be arriving: retried, not reported


@dataclass(frozen=True)
class FolderPass:
    status: FolderStatus
    imported: list[tuple[str, str]]  # (file name, what the import did)
    written: str | None
    pruned: list[str]


def _vector_key(vector: dict[str, int], base: dict[str, int] | None,
                legacy: list[str], wanted: set[str] | None = None) -> str:
    """What the file written last stands for: a new one is written when this changes.
    The bundle format and the authors whose changes cannot be relayed yet (legacy
    checkpoints, see store/checkpoints.py) count too: after an upgrade the file is written
    again in the new format, and again once an author's new checkpoint lets its changes
    travel. The files colleagues asked for count only when there are any."""
    shape: list[Any] = [vector, base, FORMAT_VERSION, legacy]
    if wanted:
        shape.append(sorted(wanted))
    return orjson.dumps(shape, option=orjson.OPT_SORT_KEYS).decode()


class SyncFolderService:
    def __init__(self, ws: Workspace, limits: Limits | None = None) -> None:
        self.ws = ws
        self.sync = SyncService(ws, limits)

    @property
    def limits(self) -> Limits:
        return self.sync.limits

    # -- the setting ------------------------------------------------------------------

    def _state(self) -> dict[str, Any]:
        return folder_state(self.ws)

    def _save(self, changes: dict[str, Any]) -> None:
        with self.ws.write() as tx:
            state = replica_store.load(tx)
            settings = dict(state.settings) if state else {}
            current = settings.get(SETTINGS_KEY)
            merged = dict(current) if isinstance(current, dict) else {}
            merged.update(changes)
            settings[SETTINGS_KEY] = merged
            replica_store.set_settings(tx, settings)

    def folder(self) -> Path | None:
        return folder_of(self.ws)

    def set_folder(self, path: Path | None) -> Path | None:
        """Name the shared folder (None: stop syncing through one). It must exist, and
        neither hold the database nor lie inside the database's folder."""
        if path is None:
            self._save({"path": None})
            return None
        if self.ws.identity().demo:
            raise BundleError(_(DEMO_EXPORT_REFUSED))
        folder = Path(path).expanduser()
        if not folder.is_dir():
            raise ValidationError(_("{folder} is not a folder (create it, or let the sync program "
                                    "create it, first)", folder=folder))
        folder = folder.resolve()
        db_folder = self.ws.path.resolve().parent
        if folder_files.is_inside(folder, db_folder) or \
                folder_files.is_inside(db_folder, folder):
            raise ValidationError(
                _("{folder} is the database's folder or shares it ({db_folder}); choose a folder "
                  "apart from it: a database in a synced folder gets corrupted",
                  folder=folder, db_folder=db_folder))
        # Another folder: what was learnt about the previous one no longer applies.
        self._save({"path": str(folder), "seen": {}, "errors": {}, "written": None,
                    "files": {}})
        return folder

    # -- status -----------------------------------------------------------------------

    def status(self) -> FolderStatus:
        return folder_status(self.ws)

    # -- the pass ---------------------------------------------------------------------

    def run(self) -> FolderPass:
        """One pass: import what is new from trusted colleagues, list what waits for a
        decision, write what is outgoing. Never raises for the folder's content: each
        file's problem is one line in the status."""
        folder = self.folder()
        if folder is None:
            raise ValidationError(_("no sync folder is set (sync folder set PATH)"))
        try:
            files = folder_files.scan(folder)
        except OSError:
            log.info("sync folder %s not reachable", folder)
            self._save({"last_pass_at": peer_store.now_iso()})
            return FolderPass(self.status(), [], None, [])
        st = self._state()
        seen: dict[str, str] = dict(st.get("seen") or {})
        errors: dict[str, str] = {}
        received: dict[str, Any] = dict(st.get("received") or {})
        own = self.ws.identity().replica_id
        imported: list[tuple[str, str]] = []
        waiting: list[Waiting] = []
        newest = folder_files.newest_per_author(files)
        looked: set[str] = set()
        with publish.private_folder() as scratch:
            for f in files:
                if f.replica_id == own:
                    continue  # every colleague's file counts: each carries only what
                    # the author's earlier files still in the folder do not
                if seen.get(f.path.name) == f.stamp:
                    continue
                looked.add(f.path.name)
                outcome = self._take(f, scratch, waiting, errors)
                if outcome is None:
                    continue
                seen[f.path.name] = f.stamp
                if outcome[0]:
                    imported.append((f.path.name, outcome[1]))
                    received[f.replica_id] = {"name": outcome[2], "at": peer_store.now_iso(),
                                              "file": f.path.name}
        stamps = {f.path.name: f.stamp for f in files}
        for name, message in (st.get("errors") or {}).items():
            # A refused file is not read again until the engine replaces it; its refusal
            # is shown as long as it lies there unchanged.
            if name not in looked and name in stamps and seen.get(name) == stamps[name]:
                errors[name] = message
        seen = {k: v for k, v in seen.items() if k in stamps}
        self._save({"last_pass_at": peer_store.now_iso(), "seen": seen,
                    "received": received, "errors": errors,
                    "waiting": [{"path": str(w.path), "sender": w.sender,
                                 "fingerprint": w.fingerprint, "reason": w.reason}
                                for w in waiting]})
        # Colleagues are the trusted authors whose files are in the folder now: one who
        # left (no file any more) no longer holds back what the others have acknowledged.
        colleagues = set(received) & set(newest)
        written, pruned = self._write_outgoing(folder, files, own, colleagues)
        return FolderPass(self.status(), imported, written, pruned)

    def _take(self, f: FolderFile, scratch: Path, waiting: list[Waiting],
              errors: dict[str, str]) -> tuple[bool, str, str] | None:
        """Import one file if its signer is trusted. Returns (imported, message, sender
        name) once the file is dealt with for good, None to look again next pass."""
        copy = folder_files.snapshot(f, scratch)
        if copy is None:
            return None
        try:
            try:
                with reader.open_bundle(copy, None, self.limits) as opened:
                    sender = opened.manifest.sender
            except BundleError:
                if time.time() - f.mtime_ns / 1e9 < SETTLING_S:
                    return None  # probably still being written in place by the engine
                raise
            if sender.replica_id != f.replica_id:
                raise BundleError(_("the file's name names another replica than its signer"))
            reason = self._decision_needed(sender.replica_id, sender.public_key,
                                           sender.fingerprint)
            if reason is not None:
                waiting.append(Waiting(f.path, sender.name, sender.fingerprint, reason))
                return None
            report = self.sync.import_bundle(copy)
        except BundleError as exc:  # the file itself is refused: not read again unchanged
            errors[f.path.name] = str(exc)
            return False, str(exc), ""
        except IaliError as exc:  # the database failed (disk full...): tried again
            errors[f.path.name] = str(exc)
            return None
        finally:
            with contextlib.suppress(OSError):
                copy.unlink()
        return True, report.message, report.sender_name

    def _decision_needed(self, replica_id: str, key: bytes, fingerprint: str) -> str | None:
        with self.ws.read() as tx:
            peer = peer_store.get(tx, replica_id)
            if peer is not None and peer.public_key is not None and peer.public_key != key:
                return "signed by another key than the one known for this colleague"
            if fingerprint not in peer_store.trusted_fingerprints(tx):
                return "from a colleague not trusted yet: compare the key fingerprint"
        return None

    # -- outgoing ---------------------------------------------------------------------

    def _write_outgoing(self, folder: Path, files: list[FolderFile], own: str,
                        colleagues: set[str]) -> tuple[str | None, list[str]]:
        seeds = seed_replicas()
        st = self._state()
        written = st.get("written") or {}
        mine = [f for f in files if f.replica_id == own]
        file_limits = sync_limits.load(self.ws)
        with self.ws.read() as tx:
            state = replica_store.load(tx)
            if state is None or state.demo:
                return None, []
            vector = {r: s for r, s in replica_store.version_vector(tx).items()
                      if r not in seeds}
            base: dict[str, int] | None = None
            if colleagues:
                base = {}
                for rid in sorted(colleagues):
                    peer = peer_store.get(tx, rid)
                    known = peer.known_vector if peer is not None else {}
                    for r in vector:
                        base[r] = min(base.get(r, known.get(r, 0)), known.get(r, 0))
            legacy = sorted(r for r, h in checkpoint_store.all_held(tx).items() if h.legacy)
            # Files colleagues lack and this replica holds: carried until they stop
            # asking (their next file's manifest).
            wanted = blobs.held(tx, wanted_files.wanted_by(tx, colleagues))
            key = _vector_key(vector, base, legacy, wanted)
            current = written.get("name")
            if key == written.get("key") and any(f.path.name == current for f in mine):
                return None, []
            number = max([int(st.get("number") or 0)] + [f.number for f in mine]) + 1
            name = folder_files.bundle_name(own, number)
            known_files = folder_outgoing.records(st.get("files"))
            start = None if base is None else folder_outgoing.covered(base, mine, known_files)
            req = export.ExportRequest(
                replica_id=state.replica_id, name=state.name,
                private_key=state.private_key, public_key=state.public_key,
                app_version=__version__, schema_version=self.ws.schema_version(),
                base=start, to=None, exclude=seeds,
                files=sync_limits.policy(file_limits, wanted=frozenset(wanted)))
            reached: dict[str, int] = {}
            try:
                with publish.private_folder() as scratch:
                    built = scratch / name
                    manifest = export.write_bundle(tx, built, req, reached=reached)
                    if not folder.is_dir():
                        # Gone meanwhile: never re-created here, where it would land on
                        # an unplugged drive's mount point.
                        return None, []
                    publish.publish(built, folder / name, None, None)
            except BundleError as exc:
                self._save({"errors": {**(st.get("errors") or {}), name: str(exc)}})
                return None, []
        with contextlib.suppress(OSError):
            # Colleagues sharing a network folder under other accounts must read it.
            (folder / name).chmod(0o644)
        with self.ws.write() as tx:
            cp = manifest.checkpoints.get(own)
            if cp is not None:
                checkpoint_store.put(tx, cp, cp.seq, cp.chain)
        # Earlier files stay until every colleague has acknowledged what they carried
        # (folder_outgoing.py); without colleagues yet, the new full file holds it all.
        gone = mine if base is None else folder_outgoing.removable(mine, base, known_files)
        files_kept = {n: r for n, r in (st.get("files") or {}).items()
                      if n in {f.path.name for f in mine if f not in gone}}
        carried = {a: top for a, top in reached.items() if top > (start or {}).get(a, 0)}
        files_kept[name] = {"base": start or {}, "reached": carried}
        self._save({"number": number, "files": files_kept,
                    "written": {"name": name, "key": key, "at": peer_store.now_iso(),
                                "changes": manifest.changes}})
        pruned = []
        for f in gone:
            with contextlib.suppress(OSError):
                f.path.unlink()
                pruned.append(f.path.name)
        log.info("wrote %s (%d changes) to the sync folder", name, manifest.changes)
        return name, pruned
