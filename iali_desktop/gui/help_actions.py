"""Help › User guide (F1) and Help › Keyboard shortcuts: the actions of the Help menu.

The dialogs they open (`help_dialogs`) load on first use: their Qt classes (rich text,
tables of shortcuts) cost the start about 15 ms that the first paint does not need.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:
    from .help_dialogs import ShortcutsDialog, UserGuideDialog


class HelpActions(QObject):
    """Help › User guide (F1) and Help › Keyboard shortcuts, for a window's Help menu."""

    def __init__(self, window: QWidget, menus: Callable[[], list[QMenu]]) -> None:
        super().__init__(window)
        self.window = window
        self._menus = menus
        self.guide_action = QAction("", window)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.triggered.connect(lambda _c=False: self.open_guide())
        self.keys_action = QAction("", window)
        self.keys_action.triggered.connect(lambda _c=False: self.show_shortcuts())

    def retranslate(self) -> None:
        self.guide_action.setText(self.tr("&User guide"))
        self.keys_action.setText(self.tr("&Keyboard shortcuts"))

    def open_guide(self) -> UserGuideDialog:
        from .help_dialogs import UserGuideDialog

        dialog = UserGuideDialog(self.window)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def show_shortcuts(self) -> ShortcutsDialog:
        from .help_dialogs import ShortcutsDialog, shortcut_rows

        dialog = ShortcutsDialog(shortcut_rows(self._menus(), []), self.window)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog
