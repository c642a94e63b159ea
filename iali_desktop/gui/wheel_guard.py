"""No value changes by the mouse wheel on a box the user has not chosen.

Scrolling a long form with the wheel passes over combo boxes, spin boxes and date boxes;
Qt lets each of them take the wheel (and focus) and change its value, so one notch turned
"In progress" into "On hold" on a record nobody meant to edit. Installed once on the
application: such boxes take focus by click or Tab only (`StrongFocus`), and a wheel turn
over one without focus goes to its parent, which scrolls the form. Installed late (the
window's start does so after its first paint), it also fixes the boxes made before it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

_GUARDED = (QComboBox, QAbstractSpinBox)
# Read once: the filter sees every event of the application, and each lookup of a Qt
# enum member through its class is a Python attribute walk.
_POLISH = QEvent.Type.Polish
_WHEEL = QEvent.Type.Wheel


class WheelGuard(QObject):
    """The application-wide event filter; `install` puts one on the application."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == _POLISH and isinstance(watched, _GUARDED):
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif (kind == _WHEEL and isinstance(watched, _GUARDED)
              and not watched.hasFocus() and not _inside_popup(watched)):
            parent = watched.parentWidget()
            if parent is not None:
                event.ignore()
                QCoreApplication.sendEvent(parent, event)
            return True
        return False


def _inside_popup(widget: QWidget) -> bool:
    """A box in a popup (a calendar's year field) is what the wheel is meant for."""
    window = widget.window()
    return window is not None and window.windowType() == Qt.WindowType.Popup


def install(app: QApplication) -> WheelGuard:
    existing = app.findChild(WheelGuard)
    if existing is not None:
        return existing
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    # Boxes polished before the guard was there (a window built before it is installed).
    for widget in app.allWidgets():
        if isinstance(widget, _GUARDED) and widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return guard
