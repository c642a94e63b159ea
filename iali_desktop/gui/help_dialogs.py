"""Help › User guide and Help › Keyboard shortcuts.

The guide is docs/user-guide.md, shipped with the app (`guide_file`), shown rendered with
its screenshots; the shortcut list is read from the window's own menus, so it always says
what the keys really do.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, QUrl
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QImage,
    QPixmap,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
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
        self.browser.viewport().installEventFilter(self)
        self._natural: dict[str, QSize] = {}
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.browser.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_images()
        return super().eventFilter(watched, event)

    def fit_images(self) -> None:
        """Screenshots are wider than the viewer: show each at the viewer's width at most
        (never larger than it is), so the guide never needs a sideways scroll bar."""
        document = self.browser.document()
        room = self.browser.viewport().width() - 2 * int(document.documentMargin()) - 24
        if room <= 0:
            return
        block = document.begin()
        while block.isValid():
            shape = block.blockFormat()  # a picture in a list item sits further in
            indent = shape.leftMargin() + document.indentWidth() * shape.indent()
            if block.textList() is not None:
                indent += document.indentWidth() * block.textList().format().indent()
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                image = fragment.charFormat().toImageFormat()
                if fragment.isValid() and image.isValid():
                    self._fit(image, fragment.position(), fragment.length(),
                              room - int(indent))
                it += 1
            block = block.next()

    def _fit(self, image: QTextImageFormat, position: int, length: int, room: int) -> None:
        name = image.name()
        natural = self._natural.get(name)
        if natural is None:
            resource = self.browser.document().resource(
                QTextDocument.ResourceType.ImageResource, QUrl(name))
            natural = resource.size() if isinstance(resource, QImage | QPixmap) else QSize()
            self._natural[name] = natural
        if natural.isEmpty():
            return
        width = min(natural.width(), room)
        if int(image.width()) == width:
            return
        image.setWidth(width)
        image.setHeight(natural.height() * width / natural.width())
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(image)

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
