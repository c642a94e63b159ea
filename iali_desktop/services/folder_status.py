"""What the sync folder's passes left in the replica's local settings, read alone.

The status bar and the folder-sync controller show and follow this from the window's
first paint; reading it needs neither the sync code nor cryptography, which load with the
first pass (`services.sync_folder`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from iali_desktop.store import replica as replica_store

from .workspace import Workspace

SETTINGS_KEY = "sync_folder"


@dataclass(frozen=True)
class Received:
    replica_id: str
    name: str
    at: str
    file: str


@dataclass(frozen=True)
class Waiting:
    """A bundle that needs the user's decision before it is imported."""

    path: Path
    sender: str
    fingerprint: str
    reason: str


@dataclass(frozen=True)
class FolderStatus:
    folder: Path | None
    reachable: bool
    last_pass_at: str | None
    last_written: str | None  # file name
    last_written_at: str | None
    received: list[Received] = field(default_factory=list)
    waiting: list[Waiting] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)  # file name -> one sentence

    def summary(self) -> dict[str, Any]:
        return {"folder": str(self.folder) if self.folder else None,
                "reachable": self.reachable, "last_pass_at": self.last_pass_at,
                "last_written": self.last_written, "last_written_at": self.last_written_at,
                "received": [{"replica": r.replica_id, "name": r.name, "at": r.at,
                              "file": r.file} for r in self.received],
                "waiting": [{"file": str(w.path), "sender": w.sender,
                             "fingerprint": w.fingerprint, "reason": w.reason}
                            for w in self.waiting],
                "errors": self.errors}


def folder_state(ws: Workspace) -> dict[str, Any]:
    """The folder's entry in the local settings ({} when none was ever set)."""
    with ws.read() as tx:
        state = replica_store.load(tx)
    raw = (state.settings if state else {}).get(SETTINGS_KEY)
    return dict(raw) if isinstance(raw, dict) else {}


def folder_of(ws: Workspace) -> Path | None:
    """The shared folder named in the settings, or None."""
    path = folder_state(ws).get("path")
    return Path(path) if isinstance(path, str) and path else None


def folder_status(ws: Workspace) -> FolderStatus:
    st = folder_state(ws)
    folder = folder_of(ws)
    written = st.get("written") or {}
    received = [Received(rid, str(r.get("name", "")), str(r.get("at", "")),
                         str(r.get("file", "")))
                for rid, r in sorted((st.get("received") or {}).items())]
    waiting = [Waiting(Path(w["path"]), w["sender"], w["fingerprint"], w["reason"])
               for w in st.get("waiting") or []]
    return FolderStatus(folder, folder is not None and folder.is_dir(), st.get("last_pass_at"),
                        written.get("name"), written.get("at"), received, waiting,
                        dict(st.get("errors") or {}))
