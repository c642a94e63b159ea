"""Whether the database sits somewhere SQLite cannot keep it safe.

WAL needs shared memory that network file systems do not provide, and folders synced by
cloud clients copy the database file while it is being written, which can corrupt it or
bring back an old copy. The app warns (it does not refuse: the person may know better);
bundles, not database files, are what should travel.
"""

from __future__ import annotations

import os
from pathlib import Path

NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb3", "smbfs", "ncpfs", "afs", "9p", "davfs",
    "fuse.sshfs", "fuse.rclone", "fuse.davfs2", "fuse.gvfsd-fuse", "fuse.s3fs",
    "fuse.onedriver", "fuse.google-drive-ocamlfuse", "glusterfs", "ceph", "lustre",
})
CLOUD_FOLDERS = ("dropbox", "onedrive", "google drive", "googledrive", "my drive",
                 "icloud drive", "mobile documents", "nextcloud", "owncloud", "pcloud",
                 "mega", "box sync", "syncthing", "seafile", "yandex.disk", "tresorit")


def _mounts(mounts_file: Path) -> list[tuple[str, str]]:
    """(mount point, file-system type) pairs, longest mount point first."""
    try:
        lines = mounts_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    found = []
    for line in lines:
        parts = line.split()
        if len(parts) >= 3:
            point = parts[1].replace("\\040", " ")
            found.append((point, parts[2]))
    return sorted(found, key=lambda m: len(m[0]), reverse=True)


def filesystem_type(path: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """The type of the file system holding `path`, where the system tells it."""
    target = str(path.resolve())
    for point, fstype in _mounts(mounts_file):
        if target == point or target.startswith(point.rstrip(os.sep) + os.sep):
            return fstype
    return None


def _is_network(fstype: str) -> bool:
    if fstype in NETWORK_FILESYSTEMS:
        return True
    remote_words = ("drive", "cloud", "dav", "ssh", "rclone")
    return fstype.startswith("fuse.") and any(word in fstype for word in remote_words)


def storage_warning(path: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """One sentence for the person if `path` is on a network or cloud-synced folder."""
    folder = path.resolve().parent
    fstype = filesystem_type(folder, mounts_file)
    if fstype is not None and _is_network(fstype):
        return (f"The database {path} is on a network drive ({fstype}). SQLite cannot keep "
                "it safe there: keep it on this computer and exchange bundles instead.")
    lowered = [part.lower() for part in folder.parts]
    for part in lowered:
        for cloud in CLOUD_FOLDERS:
            if part == cloud or part.startswith(cloud + " ") or part.startswith(cloud + "-"):
                return (f"The database {path} is in a folder synced by a cloud service "
                        f"('{folder.parts[lowered.index(part)]}'). Syncing can copy it while "
                        "it is being written and damage it: keep it on this computer and "
                        "exchange bundles instead.")
    return None
