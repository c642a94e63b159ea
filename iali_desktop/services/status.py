"""What the window's status bar and sync panel show: open conflicts and known peers.

A small read-only service so the GUI asks a question instead of running SQL; the sync
core may later offer the same answers, and this module is where the GUI looks.
"""

from __future__ import annotations

from iali_desktop.store import status as status_store
from iali_desktop.store.status import PeerStatus

from .workspace import Workspace

__all__ = ["PeerStatus", "conflict_count", "peers"]


def conflict_count(ws: Workspace) -> int:
    """How many fields have concurrent edits nobody has resolved yet."""
    with ws.read() as tx:
        return status_store.conflict_count(tx)


def peers(ws: Workspace) -> list[PeerStatus]:
    """The replicas this one has exchanged bundles with, latest exchange first."""
    with ws.read() as tx:
        return status_store.peers(tx)
