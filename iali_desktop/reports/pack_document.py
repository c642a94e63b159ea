"""The meeting pack's pages, laid out in one pass.

A report with contents and "page X of N" usually needs ReportLab to lay the story out
two or three times (`ReportDocument.render`). The pack is long, so it is laid out once:
every number not known while a page is drawn (the page total in each footer, each
contents entry's page) is drawn as a named PDF form and the forms are written after the
last page, when the numbers are known. The contents list is therefore fixed before layout:
it holds the headings of the story itself.

Attached PDFs take whole pages in the layout (`PaperPage`, one per page of the file), so
that page numbers, contents and bookmarks count them; each draws its page of the file as a
form XObject, defined after the last page from the file itself (`pack_forms`).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, KeepTogether, PageTemplate, Paragraph

from iali_desktop.services.reporting import PaperFile

from .document import DocInfo, Heading, Headings, Progress, ReportDocument, _fit
from .i18n import Translator
from .pack_forms import PageGeometry, add_forms, fit
from .styles import DEMO, FONT, FONT_BOLD, MARGIN, MUTED, RULE, styles

PAPER_LABEL_DROP = 16  # points from the page top to the label of an attached page
PAPER_TOP_GAP = 24  # points kept free above an attached page's content (for its label)
FOOTER_RULE = 10  # the footer's rule, points above the bottom margin
LOGO_HEIGHT = 14  # points: the logo beside the association's name in each footer


@dataclass(frozen=True)
class PaperSlot:
    """Where one page of an attached PDF goes: the pack's page and the file's page."""

    pack_page: int  # 1-based
    paper: int  # index into PackDocument.papers
    page: int  # 0-based page of the paper


class PaperPage(Flowable):  # type: ignore[misc]
    """A whole page for page `page` of attached paper `paper`, drawn scaled to fit under a
    label and above the footer; the first one also carries the paper's bookmark and
    contents entry (its `heading`)."""

    def __init__(self, paper: int, page: int, geometry: PageGeometry, pages: int, label: str,
                 height: float, heading: Heading | None = None) -> None:
        super().__init__()
        self.full_height = height  # the frame's: never shares a page with anything
        self.paper = paper
        self.page = page
        self.geometry = geometry
        self.label = f"{label} · {page + 1}/{pages}"
        self.heading = heading

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, self.full_height
        return available_width, self.full_height

    def draw(self) -> None:
        canv: Canvas = self.canv
        doc: PackDocument = canv._doctemplate
        doc.slots.append(PaperSlot(canv.getPageNumber(), self.paper, self.page))
        width, height = doc.pagesize
        canv.saveState()
        canv.translate(-doc.leftMargin, -doc.bottomMargin)  # page coordinates
        matrix, (x, y, w, h) = fit(self.geometry, doc.paper_box())
        canv.saveState()
        # The page's content expects PDF's initial graphics state, not the footer's.
        canv.setFillGray(0)
        canv.setStrokeGray(0)
        canv.setLineWidth(1)
        canv.setLineCap(0)
        canv.setLineJoin(0)
        canv.setDash()
        canv.transform(*matrix)
        canv.doForm(paper_form(self.paper, self.page))  # defined after the last page
        canv.restoreState()
        canv.setStrokeGray(0.6)
        canv.setLineWidth(0.5)
        canv.rect(x, y, w, h)
        canv.setFont(FONT, 7.5)
        canv.setFillColor(MUTED)
        canv.drawString(MARGIN, height - PAPER_LABEL_DROP,
                        _fit(self.label, FONT, 7.5, width - 2 * MARGIN))
        canv.restoreState()


def paper_form(paper: int, page: int) -> str:
    return f"paper{paper}p{page}"


class PackHeadings(Headings):
    """Headings one level deeper while `shift` is 1: the sections the report modules
    write go under the pack's own section heading, in the contents and the outline."""

    shift = 0

    def __call__(self, text: str, level: int = 0, *, in_toc: bool = True) -> Heading:
        return super().__call__(text, level + self.shift, in_toc=in_toc)


