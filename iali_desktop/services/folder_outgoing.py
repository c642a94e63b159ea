"""What this replica's next file in a sync folder starts from, and which of its earlier
files may go.

Each file this replica writes to the folder is recorded (in local settings) with where
it started (`base`) and how far it carried each author (`reached`, see
`sync.export.carried`). A file read by every colleague is acknowledged through their own
files' vectors; until then it stays in the folder, so the next file need not carry it
again: it starts where the files still lying there end (`covered`), and the folder
holds each change once instead of a growing copy of everything unacknowledged. A file
is removed only when every colleague has acknowledged all it carried, or when it
carried nothing (a newer file repeats its vector). Files without a record (written
before this scheme, or lost from the settings) are never counted as covering anything;
the new file covers what they did, so they go.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .folder_files import FolderFile


def _vector(raw: Any) -> dict[str, int]:
    if not isinstance(raw, dict):
        return {}
    return {str(k): int(v) for k, v in raw.items() if isinstance(v, int)}


def records(raw: Any) -> dict[str, tuple[dict[str, int], dict[str, int]]]:
    """The stored records: file name -> (base, reached)."""
    if not isinstance(raw, dict):
        return {}
    return {str(name): (_vector(r.get("base")), _vector(r.get("reached")))
            for name, r in raw.items() if isinstance(r, dict)}


def covered(acknowledged: Mapping[str, int], mine: list[FolderFile],
            known: Mapping[str, tuple[dict[str, int], dict[str, int]]]) -> dict[str, int]:
    """Per author, how far every colleague holds or can read in our files still in the
    folder: from what all acknowledged, on through each file that starts at or before
    it (in the order written)."""
    out = dict(acknowledged)
    for f in sorted(mine, key=lambda f: f.number):
        if f.path.name not in known:
            continue
        base, reached = known[f.path.name]
        for author, top in reached.items():
            if base.get(author, 0) <= out.get(author, 0) < top:
                out[author] = top
    return out


def removable(mine: list[FolderFile], acknowledged: Mapping[str, int],
              known: Mapping[str, tuple[dict[str, int], dict[str, int]]]) -> list[FolderFile]:
    """Our earlier files (the new one is not among `mine`) that every colleague has
    read as far as they matter: all they carried acknowledged, or nothing carried, or
    no record (the new file covers them)."""
    out = []
    for f in mine:
        record = known.get(f.path.name)
        if record is None or all(top <= acknowledged.get(a, 0)
                                 for a, top in record[1].items()):
            out.append(f)
    return out
