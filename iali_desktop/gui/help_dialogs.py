"""Help › User guide and Help › Keyboard shortcuts.

The guide is docs/user-guide.md, shipped with the app (`guide_file`), shown rendered with
its screenshots; the shortcut list is read from the window's own menus, so it always says
what the keys really do.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from iali_desktop.domain.resource_files import guide_file

from .shortcuts import plain, shortcut_text


class UserGuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("IALI Desktop user guide"))
        self.resize(860, 680)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        path = guide_file()
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def _link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())


def shortcut_rows(menus: list[QMenu], extra: list[QAction]) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every action with a shortcut, in menu order."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()
    for menu in menus:
        for action in menu.actions():
            keys = shortcut_text(action)
            if keys and id(action) not in seen:
                seen.add(id(action))
                rows.append((plain(menu.title()), plain(action.text()), keys))
    for action in extra:
        keys = shortcut_text(action)
        if keys and id(action) not in seen:
            rows.append(("", plain(action.toolTip() or action.text()), keys))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("keyboardShortcuts")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Command"),
                                              self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, cells in enumerate(rows):
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 600)


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
        dialog = UserGuideDialog(self.window)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(shortcut_rows(self._menus(), []), self.window)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog
