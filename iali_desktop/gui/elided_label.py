"""A one-line label that shortens its text with "…" to the width it gets.

Used where a wrapping label would make everything below it move from one record to the
next (the record heading) or where a long name would be cut at its end (plan names). The
whole text is always in the tooltip and in `full_text()`.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        super().__init__(parent)
        self._full = ""
        self._suffix = ""
        self._mode = mode
        self.setWordWrap(False)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.set_full_text(text)

    def set_full_text(self, text: str, suffix: str = "") -> None:
        """Show `text`, shortened as needed; `suffix` (" *") is never cut off."""
        self._full, self._suffix = text, suffix
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        room = max(self.contentsRect().width() - metrics.horizontalAdvance(self._suffix), 20)
        super().setText(metrics.elidedText(self._full, self._mode, room) + self._suffix)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().changeEvent(event)
        self._elide()  # a new font (bold, larger) changes what fits

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.fontMetrics().height() + 2 * self.margin())

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self._full + self._suffix) + 2 * self.margin(),
                     metrics.height() + 2 * self.margin())
