"""Charts drawn with reportlab.graphics: task statuses per action area."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from .i18n import Translator
from .styles import FONT, FONT_BOLD, INK, MUTED, STATUS_COLOURS, register_fonts

STATUS_ORDER = ("done", "in_progress", "on_hold", "not_started", "cancelled", "unknown")


def status_chart(areas: Sequence[tuple[str, dict[str, int]]], tr: Translator, width: float,
                 title: str) -> Drawing:
    """A horizontal stacked bar per area: how many of its tasks are in each status."""
    register_fonts()
    labels = [_short(label, 40) for label, _counts in areas]
    statuses = [s for s in STATUS_ORDER if any(c.get(s) for _l, c in areas)] or ["not_started"]
    bar_h = 16
    plot_h = max(len(areas), 1) * (bar_h + 6)
    names = [tr("No status recorded") if s == "unknown" else tr.choice("task_status", s)
             for s in statuses]
    item_w = max(stringWidth(n, FONT, 7.5) for n in names) + 24
    label_w = 175
    per_row = max(1, int((width - label_w) // item_w))
    legend_rows = math.ceil(len(statuses) / per_row)
    legend_h = 14 * legend_rows + 2
    height = plot_h + legend_h + 40
    drawing = Drawing(width, height, initialFontName=FONT)  # not Helvetica, never embedded
    drawing.add(String(0, height - 12, title, fontName=FONT_BOLD, fontSize=9, fillColor=INK))

    chart = HorizontalBarChart()
    chart.x = label_w
    chart.y = legend_h + 24
    chart.width = width - label_w - 10
    chart.height = plot_h
    chart.data = [[counts.get(s, 0) for _l, counts in areas] or [0] for s in statuses]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = labels or [""]
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = MUTED
    top = max((sum(c.values()) for _l, c in areas), default=1) or 1
    step = max(1, math.ceil(top / 6))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * math.ceil(top / step)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.strokeColor = MUTED
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = MUTED
    chart.valueAxis.gridStrokeWidth = 0.2
    chart.barWidth = bar_h
    chart.groupSpacing = 6
    chart.bars.strokeWidth = 0.3
    for i, status in enumerate(statuses):
        chart.bars[i].fillColor = STATUS_COLOURS[status]
    drawing.add(chart)

    legend = Legend()
    legend.x = label_w
    legend.y = 4
    legend.alignment = "right"
    legend.columnMaximum = legend_rows
    legend.autoXPadding = 12
    legend.deltay = 14
    legend.deltax = item_w
    legend.dx = 8
    legend.dy = 8
    legend.fontName = FONT
    legend.fontSize = 7.5
    legend.boxAnchor = "sw"
    legend.colorNamePairs = list(zip([STATUS_COLOURS[s] for s in statuses], names,
                                     strict=True))
    drawing.add(legend)
    return drawing


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
