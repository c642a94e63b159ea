"""Column headers that are never cut: a label too long for its column is set on two
lines, split at the space that makes the longer line shortest.

French and Spanish labels run longer than the English ones ("Code mondial d'intégrité
adopté" over a Yes/No column); a header ending in "…" hid what a column holds. The list
gives each column at least the width of its label on two lines (`two_line_width`), and
once the widths are shared, the labels wider than their column get their second line
(`header_text`). Lists of fixed columns (the dashboard's cards, the plan, the conflicts)
do the same through `WholeLabels`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle


def _best_split(text: str, metrics: QFontMetrics) -> tuple[str, int]:
    """The label on two lines, and the width of its longer line (one line, if it has no
    space to break at)."""
    words = text.split(" ")
    best, width = text, metrics.horizontalAdvance(text)
    for at in range(1, len(words)):
        first, second = " ".join(words[:at]), " ".join(words[at:])
        longer = max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second))
        if longer < width:
            best, width = f"{first}\n{second}", longer
    return best, width


def two_line_width(text: str, metrics: QFontMetrics, margin: int) -> int:
    """The narrowest a column can be and still show its whole label (on two lines)."""
    return _best_split(text, metrics)[1] + margin


def header_text(text: str, width: int, metrics: QFontMetrics, margin: int) -> str:
    """The label as it fits a column `width` wide: on one line if it can, else on two."""
    if metrics.horizontalAdvance(text) + margin <= width:
        return text
    return _best_split(text, metrics)[0]


def header_margin(header: QHeaderView, sort_arrow: bool = False) -> int:
    """What a header section takes besides its text: the style's margin each side, and
    the sort arrow's room where the list sorts."""
    style = header.style()
    margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    if sort_arrow:
        margin += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    return margin


class WholeLabels(QObject):
    """Keeps the labels of a tree's or a table's header whole: each on two lines when its
    column is narrower than it, and (`keep_stretched`) the stretched column, which
    shrinks with the view, never narrower than its label on two lines: Qt has one
    minimum for all sections, so a view whose other columns are narrower than that by
    design (the plan's) leaves it out. `set_text(column, text)` shows a text."""

    def __init__(self, header: QHeaderView, set_text: Callable[[int, str], None], *,
                 keep_stretched: bool = True) -> None:
        super().__init__(header)
        self.header = header
        self._keep_stretched = keep_stretched
        self._set_text = set_text
        self._labels: list[str] = []
        self._shown: dict[int, str] = {}
        self._base_minimum = header.minimumSectionSize()
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.sectionResized.connect(self._resized)

    def set_labels(self, labels: Sequence[str]) -> None:
        """The labels on one line (after a change of language, the new ones)."""
        self._labels = list(labels)
        self._shown.clear()
        metrics, margin = self.header.fontMetrics(), header_margin(self.header)
        stretched = [two_line_width(label, metrics, margin)
                     for column, label in enumerate(self._labels)
                     if self.header.sectionResizeMode(column) is QHeaderView.ResizeMode.Stretch]
        if self._keep_stretched:
            self.header.setMinimumSectionSize(max([self._base_minimum, *stretched]))
        for column in range(len(self._labels)):
            self._show(column, self.header.sectionSize(column))

    def _resized(self, column: int, _old: int, width: int) -> None:
        # A view being torn down can still resize its sections after PySide has let go of
        # its header's Python side: nothing is left to label then.
        if shiboken6.isValid(self.header):
            self._show(column, width)

    def _show(self, column: int, width: int) -> None:
        if column >= len(self._labels):
            return
        text = header_text(self._labels[column], width, self.header.fontMetrics(),
                           header_margin(self.header))
        if self._shown.get(column) != text:  # setting a text may resize the section again
            self._shown[column] = text
            self._set_text(column, text)
