"""Global search: a small window over the full-text index that jumps to a record.

Opened with the standard Find shortcut or Ctrl+K. Typing searches after a short pause;
Up/Down move through the results without leaving the text field; Enter opens the chosen
record through `ctx.events.open_record`, which the main window turns into navigation.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iali_desktop.domain.translation import shipped_name
from iali_desktop.services.search import Hit, SearchService

from .context import AppContext
from .formatting import localise_title
from .labels import type_label
from .records.ref_picker import distinct_titles

HIT_ROLE = Qt.ItemDataRole.UserRole
RESULT_LIMIT = 40
PAUSE_MS = 150


class SearchPopup(QDialog):
    """Find any record by words of its title or text."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = SearchService(ctx.ws)
        self.setObjectName("searchPopup")
        self.resize(620, 420)
        self.field = QLineEdit(self)
        self.field.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.hint = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self._timer = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _t: self._timer.start())
        self.field.returnPressed.connect(self.open_current)
        self.field.installEventFilter(self)
        self.results.itemActivated.connect(lambda _item: self.open_current())
        self._retranslate()

    def run_search(self) -> list[Hit]:
        """Search now for the field's text and list the hits (also returned, for tests)."""
        self._timer.stop()
        text = self.field.text().strip()
        self.results.clear()
        hits = self.service.search(text, RESULT_LIMIT) if text else []
        shown = _told_apart(self.ctx, hits)
        for hit in hits:
            line = f"{type_label(hit.record_type)} · {localise_title(shown[hit.row_id])}"
            item = QListWidgetItem(line)
            item.setData(HIT_ROLE, (hit.record_type, hit.row_id))
            item.setToolTip(hit.snippet)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        if not text:
            self.hint.setText(self.tr("Type words from a name, title or note."))
        else:
            self.hint.setText(self.tr("%n record(s) found", "", len(hits)))
        return hits

    def open_current(self) -> None:
        if self._timer.isActive():
            self.run_search()
        item = self.results.currentItem()
        if item is None:
            return
        type_name, row_id = item.data(HIT_ROLE)
        self.accept()
        self.ctx.events.open_record.emit(type_name, row_id)

    def carry_on(self, text: str) -> None:
        """Continue a search begun in the toolbar field: same text, cursor at its end."""
        self._carried = True
        self.field.setText(text)

    def showEvent(self, event: QShowEvent) -> None:
        if getattr(self, "_carried", False):
            self._carried = False
            self.field.end(False)
            # Activating the window may select the text again: the next key would replace
            # what was typed in the menu bar's field. Put the cursor back once it settled.
            QTimer.singleShot(0, lambda: self.field.end(False))
        else:
            self.field.selectAll()
        self.field.setFocus()
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown,
                               Qt.Key.Key_PageUp):
                self.results.keyPressEvent(event)
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Search"))
        self.field.setPlaceholderText(self.tr("Search every record…"))
        self.field.setAccessibleName(self.tr("Search text"))
        self.results.setAccessibleName(self.tr("Search results"))
        if not self.field.text():
            self.hint.setText(self.tr("Type words from a name, title or note."))


def _told_apart(ctx: AppContext, hits: list[Hit]) -> dict[str, str]:
    """Result titles, with what tells records of one type and title apart (a task's plan,
    as the reference pickers do) where two hits would read the same."""
    by_type: dict[str, dict[str, str]] = {}
    for hit in hits:
        by_type.setdefault(hit.record_type, {})[hit.row_id] = shipped_name(hit.record_type,
                                                                          hit.title)
    shown: dict[str, str] = {}
    for type_name, titles in by_type.items():
        shown.update(distinct_titles(ctx, type_name, titles) if len(titles) > 1 else titles)
    return shown
