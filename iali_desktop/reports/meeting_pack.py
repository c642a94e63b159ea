"""The EC meeting pack: one book with the cover, contents, agenda, and under each agenda
item the papers the secretary chose for it (its attached files, merged in at their place,
and the sections the app writes from the records)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from reportlab.platypus import Flowable, Image, NextPageTemplate, PageBreak, Spacer

from iali_desktop.domain.choices import AgendaPaper as Paper
from iali_desktop.domain.translation import N_
from iali_desktop.services.reporting import AgendaLine, MeetingPack, PaperFile, meeting_pack
from iali_desktop.services.reporting.pack_papers import PapersSource
from iali_desktop.services.workspace import Workspace

from .document import DocInfo, Progress, options, start_body
from .meeting_papers import PAPER_BUILDERS
from .pack_document import PackDocument, PackHeadings, PaperPage, contents_lines
from .pack_forms import read_geometry
from .plan_sections import Ctx
from .styles import styles
from .tables import Cell, data_table, facts, none_line, para

LOGO_MAX = (160, 60)  # points: the logo's box on the cover
PAPER_TITLES = {  # the heading each paper prints under
    Paper.ATTACHED_FILES: N_("Attached files"),
    Paper.PLAN_STATUS: N_("Action plan status"),
    Paper.AWAITING_DECISION: N_("Decisions needed: assistance requests"),
    Paper.REGIONAL_REPORTS: N_("Regional reports"),
    Paper.MOU_REGISTER: N_("MOU register"),
    Paper.EVENTS_CALENDAR: N_("Events calendar"),
    Paper.MEMBERS_DUES: N_("Membership and dues"),
    Paper.EXPERT_LISTING: N_("Experts listed and delisted"),
    Paper.OPEN_ACTIONS: N_("Action items carried forward"),
}


def build_meeting_pack(ws: Workspace, meeting_id: str, out: Path, lang: str = "en",
                       page_size: str = "A4", progress: Progress | None = None,
                       as_of: dt.date | None = None, plan_id: str | None = None,
                       papers: PapersSource | None = None) -> Path:
    """Print the pack for an EC meeting to `out` as of a day (the meeting's date when not
    given), for a plan (the one covering the meeting's year when not given); `papers`
    gives each agenda item's attached files (the attachments service when not given).
    Returns the path written."""
    tr = options(lang, page_size)
    if progress:
        progress(0, 100, tr("Reading the data"))
    pack = meeting_pack(ws, meeting_id, as_of, plan_id, papers)
    return write_pack(pack, out, lang, page_size, progress, demo=ws.identity().demo)


def write_pack(pack: MeetingPack, out: Path, lang: str = "en", page_size: str = "A4",
               progress: Progress | None = None, *, demo: bool = False) -> Path:
    """Lay the pack out, with the attached PDFs' pages, and write it to `out`."""
    tr = options(lang, page_size)
    if progress:
        progress(10, 100, tr("Reading the data"))
    info = DocInfo(title=tr.labelled(tr("EC meeting pack"), pack.meeting.name),
                   subject=" · ".join((tr("Papers for the IALI Executive Committee meeting"),
                                       tr.date(pack.meeting.start))),
                   as_of=pack.as_of, page_size=page_size,
                   header=" · ".join(x for x in (tr.date(pack.meeting.start),
                                                 pack.meeting.place) if x),
                   demo=demo)
    layout = io.BytesIO()
    doc = PackDocument(layout, info, tr, pack.association.name, pack.association.logo,
                       progress)
    doc.render(story(doc, pack, doc.papers, demo))
    out.write_bytes(layout.getvalue())
    return out


def story(doc: PackDocument, pack: MeetingPack, attached: list[PaperFile],
          demo: bool = False) -> list[Flowable]:
    """The pack's flowables; the attached PDFs it places are appended to `attached`."""
    ctx = Ctx(doc.tr, doc.width, PackHeadings())
    body: list[Flowable] = _agenda(ctx, pack)
    for item in pack.agenda:
        body += _item(ctx, pack, item, attached, doc.height)
    contents = [ctx.h(doc.tr("Contents"), 0, in_toc=False), *contents_lines(body),
                PageBreak()]
    return [*_cover(ctx, pack, demo), *start_body(), *contents, *body]


def _cover(ctx: Ctx, pack: MeetingPack, demo: bool) -> list[Flowable]:
    tr = ctx.tr
    st = styles()
    m = pack.meeting
    when = tr.date(m.start) if not m.end or m.end == m.start else \
        f"{tr.date(m.start)} – {tr.date(m.end)}"
    when = tr("{date}, from {time}", date=when, time=pack.start_time)
    place = m.place or (tr("virtual") if m.virtual else "")
    previous = f"{pack.previous.name}, {tr.date(pack.previous.start)}" if pack.previous else ""
    flow: list[Flowable] = [Spacer(1, 30)]
    if pack.association.logo:
        flow += [_logo(pack.association.logo), Spacer(1, 10)]
    flow += [
        para(pack.association.name, st.cover_label), Spacer(1, 12),
        para(tr("EC meeting pack"), st.title), para(m.name, st.subtitle),
        facts([(tr("Meeting"), m.name), (tr("Date"), when), (tr("Place"), place),
               (tr("Previous EC meeting"), previous), (tr("Action plan"), pack.plan_title),
               (tr("Prepared by"), pack.prepared_by),
               (tr("Data as of"), tr.date(pack.as_of)),
               (tr("Last change recorded"), pack.last_change)], ctx.width),
        Spacer(1, 24), para(tr("Prepared for the members of the Executive Committee from the "
                               "records as they stood on {date}. Overdue tasks and action items "
                               "are marked OVERDUE.", date=tr.date(pack.as_of)), st.muted)]
    if demo:
        flow.append(para(tr("Includes the fictional demo dataset."), st.muted))
    return flow


def _logo(data: bytes) -> Image:
    image = Image(io.BytesIO(data))
    scale = min(LOGO_MAX[0] / image.imageWidth, LOGO_MAX[1] / image.imageHeight, 1)
    image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
    image.hAlign = "LEFT"
    return image


def _agenda(ctx: Ctx, pack: MeetingPack) -> list[Flowable]:
    tr = ctx.tr
    flow: list[Flowable] = [ctx.h(tr("Agenda"), 0)]
    if not pack.agenda:
        return [*flow, none_line(tr("No agenda items have been entered for this meeting yet."))]
    rows: list[list[Cell]] = []
    for a in pack.agenda:
        rows.append([str(a.position), a.title, a.presenter, a.starts,
                     "" if a.minutes is None else str(a.minutes),
                     "\n".join(_paper_names(ctx, a)) or "—"])
    flow.append(data_table(
        [tr("No."), tr("Item"), tr("Presenter"), tr("Start"),
         tr("Min."), tr("Papers")], rows,
        [0.06, 0.36, 0.2, 0.08, 0.07, 0.23], ctx.width, plain=(0, 3, 4), right=(4,)))
    total = sum(a.minutes or 0 for a in pack.agenda)
    flow.append(Spacer(1, 6))
    flow.append(para(tr("Times are indicative: counted from the meeting's start at {start} with "
                        "the minutes allotted to each item. Total {minutes} minutes, ending about "
                        "{end}.", start=pack.start_time, minutes=total,
                        end=pack.end_time), styles().muted))
    return flow


def _paper_names(ctx: Ctx, item: AgendaLine) -> list[str]:
    names = [ctx.tr(PAPER_TITLES[Paper(p)]) for p in item.papers if p != Paper.ATTACHED_FILES]
    return [*(f.name for f in item.files), *names]


def _item(ctx: Ctx, pack: MeetingPack, item: AgendaLine, attached: list[PaperFile],
          height: float) -> list[Flowable]:
    """The item's pages: its files (listed, and PDFs merged in), then its sections; none
    when the item has nothing to print."""
    tr = ctx.tr
    sections = [p for p in item.papers if p != Paper.ATTACHED_FILES]
    if not item.files and not sections:
        return []
    flow: list[Flowable] = [PageBreak(), ctx.h(tr("Item {n}: {title}", n=item.position,
                                                 title=item.title), 0)]
    flow.append(para(" · ".join(x for x in (item.presenter, item.starts) if x), styles().muted))
    if item.files:
        flow += _files(ctx, item, attached, height)
    headings = ctx.h
    assert isinstance(headings, PackHeadings)
    for key in sections:
        flow += headings.section(tr(PAPER_TITLES[Paper(key)]), 1)
        headings.shift = 1
        flow += PAPER_BUILDERS[key](ctx, pack)
        headings.shift = 0
    return flow


def _files(ctx: Ctx, item: AgendaLine, attached: list[PaperFile], height: float
           ) -> list[Flowable]:
    """The table of the item's files, then the pages of each PDF among them (each on a
    page of its own, of the frame's `height`)."""
    tr = ctx.tr
    rows: list[list[Cell]] = []
    pages: list[Flowable] = []
    for paper in item.files:
        geometry = read_geometry(paper) if paper.present and paper.is_pdf else None
        count = len(geometry) if geometry is not None else None
        if not paper.present:
            status = tr("not received yet")
        elif not paper.is_pdf:
            status = tr("listed only (not a PDF)")
        elif count is None:
            status = tr("could not be read as a PDF")
        else:
            status = tr.ngettext("included: {n} page", "included: {n} pages", count)
        rows.append([paper.name, _kind(paper), _size(paper.size), status])
        if geometry:
            index = len(attached)
            attached.append(paper)
            heading = ctx.h(paper.name, 1)
            label = tr("Item {n} · {name}", n=item.position, name=paper.name)
            pages += [NextPageTemplate("paper"), PageBreak(),
                      *(PaperPage(index, page, geometry[page], len(geometry), label, height,
                                  heading if page == 0 else None)
                        for page in range(len(geometry))),
                      NextPageTemplate("body")]
    table = data_table([tr("File"), tr("Type"), tr("Size"), tr("In this pack")],
                       rows, [0.5, 0.1, 0.12, 0.28], ctx.width, right=(2,))
    return [table, *pages]


def _kind(paper: PaperFile) -> str:
    """"PDF", "XLSX": the file's extension, which readers know better than a media type."""
    suffix = Path(paper.name).suffix.lstrip(".").upper()
    return suffix or paper.media_type or "—"


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"
