"""The EC meeting pack: cover, contents, agenda, the papers in agenda order, appendix."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak, Spacer

from iali_desktop.services.reporting import MeetingPack, meeting_pack
from iali_desktop.services.workspace import Workspace

from .document import DocInfo, Headings, Progress, ReportDocument, contents, options, start_body
from .meeting_papers import PAPER_BUILDERS, conflicts_appendix
from .plan_sections import Ctx
from .styles import styles
from .tables import Cell, data_table, facts, none_line, para


def build_meeting_pack(ws: Workspace, meeting_id: str, out: Path, lang: str = "en",
                       page_size: str = "A4", progress: Progress | None = None,
                       as_of: dt.date | None = None) -> Path:
    """Print the pack for an EC meeting to `out`; returns the path written."""
    tr = options(lang, page_size)
    day = as_of or dt.date.today()
    if progress:
        progress(0, 100, tr("progress.gather"))
    pack = meeting_pack(ws, meeting_id, day)
    if progress:
        progress(10, 100, tr("progress.gather"))
    info = DocInfo(title=tr.labelled(tr("pack.title"), pack.meeting.name),
                   subject=f"{tr('pack.subject')} · {tr.date(pack.meeting.start)}",
                   as_of=day, page_size=page_size,
                   header=" · ".join(x for x in (tr.date(pack.meeting.start),
                                                 pack.meeting.place) if x),
                   demo=ws.identity().demo)
    doc = ReportDocument(out, info, tr, progress)
    doc.render(story(doc, pack, info.demo))
    return out


def story(doc: ReportDocument, pack: MeetingPack, demo: bool = False) -> list[Flowable]:
    tr = doc.tr
    ctx = Ctx(tr, doc.width, Headings())
    flow: list[Flowable] = [*_cover(ctx, pack, demo), *start_body(), *contents(doc, ctx.h)]
    flow += _agenda(ctx, pack)
    items = {p: a for a in pack.agenda for p in a.papers}
    for key in pack.papers:
        flow.append(PageBreak())
        flow.append(ctx.h(tr(f"paper.{key}"), 0))
        item = items.get(key)
        where = tr("paper.for_item", n=item.position, title=item.title) if item \
            else tr("paper.information")
        flow.append(para(where, styles().muted))
        flow += PAPER_BUILDERS[key](ctx, pack)
    flow.append(PageBreak())
    flow.append(ctx.h(tr("appendix.conflicts"), 0))
    flow += conflicts_appendix(ctx, pack)
    return flow


def _cover(ctx: Ctx, pack: MeetingPack, demo: bool) -> list[Flowable]:
    tr = ctx.tr
    st = styles()
    m = pack.meeting
    when = tr.date(m.start) if not m.end or m.end == m.start else \
        f"{tr.date(m.start)} – {tr.date(m.end)}"
    place = m.place or (tr("virtual") if m.virtual else "")
    previous = f"{pack.previous.name}, {tr.date(pack.previous.start)}" if pack.previous else ""
    flow: list[Flowable] = [
        Spacer(1, 50), para(tr("pack.title"), st.title), para(m.name, st.subtitle),
        facts([(tr("pack.meeting"), m.name), (tr("pack.date"), when), (tr("pack.place"), place),
               (tr("pack.previous"), previous), (tr("cover.prepared_by"), pack.prepared_by),
               (tr("cover.as_of"), tr.date(pack.as_of)),
               (tr("cover.last_change"), pack.last_change)], ctx.width),
        Spacer(1, 24), para(tr("pack.note"), st.muted)]
    if demo:
        flow.append(para(tr("cover.demo"), st.muted))
    return flow


def _agenda(ctx: Ctx, pack: MeetingPack) -> list[Flowable]:
    tr = ctx.tr
    flow: list[Flowable] = [ctx.h(tr("agenda"), 0)]
    if not pack.agenda:
        return [*flow, none_line(tr("agenda.empty"))]
    rows: list[list[Cell]] = []
    for a in pack.agenda:
        rows.append([str(a.position), a.title, a.presenter, a.starts,
                     "" if a.minutes is None else str(a.minutes),
                     "\n".join(tr(f"paper.{p}") for p in a.papers)])
    flow.append(data_table(
        [tr("agenda.no"), tr("agenda.item"), tr("agenda.presenter"), tr("agenda.start"),
         tr("agenda.minutes"), tr("agenda.paper")], rows,
        [0.06, 0.36, 0.2, 0.08, 0.07, 0.23], ctx.width, plain=(0, 3, 4), right=(4,)))
    total = sum(a.minutes or 0 for a in pack.agenda)
    end = (dt.datetime(2000, 1, 1, 9, 0) + dt.timedelta(minutes=total)).strftime("%H:%M")
    flow.append(Spacer(1, 6))
    flow.append(para(tr("agenda.times", minutes=total, end=end), styles().muted))
    return flow
