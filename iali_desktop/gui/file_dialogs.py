"""Where file dialogs start: never in the database's own folder.

A file dialog reads the first bytes of the files it shows (QMimeDatabase, for icons and
types), and closing those descriptors drops SQLite's locks on the database in this
process. The window's own lock (store/lock.py) keeps other processes out regardless, but
the dialogs still start elsewhere so that the window does not disturb its files at all.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    """The user's Documents folder, made when it is missing (a fresh account), so that
    files the app writes do not land in the home folder by default; home only when it
    cannot be made."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents:
        folder = Path(documents)
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
        if folder.is_dir():
            return folder
    return Path.home()


def start_folder(*preferred: Path | None, db_path: Path) -> Path:
    """The first of `preferred` that is a folder other than the database's; else
    Documents (or home), and if that is the database's folder too, its parent."""
    db_folder = db_path.resolve().parent
    for candidate in (*preferred, documents_folder()):
        if candidate is not None and candidate.is_dir() and candidate.resolve() != db_folder:
            return candidate
    return db_folder.parent
