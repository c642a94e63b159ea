"""The colleagues this replica has heard of, as the dashboard and the sync pages list them.

Apart from `sync.py` so that the dashboard's first paint lists them without loading the
bundle code (export, import, signatures) that `SyncService` brings.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from iali_desktop.domain.names import clean_name, skeleton
from iali_desktop.store import peers as peer_store
from iali_desktop.store import replica as replica_store

from .seed_origins import seed_replicas
from .workspace import Workspace


@dataclass(frozen=True)
class PeerInfo:
    replica_id: str
    name: str
    fingerprint: str | None  # None: heard of through others, never received from
    trusted: bool
    last_import_at: str | None
    last_export_at: str | None
    lacks: int  # our changes that peer does not hold, as far as we know
    # The name as shown: with the key fingerprint (or a short id) when another peer's
    # name looks the same, so that look-alikes are told apart.
    label: str = ""


def peer_label(name: str, replica_id: str, fingerprint: str | None, ambiguous: bool) -> str:
    shown = clean_name(name)  # names stored before invisible characters were dropped
    if shown and not ambiguous:
        return shown
    return f"{shown} [{fingerprint or 'replica ' + replica_id[:8]}]".lstrip()


def list_peers(ws: Workspace, *, with_lacks: bool) -> list[PeerInfo]:
    """Every replica heard of but the seed origins; `lacks` is counted (a pass over our
    changes per peer) only `with_lacks`, else -1."""
    exclude = seed_replicas()
    with ws.read() as tx:
        rows = [p for p in peer_store.all_peers(tx) if p.replica_id not in exclude]
        trusted = peer_store.trusted_fingerprints(tx)
        state = replica_store.load(tx)
        names = Counter(skeleton(p.name) for p in rows)
        if state is not None:
            names[skeleton(state.name)] += 1
        return [PeerInfo(p.replica_id, p.name, p.fingerprint,
                         p.trusted or (p.fingerprint in trusted), p.last_import_at,
                         p.last_export_at,
                         replica_store.count_beyond(tx, p.known_vector, exclude)
                         if with_lacks else -1,
                         peer_label(p.name, p.replica_id, p.fingerprint,
                                    names[skeleton(p.name)] > 1))
                for p in rows]
