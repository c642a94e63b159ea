"""The document every report is printed on: pages, header and footer, contents, outline.

One `ReportDocument` per PDF. It lays the story out with `multiBuild` so that the table
of contents and "page X of Y" carry the page numbers of the final layout; it bookmarks
every `Heading` in the PDF outline; and it runs in ReportLab's invariant mode with the
creation date fixed to the data's as-of date, so the same data prints the same bytes.
"""

from __future__ import annotations

import calendar
import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, unescape

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.utils import TimeStamp
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from iali_desktop.domain.errors import ValidationError
from iali_desktop.services.association import DEFAULT_NAME

from .i18n import Translator
from .scripts import with_fallback
from .styles import DEMO, FONT, FONT_BOLD, HEADER_GAP, MARGIN, MUTED, RULE, styles

Progress = Callable[[int, int, str], None]
PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}
AUTHOR = "IALI Desktop"


def page_size(name: str) -> tuple[float, float]:
    for key, size in PAGE_SIZES.items():
        if key.lower() == name.lower():
            return size
    raise ValidationError(f"unknown page size '{name}' (use A4 or Letter)")


def options(lang: str, size: str) -> Translator:
    """Check the language and page size before any work; the language's translator."""
    page_size(size)
    return Translator(lang)


@dataclass(frozen=True)
class DocInfo:
    """What the header, footer and PDF metadata say about a document."""

    title: str  # also the PDF title
    subject: str  # the PDF subject, and the header's right-hand text
    as_of: dt.date
    page_size: str = "A4"
    header: str = ""  # the running header's right-hand text (the subject if empty)
    demo: bool = False  # printed from the sample-data database: every page says so
    association: str = DEFAULT_NAME  # heads the footer of every page (Settings)


class Heading(Paragraph):  # type: ignore[misc]
    """A section title that is bookmarked in the outline and listed in the contents."""

    def __init__(self, text: str, level: int, key: str, *, in_toc: bool = True) -> None:
        st = styles()
        style = (st.h1, st.h2, st.h3)[min(level, 2)]
        super().__init__(with_fallback(text), style)
        self.level = level
        self.key = key
        self.in_toc = in_toc
        self.plain = unescape(text)  # the outline shows text, not markup


class Headings:
    """Hands out `Heading`s with keys that are unique and stable from pass to pass."""

    def __init__(self) -> None:
        self._count = 0

    def __call__(self, text: str, level: int = 0, *, in_toc: bool = True) -> Heading:
        self._count += 1
        return Heading(escape(text), level, f"h{self._count}", in_toc=in_toc)

    def section(self, text: str, level: int = 1, room: float | None = None, *,
                in_toc: bool = True) -> list[Flowable]:
        """A heading that starts a new page when less than `room` points are left; its style
        also keeps it with what follows, for the rare first row taller than that room."""
        space = room if room is not None else (150 if level <= 1 else 70)
        return [CondPageBreak(space), self(text, level, in_toc=in_toc)]


class _PageCounter(Flowable):  # type: ignore[misc]
    """Zero-size flowable that keeps `multiBuild` going until the page total is stable."""

    def __init__(self, doc: ReportDocument) -> None:
        super().__init__()
        self.doc = doc
        self.previous: int | None = None
        self.current: int | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        return None

    def isIndexing(self) -> int:
        return 1

    def beforeBuild(self) -> None:
        return None

    def notify(self, kind: str, stuff: object) -> None:
        return None

    def afterBuild(self) -> None:
        self.previous, self.current = self.current, self.doc.page
        self.doc.page_total = self.current

    def isSatisfied(self) -> bool:
        return self.previous is not None and self.previous == self.current


