"""Tables and paragraphs in the shared style: wrapped cells, repeated headers, alerts.

Text columns hold Paragraphs, so long text wraps inside its cell instead of running out
of it; columns that only ever hold short values (dates, numbers, codes) may be declared
plain, which lays out several times faster on big tables. In a table that holds a row
with more text than a page can take, rows split inside their cells (`splitInRow`), so a
5,000-character note prints instead of ending the document in a LayoutError. Columns are
widened to their longest word where the table has room, so no word is cut in the middle
("Cotisati/on"). Every paragraph goes through
`scripts.with_fallback`, so Arabic and CJK runs print in a font that has them.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TypeAlias
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer, Table, TableStyle

from .scripts import with_fallback
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


CELL_PADDING = 3


def paragraph(markup: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of markup, with Arabic and CJK runs in a font that has them."""
    return Paragraph(with_fallback(markup), style)


def para(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of plain text (escaped; newlines kept as line breaks)."""
    body = escape(text).replace("\n", "<br/>")
    return paragraph(body, style or styles().body)


def rich(markup: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of trusted markup the reports compose themselves (<b>, <i>)."""
    return paragraph(markup, style or styles().body)


def none_line(text: str) -> Paragraph:
    return paragraph(escape(text), styles().none)


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
    head = [paragraph(escape(h), st.head_right if i in right else st.head_cell)
            for i, h in enumerate(headers)]
    longest = [_longest_word(h) for h in headers]
    body: list[list[Cell]] = []
    for row in rows:
        out: list[Cell] = []
        for i, value in enumerate(row):
            if value is None or isinstance(value, str):
                text = value or ""
                if i in plain:
                    out.append(text)
                else:
                    word = _longest_word(text)
                    if len(word) > len(longest[i]):
                        longest[i] = word
                    out.append(paragraph(escape(text).replace("\n", "<br/>"),
                                         st.cell_right if i in right else st.cell))
            else:
                out.append(value)
        body.append(out)
    col_widths = word_widths([w * total_width for w in widths], longest,
                             [14 if i in pad_after else CELL_PADDING for i in range(len(widths))])
    table = LongTable([head, *body], colWidths=col_widths, repeatRows=1, hAlign="LEFT",
                      splitInRow=1 if any(_may_outgrow_a_page(row) for row in body) else 0)
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8, 10),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8, 10),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
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


def word_widths(widths: list[float], longest: Sequence[str], right_pads: Sequence[float]
                ) -> list[float]:
    """Column widths in which each column's longest word fits whole, taken from the columns
    with room to spare; unchanged where the table has no such room (a word longer than any
    share of the page, such as a URL, still breaks)."""
    # The bold header face is the widest of the cell styles.
    need = [stringWidth(word, FONT_BOLD, 8) + CELL_PADDING + pad + 1
            for word, pad in zip(longest, right_pads, strict=True)]
    short = [max(0.0, n - w) for n, w in zip(need, widths, strict=True)]
    missing = sum(short)
    if not missing:
        return widths
    spare = [max(0.0, w - n) for n, w in zip(need, widths, strict=True)]
    room = sum(spare)
    if room < missing:
        return widths
    return [w + s - missing * sp / room for w, s, sp in zip(widths, short, spare, strict=True)]


# A row with less text than this fits on a page in any column of these documents; rows
# are split inside their cells only in tables that hold a longer one, because splitting
# in rows costs about 15% more layout time on a whole meeting pack.
_ROW_TEXT_ON_A_PAGE = 1200


def _may_outgrow_a_page(row: Sequence[Cell]) -> bool:
    size = 0
    for cell in row:
        if isinstance(cell, str):
            size += len(cell) + 40 * cell.count("\n")
        elif isinstance(cell, Paragraph):
            size += len(cell.text) + 40 * cell.text.count("<br/>")
        elif cell is not None:
            return True  # another flowable: let it split if it must
    return size > _ROW_TEXT_ON_A_PAGE


def _longest_word(text: str) -> str:
    return max(text.split(), key=len, default="")


def facts(pairs: Sequence[tuple[str, str]], total_width: float,
          label_share: float = 0.3) -> Table:
    """Label / value lines (a cover page's details), values wrapping."""
    st = styles()
    rows = [[paragraph(escape(k), st.cover_label), paragraph(escape(v), st.cover_line)]
            for k, v in pairs if v]
    table = Table(rows, colWidths=[label_share * total_width, (1 - label_share) * total_width],
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 10),  # cells set it even for paragraphs
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def gap(height: float = 6) -> Spacer:
    return Spacer(1, height)
