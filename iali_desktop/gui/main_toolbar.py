"""The window's toolbar: New, Save, Delete and, at its right, a search field that is
always in reach (Ctrl+F from anywhere puts the cursor there). Typing in it opens the
search results, which go on from what was typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QToolBar, QWidget


class MainToolbar(QToolBar):
    def __init__(self, parent: QWidget, actions: list[QAction], find: QAction,
                 search: Callable[[str], None]) -> None:
        super().__init__(parent)
        self.setObjectName("mainToolbar")
        self.setMovable(False)
        self._find = find
        self._search = search
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("toolbarSearch")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMaximumWidth(360)
        self.search_field.textEdited.connect(self._typed)
        self.search_field.returnPressed.connect(lambda: self._typed(self.search_field.text()))
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        for action in actions:
            self.addAction(action)
        self.addWidget(spacer)
        self.addWidget(self.search_field)
        self._retranslate()

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _typed(self, text: str) -> None:
        if text.strip():
            self._search(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Main toolbar"))
        keys_text = self._find.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.search_field.setPlaceholderText(self.tr("Search everything… (%1)").replace(
            "%1", keys_text))
        self.search_field.setAccessibleName(self.tr("Search everything"))
