"""A list's header can still resize its sections while the list is being torn down,
after PySide has let go of the header's Python side. The slots that put long labels on two
lines then have nothing left to label and must leave quietly: an exception there
surfaced in whatever ran next (a dashboard test, in one run in seven)."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from iali_desktop.gui.dashboard_cards import ListCard


def test_a_card_header_resized_after_its_python_side_is_gone_raises_nothing(
        app: QApplication, qtbot: QtBot) -> None:
    card = ListCard("overdue", 2)
    qtbot.addWidget(card)
    card.set_headers(["A title long enough to take two lines", "Due"])
    card.resize(400, 300)
    card.show()
    qtbot.waitExposed(card)
    shiboken6.invalidate(card.tree.header())  # as PySide does when the tree goes
    # The tree resizes its header in C++; the label slot runs on (pytest-qt fails the
    # test on any exception raised in it).
    card.tree.setColumnWidth(1, 37)
    card.tree.setColumnWidth(1, 180)
