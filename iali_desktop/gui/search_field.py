"""The search field at the right of the menu bar: always in reach, and Ctrl+F from
anywhere puts the cursor there. Typing in it opens the search results, which go on from
what was typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget


class SearchField(QLineEdit):
    def __init__(self, parent: QWidget, find: QAction, search: Callable[[str], None]
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("toolbarSearch")
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(260)
        self.setMaximumWidth(360)
        self._find = find
        self._search = search
        self.textEdited.connect(self._typed)
        self.returnPressed.connect(lambda: self._typed(self.text()))
        self._retranslate()

    def sizeHint(self) -> QSize:  # the menu bar gives its corner widget its size hint
        return QSize(300, super().sizeHint().height())

    def focus_search(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def _typed(self, text: str) -> None:
        if text.strip():
            self._search(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        keys_text = self._find.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.setPlaceholderText(self.tr("Search everything (%1)").replace("%1", keys_text))
        self.setAccessibleName(self.tr("Search everything"))
