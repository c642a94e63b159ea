"""The question a first start asks: a clean database of one's own, or the sample data.

Shown when the user's database does not exist yet. The sample data is a separate file
(services/demo_database.py), so exploring it never puts fictional records among the
user's own; File > Explore with sample data opens it later too.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class StartChoice(Enum):
    OWN = "own"
    SAMPLE = "sample"


class StartChoiceDialog(QDialog):
    """Two buttons; Enter takes the clean database, closing the dialog chooses nothing
    (the app then quits)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: StartChoice | None = None
        self.setWindowTitle(self.tr("Welcome to IALI Desktop"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Start with your own database, holding both action plans and nothing else, "
            "or first explore a workspace filled with fictional sample data. The sample "
            "data is kept in a separate file: it never mixes with your records and is "
            "never sent to colleagues. You can open either later from the File menu."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        buttons = QDialogButtonBox(self)
        self.own_button = QPushButton(self.tr("Start with a &clean database"))
        self.own_button.setDefault(True)
        self.sample_button = QPushButton(self.tr("&Explore with sample data"))
        buttons.addButton(self.own_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.sample_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.own_button.clicked.connect(lambda: self._choose(StartChoice.OWN))
        self.sample_button.clicked.connect(lambda: self._choose(StartChoice.SAMPLE))
        layout.addWidget(buttons)
        # Tall enough for the wrapped text at the width the buttons need: sized from the
        # label's one-line hint, the French text lost its first and last lines.
        width = max(self.sizeHint().width(), 480)
        self.resize(width, max(layout.heightForWidth(width), self.sizeHint().height()))

    def _choose(self, choice: StartChoice) -> None:
        self.choice = choice
        self.accept()

    def accept(self) -> None:
        if self.choice is None:
            self.choice = StartChoice.OWN
        super().accept()
