"""Writing a bundle: stream the changes a peer lacks into a signed, reproducible zip.

The changes go out in (replica, seq) order straight from the database cursor into the
deflate stream, hashed on the way, so memory stays flat at any size. The manifest comes
last because it carries the digest of the changes; the bundle id is derived from the
content, so exporting the same content twice gives the same bytes. The bundle is built
in a private temporary folder and appears at its destination only when complete
(`publish`: encrypted on the way if asked, synced, renamed); a full disk or any other
failed write is one `BundleError`, and nothing is left behind.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from iali_desktop.store import checkpoints as checkpoint_store
from iali_desktop.store import peers as peer_store
from iali_desktop.store import vectors
from iali_desktop.store.checkpoints import Checkpoint, Held
from iali_desktop.store.replica import version_vector

from . import files_out, publish, signing
from .authorship import ZERO, RunningChains, extend, sign
from .changes import driver, lines
from .container import member_info
from .files_out import FilePolicy, LeftOut
from .limits import CHANGES, MANIFEST, SIGNATURE
from .manifest import Manifest, Part, Sender, schema_hash

Progress = Callable[[int, int, str], None] | None
BATCH = 5000


@dataclass(frozen=True)
class ExportRequest:
    replica_id: str
    name: str
    private_key: bytes
    public_key: bytes
    app_version: str
    schema_version: str
    base: dict[str, int] | None  # None: full export
    to: str | None
    exclude: frozenset[str]  # replicas every install holds already (the seed origins)
    # attached files: which to carry (sync/files_out.py)
    files: FilePolicy = field(default_factory=FilePolicy)


def _plan(raw: sqlite3.Connection, req: ExportRequest, stored: dict[str, Held]
          ) -> tuple[list[tuple[str, int]], int, dict[str, int]]:
    """Per author, where the bundle starts (after what the peer holds) and where it ends:
    at the newest change for ourselves, at the newest change a relayable checkpoint of
    the author covers for anyone else (`_relay_cap`). One index seek per author and one
    count over the range sent: the cost follows the bundle, not the database."""
    base = req.base or {}
    out: list[tuple[str, int]] = []
    tops: dict[str, int] = {}
    total = 0
    for replica, held_top in vectors.tops(raw).items():
        if replica in req.exclude:
            continue
        after = base.get(replica, 0)
        top = held_top if replica == req.replica_id else \
            min(held_top, _relay_cap(stored.get(replica), held_top))
        if top <= after:
            continue
        out.append((replica, after))
        tops[replica] = top
        total += raw.execute(
            "SELECT count(*) FROM change WHERE replica = ? AND seq > ? AND seq <= ?",
            (replica, after, top)).fetchone()[0]
    return out, total, tops


def carried(tops: dict[str, int], vector: dict[str, int]) -> dict[str, int]:
    """Per author, the seq up to which the receiver now has every change of that author
    beyond the bundle's base: the bundle's last one, unless a change below it is missing
    here (a gap in what we hold), then the end of our unbroken run."""
    return {r: min(top, vector.get(r, 0)) for r, top in tops.items()}


def _relay_cap(held: Held | None, top: int) -> int:
    """How far another author's changes may be relayed: up to its latest checkpoint of
    the current kind held here. A legacy one (signed the way bundle format 1 did, see
    store/checkpoints.py) covers nothing: those changes wait for the author's next
    checkpoint. An author with no checkpoint at all is sent as before (the receiver
    decides)."""
    if held is None:
        return top
    cp = held.relayable
    return 0 if cp is None else cp.seq


def write_bundle(conn: Connection, target: Path, req: ExportRequest,
                 passphrase: str | None = None, progress: Progress = None,
                 left_out: list[LeftOut] | None = None, *,
                 reached: dict[str, int] | None = None) -> Manifest:
    """Write the bundle to `target` (atomically) and return its manifest; attached files
    it should have carried but did not (too large) are added to `left_out`. `reached`,
    when given, is filled with how far the bundle carries each author (`carried`)."""
    raw = driver(conn)
    stored = checkpoint_store.all_held(conn)
    replicas, total, tops = _plan(raw, req, stored)
    vector = version_vector(conn)
    if reached is not None:
        reached.update(carried(tops, vector))
    peers = peer_store.all_peers(conn)
    known = {p.replica_id: p.known_vector for p in peers if p.known_vector}
    names = {p.replica_id: p.name for p in peers if p.name}
    names[req.replica_id] = req.name
    target = Path(target)
    with publish.writing(f"the destination {target.parent}"):
        target.parent.mkdir(parents=True, exist_ok=True)
    with publish.private_folder() as folder:
        built = folder / "bundle.zip"
        with publish.writing(f"the temporary folder {folder}"):
            fd = os.open(built, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                         0o600)
            with os.fdopen(fd, "w+b") as fh:
                manifest = _write_zip(fh, conn, replicas, total, vector, known, names,
                                      req, progress, tops, stored, left_out)
                fh.flush()
                os.fsync(fh.fileno())  # it may be renamed into place as it is
        publish.publish(built, target, passphrase, progress)
    return manifest


def _checkpoints(raw: sqlite3.Connection, req: ExportRequest, tops: dict[str, int],
                 stored: dict[str, Held], chains: RunningChains) -> dict[str, Checkpoint]:
    """Our own checkpoint, signed now (always, even when the bundle holds none of our
    changes: a receiver that holds only a legacy checkpoint of ours replaces it), and the
    latest relayable one of every other author held here (those whose changes the bundle
    holds must have one; the others travel for the same reason as our own)."""
    out: dict[str, Checkpoint] = {}
    for replica, other in stored.items():
        cp = other.relayable
        if replica not in (req.replica_id, *req.exclude) and cp is not None:
            out[replica] = cp
    own_top = raw.execute("SELECT max(seq) FROM change WHERE replica = ?",
                          (req.replica_id,)).fetchone()[0]
    if own_top is None:
        return out
    reached = chains.at(req.replica_id)
    if reached is not None and reached[0] == own_top:
        chain = reached[1]
    else:
        held = stored.get(req.replica_id)
        seq0, chain0 = (held.verified_seq, held.verified_chain) \
            if held and held.verified_seq <= own_top else (0, ZERO)
        chain = extend(raw, req.replica_id, seq0, chain0, own_top)
    out[req.replica_id] = sign(req.private_key, req.public_key, req.replica_id, own_top,
                               chain)
    return out


def _write_zip(fh: Any, conn: Connection, replicas: list[tuple[str, int]], total: int,
               vector: dict[str, int], known: dict[str, dict[str, int]],
               names: dict[str, str], req: ExportRequest, progress: Progress,
               tops: dict[str, int], stored: dict[str, Held],
               left_out: list[LeftOut] | None) -> Manifest:
    raw = driver(conn)
    own = stored.get(req.replica_id)
    chains = RunningChains({req.replica_id: (own.verified_seq, own.verified_chain)}
                           if own else {})
    digest = hashlib.sha256()
    size = count = max_hlc = 0
    with zipfile.ZipFile(fh, "w") as zf:
        info = member_info(CHANGES, compress=True)
        info._compresslevel = 1  # type: ignore[attr-defined]  # speed over a few % of size
        with zf.open(info, "w") as out:
            buffer: list[bytes] = []
            for replica, seq, stamp, line in lines(raw, replicas):
                if seq > tops[replica]:
                    continue  # beyond what the author's relayable checkpoint covers
                if replica == req.replica_id:
                    chains.feed(replica, seq, line)
                buffer.append(line)
                max_hlc = max(max_hlc, stamp)
                count += 1
                if len(buffer) >= BATCH:
                    size += _flush(out, digest, buffer)
                    if progress is not None:
                        progress(count, total, "writing changes")
            size += _flush(out, digest, buffer)
        chosen, too_large = files_out.choose(raw, replicas, req.files)
        carried = files_out.write_members(zf, fh, conn, chosen, too_large, req.files,
                                          progress)
        if left_out is not None:
            left_out.extend(carried.left_out)
        manifest = Manifest(
            bundle_id="", app_version=req.app_version, schema_version=req.schema_version,
            schema_hash=schema_hash(),
            sender=Sender(req.replica_id, req.name, req.public_key), vector=vector,
            known_vectors=known, replicas=dict(sorted(names.items())),
            scope="full" if req.base is None else "delta", to=req.to,
            base=dict(sorted((req.base or {}).items())), changes=count, max_hlc=max_hlc,
            parts={CHANGES: Part(digest.hexdigest(), size)},
            checkpoints=_checkpoints(raw, req, tops, stored, chains),
            files=tuple(carried.entries),
            wants=files_out.lacking(raw, req.files.max_wants),
        ).with_content_id()
        body = manifest.to_bytes()
        zf.writestr(member_info(MANIFEST, compress=False), body)
        zf.writestr(member_info(SIGNATURE, compress=False), signing.sign(req.private_key, body))
    if progress is not None:
        progress(count, total, "bundle written")
    return manifest


def _flush(out: Any, digest: Any, buffer: list[bytes]) -> int:
    block = b"".join(buffer)
    buffer.clear()
    digest.update(block)
    out.write(block)
    return len(block)
