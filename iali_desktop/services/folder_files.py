"""Which files in a sync folder are bundles, and reading one safely while engines work.

A file-sync engine (Syncthing, Nextcloud, OneDrive, Dropbox, a network share) fills the
folder with more than finished bundles: files still arriving under temporary names
(`.syncthing.NAME.tmp`, `~syncthing~NAME.tmp`, `.export-*.part`), conflict copies
(`NAME.sync-conflict-DATE-DEVICE.ialibundle`, `NAME (conflicted copy ...)`,
`NAME-LAPTOP.ialibundle`, `NAME (1).ialibundle`) and markers (`.stfolder`). Instead of
listing every engine's habits, only the exact name the app writes counts,
`<replica-id>.<n>.ialibundle`: anything an engine derives from it has another name and
is ignored. The replica id in the name must also be the bundle's signer.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

SUFFIX = ".ialibundle"
BUNDLE_NAME = re.compile(
    r"^(?P<replica>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"
    r"\.(?P<n>[0-9]{1,12})\.ialibundle$")


@dataclass(frozen=True)
class FolderFile:
    """A bundle in the folder, by the name the app gives it."""

    path: Path
    replica_id: str  # the author named in the file name
    number: int  # the author's n-th write to the folder
    size: int
    mtime_ns: int

    @property
    def stamp(self) -> str:
        """Changes whenever the engine replaces the file."""
        return f"{self.size}:{self.mtime_ns}"


def bundle_name(replica_id: str, number: int) -> str:
    return f"{replica_id}.{number}{SUFFIX}"


def scan(folder: Path) -> list[FolderFile]:
    """The bundles in `folder` (not its subfolders), by name; OSError if unreachable."""
    found: list[FolderFile] = []
    with os.scandir(folder) as entries:
        for entry in entries:
            match = BUNDLE_NAME.match(entry.name)
            if match is None:
                continue
            try:
                if not entry.is_file(follow_symlinks=False):
                    continue
                st = entry.stat(follow_symlinks=False)
            except OSError:
                continue  # renamed or removed by the engine meanwhile
            found.append(FolderFile(Path(entry.path), match["replica"], int(match["n"]),
                                    st.st_size, st.st_mtime_ns))
    return sorted(found, key=lambda f: (f.replica_id, f.number))


def newest_per_author(files: list[FolderFile]) -> dict[str, FolderFile]:
    """Each author's latest write: it supersedes the author's earlier ones."""
    out: dict[str, FolderFile] = {}
    for f in files:
        if f.replica_id not in out or f.number > out[f.replica_id].number:
            out[f.replica_id] = f
    return out


def snapshot(f: FolderFile, into: Path) -> Path | None:
    """A private copy of the file as it is now, or None when the engine replaced or
    removed it during the copy (the next pass tries again)."""
    target = into / f.path.name
    try:
        shutil.copyfile(f.path, target)
        st = f.path.stat()
    except OSError:
        return None
    if (st.st_size, st.st_mtime_ns) != (f.size, f.mtime_ns) or \
            target.stat().st_size != f.size:
        return None
    return target


def is_inside(inner: Path, outer: Path) -> bool:
    return inner == outer or outer in inner.parents
