"""Tables and paragraphs in the shared style: wrapped cells, repeated headers, alerts.

Text columns hold Paragraphs, so long text wraps inside its cell instead of running out
of it; columns that only ever hold short values (dates, numbers, codes) may be declared
plain, which lays out several times faster on big tables.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TypeAlias
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from .styles import (
    ALERT_BG,
    FONT,
    FONT_BOLD,
    HEADER_BG,
    INK,
    MUTED,
    RULE,
    ZEBRA,
    styles,
)

Cell: TypeAlias = "str | Flowable | None"


def para(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of plain text (escaped; newlines kept as line breaks)."""
    body = escape(text).replace("\n", "<br/>")
    return Paragraph(body, style or styles().body)


def rich(markup: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of trusted markup the reports compose themselves (<b>, <i>)."""
    return Paragraph(markup, style or styles().body)


def none_line(text: str) -> Paragraph:
    return Paragraph(escape(text), styles().none)


def b(text: str) -> str:
    return f"<b>{escape(text)}</b>"


def data_table(headers: Sequence[str], rows: Sequence[Sequence[Cell]],
               widths: Sequence[float], total_width: float, *,
               plain: Collection[int] = (), alerts: Collection[int] = (),
               right: Collection[int] = (), pad_after: Collection[int] = ()) -> Table:
    """A table that splits across pages with its header row repeated.

    `widths` are fractions of `total_width`; `plain` lists columns drawn as plain strings;
    `alerts` lists body-row indexes shaded as needing attention; `right` right-aligns;
    `pad_after` leaves extra room on a column's right (numbers before a text column).
    """
    st = styles()
    head = [Paragraph(escape(h), st.head_right if i in right else st.head_cell)
            for i, h in enumerate(headers)]
    body: list[list[Cell]] = []
    for row in rows:
        out: list[Cell] = []
        for i, value in enumerate(row):
            if value is None or isinstance(value, str):
                text = value or ""
                if i in plain:
                    out.append(text)
                else:
                    out.append(Paragraph(escape(text).replace("\n", "<br/>"),
                                         st.cell_right if i in right else st.cell))
            else:
                out.append(value)
        body.append(out)
    col_widths = [w * total_width for w in widths]
    table = Table([head, *body], colWidths=col_widths, repeatRows=1, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8, 10),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8, 10),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if len(body) > 1:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA]))
    for col in right:
        commands.append(("ALIGN", (col, 1), (col, -1), "RIGHT"))
    for col in pad_after:
        commands.append(("RIGHTPADDING", (col, 0), (col, -1), 14))
    for row_index in alerts:
        commands.append(("BACKGROUND", (0, row_index + 1), (-1, row_index + 1), ALERT_BG))
    table.setStyle(TableStyle(commands))
    return table


def facts(pairs: Sequence[tuple[str, str]], total_width: float,
          label_share: float = 0.3) -> Table:
    """Label / value lines (a cover page's details), values wrapping."""
    st = styles()
    rows = [[Paragraph(escape(k), st.cover_label), Paragraph(escape(v), st.cover_line)]
            for k, v in pairs if v]
    table = Table(rows, colWidths=[label_share * total_width, (1 - label_share) * total_width],
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def gap(height: float = 6) -> Spacer:
    return Spacer(1, height)
