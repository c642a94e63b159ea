"""The minutes of an EC meeting: heading, attendance, each agenda item's minutes and
decisions, the action items, and the actions carried forward from earlier meetings.

A draft says so on every page (a diagonal mark) and under the heading; approved minutes
say at which meeting and on which day they were approved. The document is dated to the
approval day (or the meeting's), so the same minutes print the same bytes.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, NextPageTemplate, Table

from iali_desktop.domain.choices import DecisionKind, MinutesStatus
from iali_desktop.domain.translation import N_
from iali_desktop.services.association import load_association
from iali_desktop.services.reporting.minutes import (
    Attendee,
    CarriedAction,
    DecisionLine,
    Minutes,
    as_of_meeting,
    minutes,
)
from iali_desktop.services.workspace import Workspace

from .document import DocInfo, Headings, Progress, ReportDocument, options
from .i18n import Translator
from .styles import FONT_BOLD, styles
from .tables import Cell, b, data_table, gap, none_line, para, rich

WATERMARK = colors.Color(0.70, 0.15, 0.10, alpha=0.12)


@cache
def draft_style() -> ParagraphStyle:  # built once the fonts are registered
    return ParagraphStyle("minutes_draft", parent=styles().alert, fontSize=11, leading=14,
                          spaceAfter=2)


class MinutesDocument(ReportDocument):
    """The report document, with a diagonal "draft" mark on every page of a draft."""

    def __init__(self, out: Path, info: DocInfo, tr: Translator, draft: bool,
                 progress: Progress | None = None) -> None:
        super().__init__(out, info, tr, progress)
        self.draft = draft

    def _draw_cover_page(self, canv: Canvas, doc: Any) -> None:
        super()._draw_cover_page(canv, doc)
        self._mark(canv)

    def _draw_body_page(self, canv: Canvas, doc: Any) -> None:
        super()._draw_body_page(canv, doc)
        self._mark(canv)

    def _mark(self, canv: Canvas) -> None:
        if not self.draft:
            return
        width, height = self.pagesize
        canv.saveState()
        canv.setFillColor(WATERMARK)
        canv.setFont(FONT_BOLD, 96)
        canv.translate(width / 2, height / 2)
        canv.rotate(45)
        canv.drawCentredString(0, -30, self.tr.choice("minutes_status", "draft").upper())
        canv.restoreState()


def build_minutes(ws: Workspace, meeting_id: str, out: Path, lang: str = "en",
                  page_size: str = "A4", progress: Progress | None = None) -> Path:
    """Print the minutes of an EC meeting to `out`; returns the path written."""
    tr = options(lang, page_size)
    if progress:
        progress(0, 100, tr("Reading the data"))
    m = minutes(ws, meeting_id)
    draft = m.status != MinutesStatus.APPROVED.value
    info = DocInfo(title=tr.labelled(tr("Minutes of the EC meeting"), m.meeting.name),
                   subject=tr("Minutes of the IALI Executive Committee"), as_of=as_of_meeting(m),
                   page_size=page_size,
                   header=" · ".join(x for x in (tr.date(m.meeting.start),
                                                 tr("DRAFT: not yet approved") if draft
                                                 else "") if x),
                   demo=ws.identity().demo, association=load_association(ws).name)
    doc = MinutesDocument(out, info, tr, draft, progress)
    doc.render(story(doc, m))
    return out


def story(doc: ReportDocument, m: Minutes) -> list[Flowable]:
    tr = doc.tr
    h = Headings()
    flow: list[Flowable] = [NextPageTemplate("body"),
                            *_heading(tr, m, doc.width, doc.info.association)]
    flow += _attendance(tr, h, m)
    flow += _items(tr, h, m)
    flow += _actions(tr, h, m, doc.width)
    flow += _carried(tr, h, m, doc.width)
    return flow


def _heading(tr: Translator, m: Minutes, width: float, association: str) -> list[Flowable]:
    st = styles()
    e = m.meeting
    when = tr.date(e.start) if not e.end or e.end == e.start else \
        f"{tr.date(e.start)} – {tr.date(e.end)}"
    place = e.place or (tr("virtual") if e.virtual else "")
    flow: list[Flowable] = [
        para(association, st.cover_label),
        para(tr("Minutes of the EC meeting"), st.title),
        para(e.name, st.subtitle),
        para(" · ".join(x for x in (when, place) if x), st.cover_line), gap(8)]
    if m.status == MinutesStatus.APPROVED.value and m.approved_at is not None:
        flow.append(rich(b(tr("Approved at {meeting} on {date}", meeting=m.approved_at.name,
                              date=tr.date(m.approved_on)))))
    else:
        flow.append(para(tr("DRAFT: not yet approved"), draft_style()))
        flow.append(para(tr("These minutes are a draft until the Executive Committee approves them "
                            "at a later meeting."), st.muted))
    flow.append(gap(10))
    return flow


def _names(people: tuple[Attendee, ...], tr: Translator) -> str:
    return "; ".join(f"{p.name} ({tr.choice('participant_role', p.role)})" if p.role
                     else p.name for p in people)


def _attendance(tr: Translator, h: Headings, m: Minutes) -> list[Flowable]:
    flow: list[Flowable] = [h(tr("Attendance"), 0)]
    groups = [(N_("Present"), m.present), (N_("Apologies"), m.apologies),
              (N_("Absent"), m.absent), (N_("Attendance not recorded"), m.not_recorded)]
    shown = [(key, people) for key, people in groups if people]
    if not shown:
        return [*flow, none_line(tr("No participants are recorded for this meeting."))]
    for key, people in shown:
        flow.append(rich(f"{b(tr.labelled(tr(key), ''))}{_escape(_names(people, tr))}"))
    return flow


def _items(tr: Translator, h: Headings, m: Minutes) -> list[Flowable]:
    st = styles()
    flow: list[Flowable] = [*h.section(tr("Minutes and decisions"), 0, room=120)]
    if not m.items:
        flow.append(none_line(tr("No agenda items are recorded for this meeting.")))
    for item in m.items:
        flow += h.section(f"{item.position}. {item.title}", 1, room=90)
        if item.presenter:
            flow.append(para(tr.labelled(tr("Presenter"), item.presenter), st.muted))
        if item.minutes.strip():
            flow += _paragraphs(item.minutes)
        else:
            flow.append(none_line(tr("No minutes recorded for this item.")))
        flow += [_decision(tr, d) for d in item.decisions]
    if m.other_decisions:
        flow += h.section(tr("Decisions recorded under no agenda item"), 1, room=90)
        flow += [_decision(tr, d) for d in m.other_decisions]
    return flow


def _paragraphs(text: str) -> list[Flowable]:
    """Minutes as typed: blank lines separate paragraphs, single newlines are kept."""
    blocks = [blk.strip("\n") for blk in text.replace("\r\n", "\n").split("\n\n")]
    return [para(blk) for blk in blocks if blk.strip()]


def _decision(tr: Translator, d: DecisionLine) -> Flowable:
    action = d.kind == DecisionKind.ACTION_ITEM.value
    label = tr("Action") if action else tr("Decision")
    body = _escape(d.text).replace("\n", "<br/>")
    markup = f"{b(tr.labelled(label, ''))}{body}"
    if action:
        detail = tr("Owner: {owner} · due {due}",
                    owner=d.owner or "–", due=tr.date(d.due_date) or "–")
        markup += f'<br/><font size="8">{_escape(detail)}</font>'
    return rich(markup, styles().body)


def _task(tr: Translator, title: str, status: str | None) -> str:
    if not title:
        return tr("not in the plan yet")
    return f"{title} ({tr.choice('task_status', status)})" if status else title


def _actions(tr: Translator, h: Headings, m: Minutes, width: float) -> list[Flowable]:
    flow: list[Flowable] = [*h.section(tr("Action items"), 0, room=120)]
    actions = m.actions
    if not actions:
        return [*flow, none_line(tr("No action items were recorded at this meeting."))]
    rows: list[list[Cell]] = [
        [a.text, a.owner, tr.date(a.due_date), _task(tr, a.task, a.task_status),
         tr.choice("decision_status", a.status)] for a in actions]
    table = data_table([tr("Action"), tr("Owner"), tr("Due"), tr("Task"),
                        tr("Status")], rows, [0.36, 0.16, 0.14, 0.22, 0.12], width)
    return [*flow, _splittable(table)]


def _carried(tr: Translator, h: Headings, m: Minutes, width: float) -> list[Flowable]:
    flow: list[Flowable] = [*h.section(tr("Actions carried forward from earlier meetings"), 0,
                                       room=120)]
    if not m.carried_forward:
        return [*flow, none_line(tr("No open actions remain from earlier meetings."))]
    rows: list[list[Cell]] = [_carried_row(tr, a) for a in m.carried_forward]
    table = data_table([tr("Action"), tr("Meeting"), tr("Owner"), tr("Due"),
                        tr("Task")], rows, [0.31, 0.2, 0.14, 0.15, 0.2], width,
                       alerts=[i for i, a in enumerate(m.carried_forward) if a.overdue])
    return [*flow, _splittable(table)]


def _carried_row(tr: Translator, a: CarriedAction) -> list[Cell]:
    due = tr.date(a.due_date)
    if a.overdue:
        due = "\n".join((due, tr("OVERDUE")))
    return [a.text, f"{a.meeting}\n{tr.date(a.meeting_date)}", a.owner, due,
            _task(tr, a.task, a.task_status)]


def _splittable(table: Table) -> Table:
    """Long action texts split inside their row instead of failing the layout."""
    table.splitInRow = 1
    return table


def _escape(text: str) -> str:
    return escape(text)

