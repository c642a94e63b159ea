"""Keyboard shortcuts the whole window shares, and how they are shown.

`with_shortcut_tip` puts an action's shortcut in its tooltip ("Save (Ctrl+S)"), as menus
show it beside the text. `UndoKeyRouter` lets Ctrl+Z reach the window's undo from a text
field that has nothing of its own to undo (the field just saved and reloaded): Qt
otherwise gives the key to the field, and Ctrl+Z right after saving did nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

PREFERENCES_FALLBACK = "Ctrl+,"


def keys(standard: QKeySequence.StandardKey, fallback: str = "") -> list[QKeySequence]:
    """The platform's keys for a standard action, or `fallback` where it has none
    (Preferences has no key on Linux or Windows; Ctrl+, is what other apps use)."""
    found = QKeySequence.keyBindings(standard)
    if not found and fallback:
        found = [QKeySequence(fallback)]
    return list(found)


def shortcut_text(action: QAction) -> str:
    """Every key the action answers to ("Ctrl+F, Ctrl+K"), not only its first."""
    return ", ".join(sequence.toString(QKeySequence.SequenceFormat.NativeText)
                     for sequence in action.shortcuts() if not sequence.isEmpty())


def plain(text: str) -> str:
    """An action's text without its mnemonic marker and trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def with_shortcut_tip(action: QAction) -> QAction:
    keys_text = shortcut_text(action)
    action.setToolTip(f"{plain(action.text())} ({keys_text})" if keys_text
                      else plain(action.text()))
    return action


def _undo_available(widget: QWidget) -> bool | None:
    """Whether a text widget has its own edits to undo (None: not a text widget)."""
    if isinstance(widget, QAbstractSpinBox):
        inner = widget.findChild(QLineEdit)
        return inner.isUndoAvailable() if inner is not None else None
    if isinstance(widget, QLineEdit):
        return widget.isUndoAvailable()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.document().isUndoAvailable()
    return None


# Read once: the router sees every event of the application.
_SHORTCUT_OVERRIDE = QEvent.Type.ShortcutOverride


class UndoKeyRouter(QObject):
    """Installed on the application by a window: undo keys pressed in a field of that
    window with nothing to undo go to the window's Undo action."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != _SHORTCUT_OVERRIDE or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        combo = QKeySequence(event.keyCombination())
        if not any(combo.matches(k) == QKeySequence.SequenceMatch.ExactMatch
                   for k in keys(QKeySequence.StandardKey.Undo)):
            return False
        if watched.window() is not self.window or _undo_available(watched) is not False:
            return False
        event.ignore()  # not the field's: the window's shortcut takes it
        return True

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            self.installed = True

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
            self.installed = False
