"""What a bundle's signer may claim, beyond its own changes: no more than exists.

A trusted key speaks for its own replica. It cannot speak for the built-in seed content
(every install authors it identically under fixed ids, and no bundle ever carries it),
cannot introduce an unbounded crowd of replicas in one bundle, and its claims of what
any replica holds are believed only up to what this database holds.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import Connection

from iali_desktop.domain.errors import BundleError
from iali_desktop.domain.translation import N_, _
from iali_desktop.store import peers as peer_store

from .changes import driver
from .limits import NEW_REPLICAS
from .manifest import Manifest

_SEED = N_("the built-in content (action plans and reference lists) is the same on every "
           "install and never sent in bundles; no key may sign for it")


def check_sender(m: Manifest, seeds: frozenset[str]) -> None:
    if m.sender.replica_id in seeds:
        raise BundleError(_("the bundle claims to come from the built-in content: {seed}; refused",
                            seed=_(_SEED)))


def check_manifest(conn: Connection, m: Manifest, own: str, seeds: frozenset[str]) -> None:
    """Refuse checkpoints in the seed origins' name, and a crowd of unknown replicas."""
    if seeds & m.checkpoints.keys():
        raise BundleError(_("the bundle carries a signature in the name of {seed}; refused",
                            seed=_(_SEED)))
    named = {m.sender.replica_id, *m.vector, *m.known_vectors, *m.replicas, *m.base,
             *m.checkpoints}
    for vector in m.known_vectors.values():
        named.update(vector)
    named -= seeds | {own}
    if len(named) <= NEW_REPLICAS:
        return
    raw = driver(conn)
    known = {p.replica_id for p in peer_store.all_peers(conn)}
    known.update(r for (r,) in raw.execute("SELECT DISTINCT replica FROM change"))
    new = len(named - known)
    if new > NEW_REPLICAS:
        raise BundleError(_("the bundle names {new} replicas this database has never heard of (at "
                            "most {limit} at once); no genuine bundle does; refused",
                            new=new, limit=NEW_REPLICAS))


def check_authors(authors: frozenset[str], seeds: frozenset[str]) -> None:
    """`authors`: the replicas whose changes the bundle's lines carry."""
    if not authors.isdisjoint(seeds):
        raise BundleError(_("the bundle carries changes in the name of {seed}; refused",
                            seed=_(_SEED)))


def capped(claimed: Mapping[str, int], held_here: Mapping[str, int]) -> dict[str, int]:
    """A claimed version vector, believed only up to what is held here (resending a
    change a peer already has is harmless; never sending one it lacks is not)."""
    out: dict[str, int] = {}
    for replica, seq in claimed.items():
        believed = min(seq, held_here.get(replica, 0))
        if believed > 0:
            out[replica] = believed
    return out