class PackDocument(ReportDocument):
    """The pack's document: one layout pass, numbers drawn as forms, attached pages."""

    def __init__(self, out: io.BytesIO, info: DocInfo, tr: Translator, association: str,
                 logo: bytes | None, progress: Progress | None = None) -> None:
        super().__init__(Path("pack.pdf"), info, tr, progress)
        self.filename = out  # ReportLab writes to a file object as well as to a path
        self.author = association
        self.association = association
        self.logo = ImageReader(io.BytesIO(logo)) if logo else None
        self.slots: list[PaperSlot] = []
        self.papers: list[PaperFile] = []  # the attached PDFs the story places
        self._heading_pages: dict[str, int] = {}
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="paper",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("paper", frames=[frame],
                                            onPage=self._draw_paper_page)])

    def paper_box(self) -> tuple[float, float, float, float]:
        """The area an attached page is fitted into: between the label and the footer (and
        the demo marker above it)."""
        width, height = self.pagesize
        return (MARGIN / 2, MARGIN + FOOTER_RULE + 14, width - MARGIN / 2,
                height - PAPER_TOP_GAP)

    # Building -------------------------------------------------------------------------------

    def render(self, story: list[Flowable]) -> None:
        """Lay the story out once, then write the numbers and save."""
        self._doSave = 0
        self.build(story)
        canv: Canvas = self.canv
        total = canv.getPageNumber() - 1  # the canvas stands on the page after the last
        for page in range(1, total + 1):
            self._number_form(f"pg{page}", self.tr("Page {page} of {total}",
                                                   page=page, total=total))
        for key, page in self._heading_pages.items():
            self._number_form(f"toc{key}", str(page))
        pages: dict[int, dict[int, str]] = {}
        for slot in self.slots:
            pages.setdefault(slot.paper, {})[slot.page] = paper_form(slot.paper, slot.page)
        for index, names in sorted(pages.items()):
            add_forms(canv._doc, self.papers[index], names)
        self.page_total = total
        canv.save()
        self._report(100, self.tr("Done"))

    def _number_form(self, name: str, text: str) -> None:
        canv: Canvas = self.canv
        canv.beginForm(name, -300, -4, 0, 12)
        canv.setFont(FONT, 8 if name.startswith("pg") else 9.5)
        canv.setFillColor(MUTED if name.startswith("pg") else styles().toc1.textColor)
        canv.drawRightString(0, 0, text)
        canv.endForm()

    def beforeDocument(self) -> None:
        super().beforeDocument()
        self.canv.setAuthor(self.association)
        self.canv.showOutline()  # the bookmarks panel opens with the document

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, PaperPage):
            if flowable.heading is not None:
                self.afterFlowable(flowable.heading)
            return
        super().afterFlowable(flowable)
        if isinstance(flowable, Heading):
            self._heading_pages[flowable.key] = self.page

    def _on_layout(self, kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            self._size = max(value, 1)
        elif kind == "PROGRESS":
            done = min(99, 10 + 85 * min(value, self._size) // self._size)
            self._done = max(self._done, done)
            self._report(self._done, self.tr("Laying out the pages (pass {n})", n=1))

    # Page decoration --------------------------------------------------------------------------

    def _draw_paper_page(self, canv: Canvas, doc: Any) -> None:
        self._footer(canv)

    def _footer(self, canv: Canvas) -> None:
        width, _height = self.pagesize
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        bottom = MARGIN
        canv.line(MARGIN, bottom + FOOTER_RULE, width - MARGIN, bottom + FOOTER_RULE)
        left = MARGIN
        if self.logo is not None:
            w, h = self.logo.getSize()
            shown = LOGO_HEIGHT * w / h
            canv.drawImage(self.logo, left, bottom - 4, shown, LOGO_HEIGHT, mask="auto")
            left += shown + 4
        canv.setFont(FONT, 8)
        canv.setFillColor(MUTED)
        text = self.tr("{name} · data as of {date}", name=self.association,
                       date=self.tr.date(self.info.as_of))
        canv.drawString(left, bottom, _fit(text, FONT, 8, width * 0.6))
        canv.saveState()
        canv.translate(width - MARGIN, bottom)
        canv.doForm(f"pg{canv.getPageNumber()}")
        canv.restoreState()
        if self.info.demo:  # on every page, so no printed page passes for real records
            canv.setFont(FONT_BOLD, 8)
            canv.setFillColor(DEMO)
            canv.drawCentredString(width / 2, bottom + 14, self.tr("Fictional demo data").upper())
        canv.restoreState()


class ContentsLine(Flowable):  # type: ignore[misc]
    """One contents entry: the heading's text, and its page drawn as a form at the right
    (the page is known only once the heading is laid out)."""

    def __init__(self, heading: Heading) -> None:
        super().__init__()
        st = styles()
        self.key = heading.key
        self.level = heading.level
        self.style = st.toc1 if heading.level == 0 else st.toc2
        self.text = Paragraph(heading.text, self.style)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        _w, h = self.text.wrap(available_width - 40, available_height)
        self.height = h
        return available_width, h

    def draw(self) -> None:
        self.text.drawOn(self.canv, 0, 0)
        self.canv.saveState()
        self.canv.translate(self.width, self.height - self.style.fontSize)
        self.canv.doForm(f"toc{self.key}")
        self.canv.restoreState()
        self.canv.linkRect("", self.key, (0, 0, self.width, self.height), relative=1,
                           thickness=0)


def contents_lines(story: list[Flowable], deepest: int = 1) -> list[Flowable]:
    """An entry for each heading of the story meant for the contents, in story order."""
    return [ContentsLine(h) for h in _headings(story)
            if h.in_toc and h.level <= deepest]


def _headings(flowables: list[Flowable]) -> Iterator[Heading]:
    for f in flowables:
        if isinstance(f, Heading):
            yield f
        elif isinstance(f, PaperPage) and f.heading is not None:
            yield f.heading
        elif isinstance(f, KeepTogether):
            yield from _headings(list(f._content))
