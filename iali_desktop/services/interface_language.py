"""The language the command line writes its sentences in: the one chosen in the window's
Settings when that is French or Spanish, else English.

The window keeps its preferences in an INI file (`gui/preferences.py`, through QSettings);
its `[ui] language` is read here with the standard library, since the command line has no
Qt. "system" (the default) leaves the command line in English: scripts that read its
messages should not change with the desktop's locale.
"""

from __future__ import annotations

import configparser
from pathlib import Path

from iali_desktop.domain import translation

from . import paths


def chosen_language(settings: Path | None = None) -> str:
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(settings or paths.settings_file(), encoding="utf-8")
    except (configparser.Error, OSError, UnicodeDecodeError):
        return "en"
    chosen = parser.get("ui", "language", fallback="system").strip()
    return chosen if chosen in translation.LANGUAGES else "en"


def use_chosen_language(settings: Path | None = None) -> str:
    """Make the chosen language the active one for this process's sentences."""
    return translation.set_language(chosen_language(settings))
