"""What the annual evaluation and the progress report to the General Assembly share.

Both print one action plan over a period: an overview written for the reader (the plan's
figures, progress per area, what is not known), then per action area the objective, key
outcomes, ongoing activities and specific tasks with the narrative of their updates in the
period, the IBOR assessments and publications of the period, the key events, and the
plan's own text (its preface and the areas' descriptions) as Annex A.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak, Spacer

from iali_desktop.services.association import DEFAULT_NAME
from iali_desktop.services.reporting import Figures, PeriodReport

from .document import DocInfo, Headings, Progress, ReportDocument, contents, start_body
from .i18n import Translator
from .period_sections import annex_a, events, ibor, overview_text, progress_table, publications
from .plan_sections import Ctx, chart, narrative_area
from .styles import styles
from .tables import Cell, data_table, facts, gap, para


def render_period(report: PeriodReport, out: Path, tr: Translator, title: str, subject: str,
                  page_size: str, progress: Progress | None, demo: bool,
                  association: str = DEFAULT_NAME) -> Path:
    info = DocInfo(title=title, subject=subject, as_of=report.as_of, page_size=page_size,
                   header=tr("period.range", start=report.start.isoformat(),
                             end=report.end.isoformat()), demo=demo,
                   association=association)
    doc = ReportDocument(out, info, tr, progress)
    ctx = Ctx(tr, doc.width, Headings())
    body = [*_overview(ctx, report), *_areas(ctx, report), *ibor(ctx, report),
            *publications(ctx, report), *events(ctx, report), *annex_a(ctx, report)]
    doc.render([*_cover(ctx, report, title, demo), *start_body(),
                *contents(doc, ctx.h, body), *body])
    return out


def _cover(ctx: Ctx, report: PeriodReport, title: str, demo: bool) -> list[Flowable]:
    tr = ctx.tr
    st = styles()
    pairs = [(tr("period.plan"), f"{report.plan.title} ({report.plan.period})"),
             (tr("period.covered"), tr("period.range", start=tr.date(report.start),
                                        end=tr.date(report.end))),
             (tr("cover.prepared_by"), report.prepared_by)]
    if report.read_on is not None:
        pairs += [(tr("cover.situation"), tr.date(report.as_of)),
                  (tr("cover.read_on"), tr.date(report.read_on))]
    else:
        pairs.append((tr("cover.as_of"), tr.date(report.as_of)))
    flow: list[Flowable] = [
        Spacer(1, 50), para(title, st.title), para(report.plan.title, st.subtitle),
        facts(pairs, ctx.width)]
    if report.read_on is not None:
        flow += [Spacer(1, 12), para(tr("period.past_note", date=tr.date(report.as_of)),
                                     st.muted)]
    if demo:
        flow += [Spacer(1, 24), para(tr("cover.demo"), st.muted)]
    return flow


def _overview(ctx: Ctx, report: PeriodReport) -> list[Flowable]:
    tr = ctx.tr
    flow: list[Flowable] = [ctx.h(tr("period.overview"), 0), *overview_text(ctx, report),
                            gap(4), *progress_table(ctx, report.plan), gap(8)]
    if report.plan.tasks:
        flow += [chart(ctx, report.plan), gap(10)]
    flow += [*ctx.h.section(tr("period.figures"), 1), _figures(ctx, report), gap(6)]
    if report.figures.engagements_by_region:
        flow.append(data_table(
            [tr("fig.by_region"), tr("fig.value")],
            [[tr.region(region) if region else tr("no_region"), str(n)]
             for region, n in report.figures.engagements_by_region.items()],
            [0.8, 0.2], ctx.width, plain=(1,), right=(1,)))
    return flow


def _figures(ctx: Ctx, report: PeriodReport) -> Flowable:
    tr = ctx.tr
    f: Figures = report.figures
    day = tr.date(report.as_of)

    def listing(group: str, counts: dict[str, int]) -> str:
        return "; ".join(tr.labelled(tr.choice(group, k) if k != "unknown"
                                     else tr("status.unknown"), str(n))
                         for k, n in sorted(counts.items()))

    rows: list[list[Cell]] = [
        [tr("fig.tasks"), str(sum(f.tasks_by_status.values())),
         listing("task_status", f.tasks_by_status)],
        [tr("fig.engagements"), str(f.engagements), ""],
        [tr("fig.events"), str(sum(f.events_by_kind.values())),
         listing("event_kind", f.events_by_kind)],
        [tr("fig.members_on", date=day), str(sum(f.members_by_status.values())),
         listing("member_status", f.members_by_status)],
        [tr("fig.dues"), f"{f.dues_paid} / {f.dues_raised}", ""],
        [tr("fig.requests"), str(f.requests_received),
         listing("ec_decision", f.requests_by_decision)],
        [tr("fig.experts_on", date=day), str(f.experts_listed), ""],
        [tr("fig.agreements"), str(f.agreements_signed), ""],
        [tr("fig.ibor"), str(f.ibor_assessments), ""],
        [tr("fig.publications"), str(f.publications), ""],
    ]
    return data_table([tr("fig.measure"), tr("fig.value"), ""], rows, [0.36, 0.12, 0.52],
                      ctx.width, plain=(1,), right=(1,), pad_after=(1,))


def _areas(ctx: Ctx, report: PeriodReport) -> list[Flowable]:
    flow: list[Flowable] = [PageBreak(), ctx.h(ctx.tr("period.areas"), 0)]
    if report.plan.areas_assigned:
        flow.append(para(ctx.tr("plan.areas_assigned"), styles().muted))
    if not report.plan.areas:
        flow.append(para(ctx.tr("plan.no_areas"), styles().none))
    for area in report.plan.areas:
        flow += narrative_area(ctx, area)
    return flow
