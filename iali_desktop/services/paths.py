"""Where this user's database, backups and logs live (platformdirs, with overrides)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from iali_desktop import APP_ID

ENV_DB = "IALI_DESKTOP_DB"
DB_FILE = "iali-desktop.db"
DEMO_DB_FILE = "iali-desktop-demo.db"
SETTINGS_FILE = "iali-desktop.ini"  # the window's preferences (gui/preferences.py)


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False))


def settings_file() -> Path:
    return config_dir() / SETTINGS_FILE


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def default_db_path() -> Path:
    """`IALI_DESKTOP_DB` if set, else the file in the user data folder."""
    override = os.environ.get(ENV_DB)
    if override:
        return Path(override).expanduser()
    return data_dir() / DB_FILE


def demo_db_path() -> Path:
    """The separate database that holds the fictional demo dataset ("sample data"); it
    never shares a file with the user's own records."""
    return data_dir() / DEMO_DB_FILE


def is_demo_path(path: Path) -> bool:
    """Whether `path` is the standard sample-data file (the window offers a way back)."""
    try:
        return Path(path).resolve() == demo_db_path().resolve()
    except OSError:
        return False


def backups_dir(db_path: Path) -> Path:
    return db_path.resolve().parent / "backups"
