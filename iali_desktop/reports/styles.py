"""The one style sheet every printed document uses: DejaVu Sans, sizes, colours, tables.

ReportLab ships only Bitstream Vera, which has no Polish, Cyrillic or Vietnamese
letters; DejaVu Sans (shipped in resources/fonts) is registered as a family so that
<b> and <i> in paragraphs pick the bold and oblique faces.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from iali_desktop.domain.resource_files import resource

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
ACCENT = colors.HexColor("#1d4e89")
RULE = colors.HexColor("#9aa5b1")
HEADER_BG = colors.HexColor("#dbe4ee")
ZEBRA = colors.HexColor("#f4f6f8")
ALERT = colors.HexColor("#b42318")
ALERT_BG = colors.HexColor("#fde8e7")
DEMO = colors.HexColor("#b36b00")  # the window's demo-data marker colour

# Task status colours for charts and legends, in the order statuses are shown.
STATUS_COLOURS = {
    "done": colors.HexColor("#2f855a"),
    "in_progress": colors.HexColor("#3182ce"),
    "not_started": colors.HexColor("#a0aec0"),
    "on_hold": colors.HexColor("#dd6b20"),
    "cancelled": colors.HexColor("#4a5568"),
    "unknown": colors.HexColor("#e2e8f0"),  # no status recorded
}

MARGIN = 18 * mm
HEADER_GAP = 10 * mm


@cache
def register_fonts() -> None:
    """Register DejaVu Sans and its faces once per process."""
    faces = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf",
             FONT_ITALIC: "DejaVuSans-Oblique.ttf",
             FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}
    for name, file_name in faces.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file_name))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                  boldItalic=FONT_BOLD_ITALIC)


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of a document, built once and shared by every report."""

    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cover_label: ParagraphStyle
    cell_right: ParagraphStyle
    head_cell: ParagraphStyle
    head_right: ParagraphStyle
    update: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    cover_line: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle
    none: ParagraphStyle
    alert: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()

    def make(name: str, size: float = 9.5, leading: float | None = None, **kw: object
             ) -> ParagraphStyle:
        base: dict[str, object] = {"fontName": FONT, "fontSize": size,
                                   "leading": leading or size * 1.3, "textColor": INK}
        base.update(kw)
        return ParagraphStyle(name, **base)

    return Styles(
        body=make("body", spaceAfter=4),
        small=make("small", 8),
        muted=make("muted", 8.5, textColor=MUTED),
        cell=make("cell", 8, 10),
        cell_bold=make("cell_bold", 8, 10, fontName=FONT_BOLD),
        cover_label=make("cover_label", 10, 16, fontName=FONT_BOLD, textColor=MUTED),
        cell_right=make("cell_right", 8, 10, alignment=TA_RIGHT),
        head_cell=make("head_cell", 8, 10, fontName=FONT_BOLD),
        head_right=make("head_right", 8, 10, fontName=FONT_BOLD, alignment=TA_RIGHT),
        update=make("update", 8, 10.5, leftIndent=12, spaceAfter=1),
        title=make("title", 24, 30, fontName=FONT_BOLD, textColor=ACCENT, spaceAfter=10),
        subtitle=make("subtitle", 14, 18, textColor=MUTED, spaceAfter=24),
        cover_line=make("cover_line", 11, 16),
        h1=make("heading1", 15, 19, fontName=FONT_BOLD, textColor=ACCENT, spaceBefore=4,
                spaceAfter=8, keepWithNext=1),
        h2=make("heading2", 11.5, 15, fontName=FONT_BOLD, textColor=INK, spaceBefore=10,
                spaceAfter=5, keepWithNext=1),
        h3=make("heading3", 9.5, 12.5, fontName=FONT_BOLD, textColor=MUTED, spaceBefore=6,
                spaceAfter=3, keepWithNext=1),
        toc1=make("toc1", 10.5, 15, fontName=FONT_BOLD),
        toc2=make("toc2", 9.5, 13, leftIndent=14),
        none=make("none", 9, 12, fontName=FONT_ITALIC, textColor=MUTED, spaceAfter=4),
        alert=make("alert", 8, 10, fontName=FONT_BOLD, textColor=ALERT),
    )


def centred(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(style.name + "_c", parent=style, alignment=TA_CENTER)