class ReportDocument(BaseDocTemplate):  # type: ignore[misc]
    """A4 or Letter pages with a cover template and a body template."""

    def __init__(self, out: Path, info: DocInfo, tr: Translator,
                 progress: Progress | None = None) -> None:
        width, height = page_size(info.page_size)
        super().__init__(
            str(out), pagesize=(width, height), leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_GAP, bottomMargin=MARGIN + HEADER_GAP,
            title=info.title, author=AUTHOR, subject=info.subject, creator=AUTHOR,
            producer=AUTHOR, invariant=1, lang=tr.lang, keywords=["IALI"],
            initialFontName=FONT,  # else every page names Helvetica, a font never embedded
        )
        self.info = info
        self.tr = tr
        self.page_total: int | None = None
        self._progress = progress
        self._pass = 0
        self._size = 1
        self._last_report: tuple[int, str] | None = None
        self._done = 0
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("cover", frames=[frame], onPage=self._draw_cover_page),
            PageTemplate("body", frames=[frame], onPage=self._draw_body_page),
        ])
        self.setProgressCallBack(self._on_layout)

    # Building -----------------------------------------------------------------------------

    def render(self, story: list[Flowable]) -> None:
        """Lay out the story (several passes) and write the file."""
        self.multiBuild([*story, _PageCounter(self)], maxPasses=8)
        self._report(100, self.tr("Done"))

    def beforeDocument(self) -> None:
        self.canv._doc._timeStamp = _fixed_stamp(self.info.as_of)
        self.canv.setTitle(self.info.title)
        self.canv.showOutline()  # the viewer opens with the bookmarks panel

    def afterFlowable(self, flowable: Flowable) -> None:
        if not isinstance(flowable, Heading):
            return
        canv: Canvas = self.canv
        canv.bookmarkPage(flowable.key)
        canv.addOutlineEntry(flowable.plain, flowable.key, level=flowable.level,
                             closed=flowable.level > 0)
        if flowable.in_toc:
            self.notify("TOCEntry", (flowable.level, flowable.getPlainText(), self.page,
                                     flowable.key))

    # Progress -------------------------------------------------------------------------------

    def _report(self, done: int, message: str) -> None:
        if self._progress is not None and (done, message) != self._last_report:
            self._last_report = (done, message)
            self._progress(done, 100, message)

    def _on_layout(self, kind: str, value: int) -> None:
        if kind == "PASS":
            self._pass = value
        elif kind == "SIZE_EST":
            self._size = max(value, 1)
        elif kind == "PROGRESS":
            span = 30  # percent per pass; at most three passes are usual
            start = 10 + span * min(self._pass - 1, 2)
            done = min(99, start + span * min(value, self._size) // self._size)
            self._done = max(self._done, done)  # splitting tables adds flowables
            self._report(self._done, self.tr("Laying out the pages (pass {n})", n=self._pass))

    # Page decoration --------------------------------------------------------------------------

    def _draw_cover_page(self, canv: Canvas, doc: Any) -> None:
        self._footer(canv)

    def _draw_body_page(self, canv: Canvas, doc: Any) -> None:
        width, height = self.pagesize
        canv.saveState()
        canv.setFillColor(MUTED)
        top = height - MARGIN
        room = width - 2 * MARGIN
        right = _fit(self.info.header or self.info.subject, FONT, 8, room * 0.45)
        canv.setFont(FONT, 8)
        canv.drawRightString(width - MARGIN, top, right)
        canv.setFont(FONT_BOLD, 8)
        canv.drawString(MARGIN, top, _fit(self.info.title, FONT_BOLD, 8,
                                          room - stringWidth(right, FONT, 8) - 16))
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN, top - 4, width - MARGIN, top - 4)
        canv.restoreState()
        self._footer(canv)

    def _footer(self, canv: Canvas) -> None:
        width, _height = self.pagesize
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        bottom = MARGIN
        canv.line(MARGIN, bottom + 10, width - MARGIN, bottom + 10)
        canv.setFont(FONT, 8)
        canv.setFillColor(MUTED)
        canv.drawString(MARGIN, bottom, self.tr("{association} · data as of {date}",
                                                association=self.info.association,
                                                date=self.tr.date(self.info.as_of)))
        total = str(self.page_total) if self.page_total else "…"
        canv.drawRightString(width - MARGIN, bottom,
                             self.tr("Page {page} of {total}",
                                     page=canv.getPageNumber(), total=total))
        if self.info.demo:  # on every page, so no printed page passes for real records
            canv.setFont(FONT_BOLD, 8)
            canv.setFillColor(DEMO)
            canv.drawCentredString(width / 2, bottom + 14, self.tr("Fictional demo data").upper())
        canv.restoreState()


def contents(doc: ReportDocument, h: Headings,
             body: list[Flowable] | None = None) -> list[Flowable]:
    """The contents page: every level-0 and level-1 heading with its page number.

    Given the `body` it lists, nothing when that body has no heading to list (a contents
    page with no entries would print ReportLab's "Placeholder for table of contents")."""
    if body is not None and not any(isinstance(f, Heading) and f.in_toc and f.level <= 1
                                    for f in body):
        return []
    st = styles()
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [st.toc1, st.toc2]
    toc.tableStyle = TableStyle([  # ReportLab's own, plus a font (cells set one)
        ("FONT", (0, 0), (-1, -1), FONT, 10), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return [h(doc.tr("Contents"), 0, in_toc=False), toc, PageBreak()]


def start_body() -> list[Flowable]:
    """End the cover and continue on pages with the running header."""
    return [NextPageTemplate("body"), PageBreak()]


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _fixed_stamp(day: dt.date) -> TimeStamp:
    """ReportLab's time stamp, set to midnight UTC of the data's as-of date."""
    stamp = TimeStamp(invariant=1)
    seconds = calendar.timegm(day.timetuple())
    stamp.t = seconds
    stamp.lt = time.gmtime(seconds)
    stamp.YMDhms = tuple(stamp.lt)[:6]
    return stamp
