"""The import pipeline after the file checks: trust, schema, replay, digests, apply, record.

It runs inside one write transaction that the caller owns; a preview is this very code
in a transaction the caller rolls back, so a preview reports exactly what the import
will do. Every refusal is a BundleError raised before the caller commits anything.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from iali_desktop.domain.errors import BundleError, DatabaseError
from iali_desktop.domain.names import skeleton
from iali_desktop.domain.translation import N_, _, ngettext
from iali_desktop.store import checkpoints as checkpoint_store
from iali_desktop.store import peers as peer_store
from iali_desktop.store import vectors
from iali_desktop.store.checkpoints import ZERO, Checkpoint, Held
from iali_desktop.store.replica import observe_clock, version_vector

from . import authorship, claims, files_in, holding
from .apply import EXAMPLES, Outcome, merge_staged
from .authorship import RunningChains
from .changes import driver
from .keys import fingerprint
from .manifest import Manifest
from .reader import OpenedBundle, check_schema
from .report import HeldGroup, ImportReport, held_sentence
from .staging import check_known, refuse_orphan_erasures, stage

Progress = Callable[[int, int, str], None] | None
DEMO_BUNDLE_REFUSED = N_("this bundle carries the fictional demo dataset (sample data), not a "
                         "colleague's records; refused")


@dataclass(frozen=True)
class ImportContext:
    own_replica: str
    own_public_key: bytes
    trust: bool  # the user chose to trust an unknown signer (having seen its fingerprint)
    head_revision: str
    known_revisions: frozenset[str]
    now_ms: int | None = None
    seed_replicas: frozenset[str] = frozenset()  # the built-in content's origins: no key's


def check_trust(conn: Connection, opened: OpenedBundle, ctx: ImportContext) -> bool:
    """Refuse unknown or changed signers; returns True when this import pins a new one."""
    m = opened.manifest
    key, fp, name = m.sender.public_key, m.sender.fingerprint, m.sender.name
    claims.check_sender(m, ctx.seed_replicas)
    if m.sender.replica_id == ctx.own_replica:
        if key != ctx.own_public_key:
            raise BundleError(_("the bundle claims to come from this very database but is signed "
                                "by another key ({fp}); refused", fp=fp))
        return False
    peer = peer_store.get(conn, m.sender.replica_id)
    if peer is not None and peer.public_key is not None and peer.public_key != key:
        raise BundleError(_("the bundle from '{name}' is signed by a different key ({fp}) than the "
                            "one pinned for that sender ({fingerprint}); refused",
                            name=name, fp=fp, fingerprint=peer.fingerprint))
    if fp in peer_store.trusted_fingerprints(conn):
        return False
    if not ctx.trust:
        raise BundleError(_("the bundle comes from '{name}', who is not trusted yet (key "
                            "fingerprint {fp}); compare it with the sender, then import with "
                            "--trust or run 'peers trust' with that fingerprint", name=name, fp=fp))
    return True


def run(conn: Connection, opened: OpenedBundle, ctx: ImportContext, *, dry_run: bool,
        progress: Progress = None) -> ImportReport:
    """Check and apply; a database failure (disk full, I/O) becomes one DatabaseError."""
    try:
        return _run(conn, opened, ctx, dry_run=dry_run, progress=progress)
    except (sqlite3.Error, DBAPIError) as exc:
        text = str(getattr(exc, "orig", exc))
        if "full" in text:
            raise DatabaseError(_("the disk is full; nothing was imported")) from None
        raise DatabaseError(_("the import failed ({text}); nothing was imported",
                              text=text)) from None


def _run(conn: Connection, opened: OpenedBundle, ctx: ImportContext, *, dry_run: bool,
         progress: Progress) -> ImportReport:
    m = opened.manifest
    newly_trusted = check_trust(conn, opened, ctx)
    check_schema(m, ctx.head_revision, set(ctx.known_revisions))
    if m.demo:
        raise BundleError(_(DEMO_BUNDLE_REFUSED))
    prior = peer_store.received(conn, m.bundle_id)
    if prior is not None:
        if prior[0] != opened.manifest_sha256:
            raise BundleError(_("a different bundle with the same id was imported before; refused"))
        return _report(opened, Outcome(), newly_trusted=False, dry_run=dry_run,
                       already=True,
                       message=f"this bundle was already imported ({prior[1]}); "
                               "nothing to do")
    claims.check_manifest(conn, m, ctx.own_replica, ctx.seed_replicas)
    files_in.check_declared(opened)  # before any byte of a file is read
    opened.verify_digests(progress)
    stored = checkpoint_store.all_held(conn)
    chains = RunningChains({r: (h.verified_seq, h.verified_chain) for r, h in stored.items()})
    checked = stage(conn, opened.lines(), m.changes, progress, chains)
    refuse_demo_records(checked.demo_marked)
    if checked.erased_values:  # else there is no erased value to look for its erasure
        refuse_orphan_erasures(conn)
    raw = driver(conn)
    named = files_in.named_here(raw, staged=checked.attachment_digests)
    claims.check_authors(checked.authors, ctx.seed_replicas)
    staged = check_known(conn, checked.line_no)
    holding.pull_held(raw)
    unverified = vouch(conn, m, chains, stored, ctx)
    holding.hold_unmet_links(raw)
    groups, applied = holding.set_aside(raw, m.sender.replica_id)
    outcome = merge_staged(conn, progress, staged, ctx.now_ms,
                           erasures=checked.erasures or bool(holding.pulled_authors(raw)))
    outcome.unverified = unverified
    outcome.held = [HeldGroup(_who(conn, m, r), r, why, n) for r, why, n in groups]
    outcome.held_applied = applied
    # What a manifest says anyone holds is believed only up to what exists here: an
    # absurd claim would otherwise stop every later delta to that replica.
    own = version_vector(conn)
    vectors.remember(conn, own)
    if m.sender.replica_id != ctx.own_replica:
        peer_store.record_sender(conn, m.sender.replica_id, m.sender.name, m.sender.public_key,
                                 m.sender.fingerprint, claims.capped(m.vector, own))
    for replica_id, vector in m.known_vectors.items():
        if replica_id != ctx.own_replica and replica_id not in ctx.seed_replicas:
            peer_store.learn(conn, replica_id, m.replicas.get(replica_id),
                             claims.capped(vector, own))
    for replica_id, name in m.replicas.items():
        if replica_id not in (ctx.own_replica, m.sender.replica_id, *ctx.seed_replicas):
            peer_store.learn(conn, replica_id, name, {})
    observe_clock(conn, outcome.max_sane_hlc)
    files = files_in.receive(conn, opened, named, dry_run=dry_run, progress=progress)
    if m.sender.replica_id != ctx.own_replica:
        files_in.record_wants(conn, m.sender.replica_id, m.wants)
    looks = look_alikes(conn, m)
    message = "; ".join(p for p in (_message(outcome, m.sender.name), files.sentence()) if p)
    if looks:
        message = (f"the sender's name '{m.sender.name}' looks like {', '.join(looks)}, "
                   f"another colleague: check the key fingerprint ({m.sender.fingerprint}); "
                   + message)
    report = replace(_report(opened, outcome, newly_trusted=newly_trusted, dry_run=dry_run,
                             already=False, message=message), looks_like=looks,
                     files_received=files.received, file_bytes=files.received_bytes,
                     files_already_held=files.already_held, files_ignored=files.ignored)
    peer_store.record_received(conn, m.bundle_id, opened.manifest_sha256, m.sender.replica_id,
                               report.summary())
    return report


def refuse_demo_records(marked: bool) -> None:
    """Refuse a bundle in which any change carries the demo dataset's mark (bundles from
    versions that did not yet keep the demo data apart, or relayed through a database
    that took such a bundle in); `marked`: the line checker saw the mark in a value."""
    if marked:
        raise BundleError(_(DEMO_BUNDLE_REFUSED))


def look_alikes(conn: Connection, m: Manifest) -> tuple[str, ...]:
    """Other peers whose names a reader could mistake for the sender's (see
    domain/names.py), quoted: the user is told to compare fingerprints."""
    own = skeleton(m.sender.name)
    return tuple(sorted(f"'{p.name}'" for p in peer_store.all_peers(conn)
                        if p.replica_id != m.sender.replica_id and p.name
                        and skeleton(p.name) == own))


def vouch(conn: Connection, m: Manifest, chains: RunningChains, stored: dict[str, Held],
          ctx: ImportContext) -> list[str]:
    """Every author of a staged version must have signed it (see authorship.py), with the
    key we know for it; relayed authors' keys are pinned on first sight. Versions whose
    author's chain cannot be checked yet are held (see holding.py) unless their author
    signed the bundle that brought them. Returns the bundle's signer if its own chain
    could not be checked yet (its earlier changes are missing here)."""
    raw = driver(conn)
    tops = holding.bundle_tops(raw)
    sender = m.sender.replica_id
    unchecked: str | None = None  # the bundle's signer, if its own chain is not checked yet
    # A legacy checkpoint held here (store/checkpoints.py) is replaced by the first
    # checkpoint of the current kind that arrives, with changes of its author or not.
    upgrades = {r for r in m.checkpoints if r in stored and stored[r].legacy}
    for replica in sorted(set(tops) | holding.pulled_authors(raw) | upgrades):
        who = _who(conn, m, replica)
        cp = m.checkpoints.get(replica)
        if replica in tops and (cp is None or cp.seq < tops[replica]):
            raise BundleError(_("the bundle relays changes by {who} that {who} did not sign; "
                                "refused", who=who))
        held = stored.get(replica)
        if cp is not None:
            _check_key(conn, m, ctx, replica, cp, held, who)
            authorship.check_signature(cp, who)
        prior = held.relayable if held is not None else None
        latest = cp if cp is not None and (prior is None or cp.seq >= prior.seq) else prior
        seq0, chain0 = (held.verified_seq, held.verified_chain) if held else (0, ZERO)
        if latest is not None and latest.seq < seq0:
            seq0, chain0 = 0, ZERO  # an older signature than the legacy check: from the start
        if latest is None:  # held versions of an author never vouched for: keep waiting
            holding.await_proof(raw, replica, seq0)
            continue
        chain = _chain(raw, chains, replica, seq0, chain0, latest.seq, replica in tops)
        if chain is not None and chain != latest.chain and \
                holding.discard_pulled_unvouched(raw, replica):
            chain = _chain(raw, chains, replica, seq0, chain0, latest.seq, replica in tops)
        if chain is None and cp is not None and cp.seq < latest.seq:
            # The bundle's own (older) checkpoint may still prove the start of it.
            partial = _chain(raw, chains, replica, seq0, chain0, cp.seq, replica in tops)
            if partial is not None and partial != cp.chain:
                raise BundleError(_("the changes by {who} differ from what {who} signed (altered "
                                    "on the way); refused", who=who))
            if partial is not None:
                seq0, chain0 = cp.seq, partial
        if chain is None:
            holding.await_proof(raw, replica, seq0)
            if replica == sender:
                unchecked = who
            checkpoint_store.put(conn, latest, seq0, chain0)
        elif chain != latest.chain:
            raise BundleError(_("the changes by {who} differ from what {who} signed (altered on "
                                "the way); refused", who=who))
        else:
            checkpoint_store.put(conn, latest, latest.seq, chain)
            holding.await_proof(raw, replica, latest.seq)
        if replica in tops and replica not in (sender, ctx.own_replica) and cp is not None:
            peer_store.learn(conn, replica, m.replicas.get(replica), {})
            peer_store.pin_key(conn, replica, cp.public_key, fingerprint(cp.public_key))
    # The signer's versions that wait for its proof, none held back: the bundle's own
    # are taken on its signature, so the signer's chain is reported as not checked yet.
    if holding.hold_unproven(raw, sender) == 0 and unchecked is not None:
        return [unchecked]
    return []


def _check_key(conn: Connection, m: Manifest, ctx: ImportContext, replica: str,
               cp: Checkpoint, held: Held | None, who: str) -> None:
    known = {m.sender.replica_id: m.sender.public_key, ctx.own_replica: ctx.own_public_key}
    peer = peer_store.get(conn, replica)
    if peer is not None and peer.public_key is not None:
        known.setdefault(replica, peer.public_key)
    if held is not None:
        known.setdefault(replica, held.latest.public_key)
    if replica in known and known[replica] != cp.public_key:
        raise BundleError(_("the changes by {who} are signed by a different key than the one known "
                            "for them; refused", who=who))


def _chain(raw: sqlite3.Connection, chains: RunningChains, replica: str, seq0: int,
           chain0: str, target: int, in_bundle: bool) -> str | None:
    """The author's chain at `target` over the versions held and staged, or None when
    some of them are missing here (a gap: checked by a later import)."""
    reached = chains.at(replica) if in_bundle else None
    if reached is not None and reached[0] == target:
        return reached[1]  # the bundle's lines alone reached it, hashed as they streamed
    try:
        return authorship.extend(raw, replica, seq0, chain0, target, staged=True)
    except authorship.ChainGapError:
        return None


def _who(conn: Connection, m: Manifest, replica: str) -> str:
    """An author as the user knows it: the name this database holds for it first (a
    relay cannot rename a colleague), then the bundle's, then a short id."""
    if replica == m.sender.replica_id:
        return f"'{m.sender.name}'"
    peer = peer_store.get(conn, replica)
    name = peer.name if peer is not None and peer.name else m.replicas.get(replica)
    return f"'{name}'" if name else f"replica {replica[:8]}"


