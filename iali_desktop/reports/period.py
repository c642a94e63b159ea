"""What the annual evaluation and the progress report to the General Assembly share.

Both print one action plan over a period: an overview with figures and the status chart,
then per action area the objective, key outcomes, ongoing activities and specific tasks
with the narrative of their updates in the period, then the key events.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak, Spacer

from iali_desktop.services.reporting import Figures, PeriodReport

from .document import DocInfo, Headings, Progress, ReportDocument, contents, start_body
from .i18n import Translator
from .meeting_papers import events_table
from .plan_sections import Ctx, chart, narrative_area
from .styles import styles
from .tables import Cell, data_table, facts, gap, none_line, para


def render_period(report: PeriodReport, out: Path, tr: Translator, title: str, subject: str,
                  page_size: str, progress: Progress | None, demo: bool) -> Path:
    info = DocInfo(title=title, subject=subject, as_of=report.as_of, page_size=page_size,
                   header=tr("period.range", start=report.start.isoformat(),
                             end=report.end.isoformat()), demo=demo)
    doc = ReportDocument(out, info, tr, progress)
    ctx = Ctx(tr, doc.width, Headings())
    doc.render([*_cover(ctx, report, title, demo), *start_body(), *contents(doc, ctx.h),
                *_overview(ctx, report), *_areas(ctx, report), *_events(ctx, report)])
    return out


def _cover(ctx: Ctx, report: PeriodReport, title: str, demo: bool) -> list[Flowable]:
    tr = ctx.tr
    st = styles()
    flow: list[Flowable] = [
        Spacer(1, 50), para(title, st.title), para(report.plan.title, st.subtitle),
        facts([(tr("period.plan"), f"{report.plan.title} ({report.plan.period})"),
               (tr("period.covered"), tr("period.range", start=tr.date(report.start),
                                          end=tr.date(report.end))),
               (tr("cover.prepared_by"), report.prepared_by),
               (tr("cover.as_of"), tr.date(report.as_of))], ctx.width)]
    if demo:
        flow += [Spacer(1, 24), para(tr("cover.demo"), st.muted)]
    return flow


def _overview(ctx: Ctx, report: PeriodReport) -> list[Flowable]:
    tr = ctx.tr
    flow: list[Flowable] = [ctx.h(tr("period.overview"), 0)]
    if report.plan_summary:
        flow.append(para(report.plan_summary))
    tasks = [t for a in report.plan.areas for t in a.tasks]
    flow.append(para(tr("plan.summary", tasks=len(tasks), areas=len(report.plan.areas),
                        overdue=len(report.plan.overdue))))
    flow += [gap(4), chart(ctx, report.plan), gap(10),
             *ctx.h.section(tr("period.figures"), 1), _figures(ctx, report.figures), gap(6)]
    if report.figures.engagements_by_region:
        flow.append(data_table(
            [tr("fig.by_region"), tr("fig.value")],
            [[region or tr("no_region"), str(n)]
             for region, n in report.figures.engagements_by_region.items()],
            [0.8, 0.2], ctx.width, plain=(1,), right=(1,)))
    return flow


def _figures(ctx: Ctx, f: Figures) -> Flowable:
    tr = ctx.tr

    def listing(group: str, counts: dict[str, int]) -> str:
        return "; ".join(tr.labelled(tr.choice(group, k), str(n))
                         for k, n in sorted(counts.items()))

    rows: list[list[Cell]] = [
        [tr("fig.tasks"), str(sum(f.tasks_by_status.values())),
         listing("task_status", f.tasks_by_status)],
        [tr("fig.engagements"), str(f.engagements), ""],
        [tr("fig.events"), str(sum(f.events_by_kind.values())),
         listing("event_kind", f.events_by_kind)],
        [tr("fig.members"), str(sum(f.members_by_status.values())),
         listing("member_status", f.members_by_status)],
        [tr("fig.dues"), f"{f.dues_paid} / {f.dues_raised}", ""],
        [tr("fig.requests"), str(f.requests_received),
         listing("ec_decision", f.requests_by_decision)],
        [tr("fig.experts"), str(f.experts_listed), ""],
        [tr("fig.agreements"), str(f.agreements_signed), ""],
    ]
    return data_table([tr("fig.measure"), tr("fig.value"), ""], rows, [0.36, 0.12, 0.52],
                      ctx.width, plain=(1,), right=(1,), pad_after=(1,))


def _areas(ctx: Ctx, report: PeriodReport) -> list[Flowable]:
    flow: list[Flowable] = [PageBreak(), ctx.h(ctx.tr("period.areas"), 0)]
    for area in report.plan.areas:
        flow += narrative_area(ctx, area)
    return flow


def _events(ctx: Ctx, report: PeriodReport) -> list[Flowable]:
    tr = ctx.tr
    flow: list[Flowable] = [PageBreak(), ctx.h(tr("period.events"), 0)]
    if not report.key_events:
        return [*flow, none_line(tr("period.events_none"))]
    return [*flow, events_table(ctx, report.key_events, with_status=True)]
