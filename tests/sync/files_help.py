"""Attached files for the sync tests: real files attached through the service, and what a
bundle carries."""

from __future__ import annotations

import hashlib
import random
import zipfile
from pathlib import Path

from iali_desktop.services import attachments
from iali_desktop.services.workspace import Workspace

from .conftest import records

MB = 1 << 20


def make_file(path: Path, size: int, seed: int = 1) -> Path:
    """`size` random bytes (incompressible, like a PDF's streams), written 1 MiB at a time."""
    rng = random.Random(seed)
    with path.open("wb") as out:
        left = size
        while left:
            piece = rng.randbytes(min(MB, left))
            out.write(piece)
            left -= len(piece)
    return path


def sha_of(path: Path) -> str:
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def attach_new(ws: Workspace, folder: Path, name: str, size: int, seed: int = 1
               ) -> tuple[str, str]:
    """A new agreement with a file attached: (attachment id, the file's SHA-256)."""
    owner = records(ws).create("agreement", {"title": f"MOU {name}", "kind": "mou",
                                             "status": "signed"})
    path = make_file(folder / name, size, seed)
    return attachments.attach(ws, "agreement", owner, path), sha_of(path)


def content_sha(ws: Workspace, attachment_id: str) -> str:
    """The digest of the content as read back from the database."""
    digest = hashlib.sha256()
    with attachments.open_content(ws, attachment_id) as reader:
        while piece := reader.read(MB):
            digest.update(piece)
    return digest.hexdigest()


def file_entries(bundle: Path) -> dict[str, int]:
    """The bundle's file members and their sizes."""
    with zipfile.ZipFile(bundle) as zf:
        return {i.filename: i.file_size for i in zf.infolist()
                if i.filename.startswith("files/")}
