"""Backups a person asks for from Settings, next to the automatic pre-upgrade and
pre-import ones (listed by `SyncService.backups`).

Backups use SQLite's online backup API (through `store.backup`), so they are consistent
even while the window holds the database open in WAL mode.
"""

from __future__ import annotations

from pathlib import Path

from . import backups
from .workspace import Workspace


def back_up_now(ws: Workspace) -> Path:
    """A full copy of the database into the workspace's backups folder (older automatic
    ones are pruned by the retention policy of `services.backups`)."""
    return backups.back_up(ws, "manual")
