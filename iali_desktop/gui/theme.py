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


def light_palette() -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    p.setColor(role.Window, QColor("#f4f5f7"))
    p.setColor(role.WindowText, QColor("#1d2530"))
    p.setColor(role.Base, QColor("#ffffff"))
    p.setColor(role.AlternateBase, QColor("#f0f2f5"))
    p.setColor(role.Text, QColor("#1d2530"))
    p.setColor(role.Button, QColor("#eceef1"))
    p.setColor(role.ButtonText, QColor("#1d2530"))
    p.setColor(role.ToolTipBase, QColor("#ffffdc"))
    p.setColor(role.ToolTipText, QColor("#1d2530"))
    p.setColor(role.PlaceholderText, QColor("#7a8594"))
    p.setColor(role.Highlight, ACCENT)
    p.setColor(role.HighlightedText, QColor("#ffffff"))
    p.setColor(role.Link, ACCENT)
    p.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor("#9aa3ad"))
    p.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor("#9aa3ad"))
    p.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor("#9aa3ad"))
    return p


def dark_palette() -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    p.setColor(role.Window, QColor("#23272e"))
    p.setColor(role.WindowText, QColor("#e3e6ea"))
    p.setColor(role.Base, QColor("#1a1d22"))
    p.setColor(role.AlternateBase, QColor("#262a31"))
    p.setColor(role.Text, QColor("#e3e6ea"))
    p.setColor(role.Button, QColor("#2e333b"))
    p.setColor(role.ButtonText, QColor("#e3e6ea"))
    p.setColor(role.ToolTipBase, QColor("#2e333b"))
    p.setColor(role.ToolTipText, QColor("#e3e6ea"))
    p.setColor(role.PlaceholderText, QColor("#8b94a0"))
    p.setColor(role.Highlight, ACCENT_DARK)
    p.setColor(role.HighlightedText, QColor("#101215"))
    p.setColor(role.Link, ACCENT_DARK)
    p.setColor(role.BrightText, QColor("#ff6b6b"))
    p.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor("#6c737d"))
    p.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor("#6c737d"))
    p.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor("#6c737d"))
    return p


def apply(app: QApplication) -> None:
    """Set the palette for the current system scheme."""
    app.setPalette(dark_palette() if is_dark(app) else light_palette())


def follow_system(app: QApplication) -> None:
    """Apply the palette now and again each time the system scheme changes."""
    app.setStyle("Fusion")
    apply(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply(app))
