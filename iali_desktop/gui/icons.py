"""The app's SVG icons, drawn in the palette's text colour and sharp at any screen density.

The icons in `resources/icons` are monochrome line drawings in `currentColor`. Qt's SVG
icon engine renders a file at whatever size and device pixel ratio is asked, so each icon
is recoloured once per colour into a cache folder and handed to `QIcon` as a file.
"""

from __future__ import annotations

import getpass
import logging
import tempfile
from functools import cache
from pathlib import Path

from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from iali_desktop.domain.resource_files import resource

log = logging.getLogger(__name__)

APP_ICON = "iali-desktop"


def icon_path(name: str) -> Path:
    return resource("icons", f"{name}.svg")


def app_icon() -> QIcon:
    return QIcon(str(icon_path(APP_ICON)))


def icon(name: str, color: QColor | None = None) -> QIcon:
    """The named icon in `color` (default: the application palette's text colour)."""
    if color is None:
        app = QApplication.instance()
        palette = app.palette() if isinstance(app, QApplication) else QPalette()
        color = palette.color(QPalette.ColorRole.WindowText)
    path = _recoloured(name, color.name())
    return QIcon(str(path)) if path is not None else QIcon()


@cache
def _cache_dir() -> Path:
    # One folder per user, reused across runs: a file already holding the right drawing
    # is kept, any other is written again.
    return Path(tempfile.gettempdir()) / f"iali-desktop-icons-{getpass.getuser()}"


@cache
def _recoloured(name: str, color: str) -> Path | None:
    source = icon_path(name)
    try:
        svg = source.read_text(encoding="utf-8")
    except OSError:
        log.warning("icon %s is missing from %s", name, source.parent)
        return None
    target = _cache_dir() / color.lstrip("#") / source.name
    content = svg.replace("currentColor", color)
    try:
        if target.read_text(encoding="utf-8") == content:
            return target  # written by an earlier run: reading is cheaper than writing
    except (OSError, UnicodeDecodeError):
        pass  # not there yet, or damaged: written below
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(content, encoding="utf-8")
    return target
