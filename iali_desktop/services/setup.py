"""Creating a database: this replica's identity, its keys, and the seed content."""

from __future__ import annotations

import getpass
import socket
from pathlib import Path

from iali_desktop.domain.errors import ValidationError
from iali_desktop.domain.ids import new_id
from iali_desktop.domain.translation import _
from iali_desktop.store import replica as replica_store
from iali_desktop.sync import keys

from .seeding import apply_missing_seeds
from .workspace import Workspace


def default_replica_name() -> str:
    try:
        return f"{getpass.getuser()} on {socket.gethostname()}"
    except (OSError, KeyError):
        return "IALI Desktop"


def initialise(path: Path | None, name: str | None = None) -> tuple[Workspace, bool]:
    """Open (creating if needed) and make sure the database has an identity and the seeds.

    Returns the workspace and whether this call created the replica identity.
    """
    ws = Workspace.open(path, create=True)
    created = False
    try:
        with ws.write() as tx:
            state = replica_store.load(tx)
            if state is None:
                private, public = keys.generate()
                replica_store.create(tx, new_id(), _clean_name(name or default_replica_name()),
                                     private, public)
                created = True
            elif name:
                replica_store.set_name(tx, _clean_name(name))
            apply_missing_seeds(tx)
    except BaseException:
        ws.close()
        raise
    return ws, created


def rename(ws: Workspace, name: str) -> None:
    with ws.write() as tx:
        replica_store.set_name(tx, _clean_name(name))


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name or len(name) > 120:
        raise ValidationError(_("the replica's display name must be 1 to 120 characters"))
    return name
