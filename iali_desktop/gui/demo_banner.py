"""The strip across the top of every page while the sample-data database is open.

The status bar's "Demo data" label is easy to overlook; this banner sits above every page
so nobody mistakes the fictional records for real ones, and it offers the way back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

DEMO_COLOUR = "#b36b00"  # the status bar's demo marker and the printed marker use it too


class DemoBanner(QFrame):
    """"Sample data: fictional records" and a "Back to my database" button."""

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBanner")
        self.setStyleSheet(f"QFrame#demoBanner {{ background: {DEMO_COLOUR}; }}"
                           " QFrame#demoBanner QLabel { color: white; font-weight: bold; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.back = QPushButton(self)
        self.back.clicked.connect(self.back_requested.emit)
        layout.addWidget(self.back)
        self._retranslate()

    def _retranslate(self) -> None:
        self.label.setText(self.tr(
            "Sample data: every record here is fictional. Nothing you do here reaches your "
            "own database or your colleagues."))
        self.back.setText(self.tr("&Back to my database"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
