"""Light and dark palettes that follow the system's colour scheme.

Fusion is used on every platform so the app looks the same on Windows, macOS and Linux;
its default palette is light, so a dark palette is built when the system asks for dark
and swapped again whenever the system scheme changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = QColor("#1f6fb2")
ACCENT_DARK = QColor("#4a9be0")


def is_dark(app: QApplication) -> bool:
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


_R = QPalette.ColorRole
# Each scheme is a table of colours; one builder turns either into a palette.
LIGHT: dict[QPalette.ColorRole, str] = {
    _R.Window: "#f4f5f7", _R.WindowText: "#1d2530", _R.Base: "#ffffff",
    _R.AlternateBase: "#f0f2f5", _R.Text: "#1d2530", _R.Button: "#eceef1",
    _R.ButtonText: "#1d2530", _R.ToolTipBase: "#ffffdc", _R.ToolTipText: "#1d2530",
    _R.PlaceholderText: "#7a8594", _R.Highlight: ACCENT.name(),
    _R.HighlightedText: "#ffffff", _R.Link: ACCENT.name(),
}
DARK: dict[QPalette.ColorRole, str] = {
    _R.Window: "#23272e", _R.WindowText: "#e3e6ea", _R.Base: "#1a1d22",
    _R.AlternateBase: "#262a31", _R.Text: "#e3e6ea", _R.Button: "#2e333b",
    _R.ButtonText: "#e3e6ea", _R.ToolTipBase: "#2e333b", _R.ToolTipText: "#e3e6ea",
    _R.PlaceholderText: "#8b94a0", _R.Highlight: ACCENT_DARK.name(),
    _R.HighlightedText: "#101215", _R.Link: ACCENT_DARK.name(), _R.BrightText: "#ff6b6b",
}
DISABLED_TEXT = {"light": "#9aa3ad", "dark": "#6c737d"}


def _palette(colours: dict[QPalette.ColorRole, str], disabled: str) -> QPalette:
    p = QPalette()
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    for role in (_R.Text, _R.WindowText, _R.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return p


def light_palette() -> QPalette:
    return _palette(LIGHT, DISABLED_TEXT["light"])


def dark_palette() -> QPalette:
    return _palette(DARK, DISABLED_TEXT["dark"])


def apply(app: QApplication) -> None:
    """Set the palette for the current system scheme."""
    app.setPalette(dark_palette() if is_dark(app) else light_palette())


def follow_system(app: QApplication) -> None:
    """Apply the palette now and again each time the system scheme changes."""
    app.setStyle("Fusion")
    apply(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply(app))
