"""Sync by bundles, as the CLI and the GUI use it: export, preview, import, peers, backups.

Qt-free. Long operations take a plain progress callback `(done, total, message)`; the
GUI wraps it in a signal and runs the call off its thread. Every refusal is a
`BundleError` (or `DatabaseError`) with one sentence for the user, raised before anything
in the database changed. Results are frozen dataclasses.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from iali_desktop import __version__
from iali_desktop.domain import hlc
from iali_desktop.domain.errors import BundleError, NotFoundError, ValidationError
from iali_desktop.domain.translation import N_, _
from iali_desktop.domain.versions import VersionId
from iali_desktop.store import checkpoints as checkpoint_store
from iali_desktop.store import faults, migrate, vectors, wanted_files
from iali_desktop.store import peers as peer_store
from iali_desktop.store import replica as replica_store
from iali_desktop.store import sent as sent_store
from iali_desktop.store.database import Tx
from iali_desktop.sync import export, importer, reader
from iali_desktop.sync.crypto import PASSPHRASE_REFUSALS
from iali_desktop.sync.files_out import LeftOut
from iali_desktop.sync.limits import Limits
from iali_desktop.sync.report import (
    FieldRef,
    HeldGroup,
    ImportReport,
    MissingRef,
    TypeCounts,
    held_sentence,
)

from . import backups, erasure, restore, sync_limits
from .backups import BackupInfo, BackupUsage
from .peer_list import PeerInfo, list_peers
from .restore import RestoreResult
from .seed_origins import seed_replicas
from .seeding import apply_missing_seeds
from .sync_conflicts import UNSET, ConflictKey, ConflictService, RecordConflicts
from .workspace import A_BUNDLE, Workspace

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None] | None
FINGERPRINT_CHARS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
RESEND_KEY = "resend_unacknowledged_after_days"
DEMO_EXPORT_REFUSED = N_("this is the sample-data database: its records are fictional, so it "
                         "makes no bundles for colleagues (go back to your own database to "
                         "export)")
DEMO_IMPORT_REFUSED = N_("this is the sample-data database: import colleagues' bundles into "
                         "your own database instead (go back to your own database first)")


# The report types the faces show come from here, so gui/ and cli/ never reach into sync/.
__all__ = [
    "PASSPHRASE_REFUSALS",
    "BackupInfo",
    "BackupUsage",
    "ExportSummary",
    "FieldRef",
    "HeldGroup",
    "ImportReport",
    "MissingRef",
    "PeerInfo",
    "RestoreResult",
    "SyncService",
    "TypeCounts",
    "held_sentence",
]


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    bundle_id: str
    changes: int
    scope: str  # "full" or "delta"
    to: str | None  # peer replica id
    to_name: str | None
    encrypted: bool
    size: int
    files: int = 0  # attached files carried
    file_bytes: int = 0
    files_left_out: tuple[str, ...] = ()  # one sentence per file not carried (its size)


class _RollbackError(Exception):
    def __init__(self, report: ImportReport) -> None:
        super().__init__("dry run")
        self.report = report


def resend_after_ms(settings: dict[str, Any]) -> int:
    days = settings.get(RESEND_KEY)
    if not isinstance(days, int | float) or isinstance(days, bool) or days < 0:
        return sent_store.DEFAULT_RESEND_AFTER_MS
    return int(days * sent_store.DAY_MS)


def own_changes_of(target: PeerInfo | None, base: dict[str, int] | None) -> frozenset[str]:
    """A delta never carries a peer's own changes back to it: a replica holds every
    change it made (a restored database continues under a new id, see restore.py)."""
    return frozenset({target.replica_id}) if target is not None and base is not None \
        else frozenset()


def normalise_fingerprint(text: str) -> str:
    compact = "".join(ch for ch in text.upper() if ch.isalnum())
    if len(compact) != 32 or not set(compact) <= FINGERPRINT_CHARS:
        raise ValidationError(_("'{text}' is not a key fingerprint (8 groups of 4 letters and "
                                "digits, as 'info' shows it)", text=text))
    return "-".join(compact[i:i + 4] for i in range(0, 32, 4))


class SyncService:
    """The one entry point for bundles, peers, conflicts and backups."""

    def __init__(self, ws: Workspace, limits: Limits | None = None) -> None:
        """`limits`: the reader's caps; by default those of this user's settings
        (services/sync_limits.py)."""
        self.ws = ws
        self._limits = limits
        self.conflict_service = ConflictService(ws)

    @property
    def limits(self) -> Limits:
        if self._limits is None:
            self._limits = sync_limits.reading(self.ws)
        return self._limits

    # -- export -----------------------------------------------------------------------

    def export_bundle(self, out: Path, peer: str | None = None, full: bool = False,
                      passphrase: str | None = None, progress: Progress = None,
                      with_files: bool = True, resend_all: bool = False) -> ExportSummary:
        """Write a bundle to `out`: for `peer` (id, name or fingerprint) everything it
        lacks as far as we know, or with `full` / no peer, every change we hold. The
        attached files those changes name, and those `peer` said it lacks, go with them
        unless `with_files` is False (see sync/files_out.py).

        A delta for a peer starts after what was sent to it before (`store/sent.py`),
        unless that waited too long for the peer's acknowledgement or `resend_all` asks
        for everything the peer has not acknowledged."""
        self.ws.refuse_own_files(out, A_BUNDLE)
        target = self.find_peer(peer) if peer else None
        file_limits = sync_limits.load(self.ws)
        now_ms = hlc.wall_ms()
        reached: dict[str, int] = {}
        with self.ws.read() as tx:
            state = replica_store.load(tx)
            if state is None:
                raise BundleError(_("this database has no identity yet"))
            if state.demo:
                raise BundleError(_(DEMO_EXPORT_REFUSED))
            base = acknowledged = None
            if target is not None and not full:
                acknowledged, base = self._delta_base(tx, target.replica_id, state.settings,
                                                      now_ms, resend_all)
            wanted = wanted_files.wanted_by(tx, [target.replica_id]) if target else set()
            req = export.ExportRequest(
                replica_id=state.replica_id, name=state.name, private_key=state.private_key,
                public_key=state.public_key, app_version=__version__,
                schema_version=self.ws.schema_version(), base=base,
                to=target.replica_id if target else None,
                exclude=seed_replicas() | own_changes_of(target, base),
                files=sync_limits.policy(file_limits, include=with_files,
                                         wanted=frozenset(wanted)))
            left_out: list[LeftOut] = []
            manifest = export.write_bundle(tx, Path(out), req, passphrase, progress,
                                           left_out, reached=reached)
        with self.ws.write() as tx:
            # Our newly signed checkpoint: the next export extends it instead of
            # re-hashing every change we ever made.
            own = manifest.checkpoints.get(state.replica_id)
            if own is not None:
                checkpoint_store.put(tx, own, own.seq, own.chain)
            vectors.remember(tx, manifest.vector)
            if target is not None:
                peer_store.mark_exported(tx, target.replica_id)
            if target is not None and base is not None and acknowledged is not None:
                sent_store.record(tx, target.replica_id, acknowledged=acknowledged,
                                  base=base, reached=reached, now_ms=now_ms)
        return ExportSummary(Path(out), manifest.bundle_id, manifest.changes, manifest.scope,
                             manifest.to, target.name if target else None,
                             passphrase is not None, Path(out).stat().st_size,
                             len(manifest.files), sum(f.size for f in manifest.files),
                             tuple(x.reason for x in left_out))

    @staticmethod
    def _delta_base(tx: Tx, peer: str, settings: dict[str, Any], now_ms: int,
                    resend_all: bool) -> tuple[dict[str, int], dict[str, int]]:
        """(what `peer` acknowledged, where its delta starts)."""
        row = peer_store.get(tx, peer)
        acknowledged = dict(row.known_vector) if row is not None else {}
        if resend_all:
            return acknowledged, dict(acknowledged)
        return acknowledged, sent_store.delta_base(
            acknowledged, sent_store.for_peer(tx, peer), now_ms, resend_after_ms(settings))

    def resend_after_days(self) -> float:
        """After how many days without acknowledgement a delta sends again what was sent."""
        with self.ws.read() as tx:
            state = replica_store.load(tx)
        return resend_after_ms(state.settings if state else {}) / sent_store.DAY_MS

    def set_resend_after_days(self, days: float) -> None:
        if not 0 <= days <= 365:
            raise ValidationError(_("the resend delay must be from 0 to 365 days"))
        with self.ws.write() as tx:
            state = replica_store.load(tx)
            settings = dict(state.settings) if state else {}
            settings[RESEND_KEY] = days
            replica_store.set_settings(tx, settings)

    # -- import -----------------------------------------------------------------------

    def preview(self, path: Path, passphrase: str | None = None, trust: bool = False,
                progress: Progress = None) -> ImportReport:
        """What importing would do, computed by the import itself and then rolled back."""
        return self._import(Path(path), passphrase, trust, dry_run=True, progress=progress)

    def import_bundle(self, path: Path, passphrase: str | None = None, trust: bool = False,
                      progress: Progress = None) -> ImportReport:
        """Check, back up, and apply a bundle in one transaction; all of it or nothing.

        `trust=True` pins an unknown signer (the user compared its fingerprint). Importing
        a bundle again is a no-op that says so."""
        return self._import(Path(path), passphrase, trust, dry_run=False, progress=progress)

    def _import(self, path: Path, passphrase: str | None, trust: bool, *, dry_run: bool,
                progress: Progress) -> ImportReport:
        self.ws.refuse_own_files(path, A_BUNDLE)
        if not dry_run:
            self.ws.db.check_writable()  # before the backup, which would fail less clearly
        ctx = self._context(trust)
        with reader.open_bundle(path, passphrase, self.limits) as opened:
            backup_path: Path | None = None
            try:
                with self.ws.write() as tx:
                    apply_missing_seeds(tx)
                    report = importer.run(tx, opened, ctx, dry_run=dry_run, progress=progress)
                    if dry_run:
                        raise _RollbackError(report)
                    if report.changes_new > 0 and \
                            backups.pre_import_due(self.ws, report.changes_new):
                        # Taken through another connection, which still sees the state
                        # before this uncommitted import; a bundle that brings nothing
                        # new changes no data, so it gets no backup, and a small one
                        # none when one was taken within the hour (backups.py).
                        if progress is not None:
                            progress(0, 1, "backing up the database")
                        backup_path = backups.back_up(self.ws, "pre-import")
                    faults.reached("import-before-commit")
            except _RollbackError as rollback:
                return rollback.report
            faults.reached("import-after-commit")
        if report.erased:
            erasure.empty_wal(self.ws)  # it still holds the personal values as they were
        # Counts only: the message names the sender, a colleague (personal data).
        log.info("imported bundle %s: %d new changes", report.bundle_id, report.changes_new)
        if backup_path is None:
            return report
        return replace(report, backup=str(backup_path))

    def _context(self, trust: bool) -> importer.ImportContext:
        with self.ws.read() as tx:
            state = replica_store.load(tx)
        if state is None:
            raise BundleError(_("this database has no identity yet"))
        if state.demo:
            raise BundleError(_(DEMO_IMPORT_REFUSED))
        return importer.ImportContext(
            own_replica=state.replica_id, own_public_key=state.public_key, trust=trust,
            head_revision=migrate.head_revision(),
            known_revisions=frozenset(migrate.known_revisions()),
            seed_replicas=seed_replicas())

    # -- peers ------------------------------------------------------------------------

    def peers(self) -> list[PeerInfo]:
        """Every replica heard of, with the last exchange and what it still lacks."""
        return self._peers(with_lacks=True)

    def _peers(self, *, with_lacks: bool) -> list[PeerInfo]:
        return list_peers(self.ws, with_lacks=with_lacks)

    def find_peer(self, text: str) -> PeerInfo:
        """A peer by replica id, exact name, or fingerprint (`lacks` not counted: -1)."""
        wanted = text.strip()
        found = [p for p in self._peers(with_lacks=False)
                 if wanted in (p.replica_id, p.name, p.fingerprint)]
        if not found:
            known = "see 'peers' for the ones known" if self.peers() else "none is known yet"
            raise NotFoundError(
                _("no colleague '{text}' ({known}): a bundle for one colleague needs one of their "
                  "bundles imported first, which says what they already hold; until then, send "
                  "everything with --full", text=text, known=known))
        if len(found) > 1:
            raise ValidationError(_("several peers are called '{text}'; give the replica id",
                                    text=text))
        return found[0]

    def trust(self, fingerprint: str) -> str:
        """Trust the signer with this fingerprint from now on; returns it normalised."""
        fp = normalise_fingerprint(fingerprint)
        with self.ws.write() as tx:
            peer_store.add_trusted_fingerprint(tx, fp)
        return fp

    # -- conflicts (see ConflictService) ---------------------------------------------

    def conflicts(self) -> list[RecordConflicts]:
        return self.conflict_service.conflicts()

    def conflict_count(self) -> int:
        return self.conflict_service.conflict_count()

    def resolve(self, conflict: str | ConflictKey, *, keep: str | VersionId | None = None,
                value: Any = UNSET) -> None:
        """See `ConflictService.resolve`: keep one version, or write a new value."""
        self.conflict_service.resolve(conflict, keep=keep, value=value)

    # -- backups ----------------------------------------------------------------------

    def backups(self) -> list[BackupInfo]:
        """Backups of this database (not of others sharing its folder), newest first."""
        return backups.list_backups(self.ws)

    def restore(self, backup: Path | str) -> RestoreResult:
        """Replace the database with a backup in one step (the current state is backed up
        first); see `services.restore` for how the result syncs with everyone again."""
        return restore.restore(self.ws, backup)