def _message(out: Outcome, sender: str) -> str:
    held = [held_sentence(h) for h in out.held]
    if out.new == 0:
        if held:
            return "; ".join(held)
        return _("nothing new from '{sender}': every change was already here", sender=sender)
    parts = [ngettext("{n} new change from '{sender}'", "{n} new changes from '{sender}'",
                      out.new, sender=sender)]
    if out.held_applied:
        parts.append(ngettext("{n} of them held back by earlier imports until now",
                              "{n} of them held back by earlier imports until now",
                              out.held_applied))
    parts += held
    if out.conflict_count:
        parts.append(ngettext("{n} new conflict to review", "{n} new conflicts to review",
                              out.conflict_count))
    if out.deleted_while_edited_count:
        parts.append(ngettext("{n} record deleted while edited",
                              "{n} records deleted while edited",
                              out.deleted_while_edited_count))
    if out.missing_count:
        parts.append(ngettext("{n} reference to a record not received yet",
                              "{n} references to records not received yet", out.missing_count))
    if out.future_count:
        parts.append(ngettext("{n} change stamped in the future (a skewed clock?)",
                              "{n} changes stamped in the future (a skewed clock?)",
                              out.future_count))
    return "; ".join(parts)


def _report(opened: OpenedBundle, out: Outcome, *, newly_trusted: bool, dry_run: bool,
            already: bool, message: str) -> ImportReport:
    m = opened.manifest
    return ImportReport(
        bundle_id=m.bundle_id, sender_id=m.sender.replica_id, sender_name=m.sender.name,
        fingerprint=m.sender.fingerprint, newly_trusted=newly_trusted,
        encrypted=opened.encrypted, scope=m.scope, dry_run=dry_run, already_applied=already,
        changes_in_bundle=m.changes, changes_new=out.new,
        changes_known=out.staged - (out.new - out.held_applied) - sum(h.count for h in out.held),
        types=tuple(out.counts[k] for k in sorted(out.counts)),
        new_conflicts=tuple(out.conflicts[:EXAMPLES]),
        deleted_while_edited=tuple(out.deleted_while_edited[:EXAMPLES]),
        missing_refs=tuple(out.missing[:EXAMPLES]),
        future_stamps=tuple(out.future[:EXAMPLES]), future_count=out.future_count,
        conflict_count=out.conflict_count,
        deleted_while_edited_count=out.deleted_while_edited_count,
        missing_ref_count=out.missing_count, unverified_authors=tuple(out.unverified),
        held=tuple(out.held), held_applied=out.held_applied, erased=out.erased,
        message=message,
    )
