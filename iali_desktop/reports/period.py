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
                   header=tr("{start} to {end}", start=report.start.isoformat(),
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
    pairs = [(tr("Action plan"), f"{report.plan.title} ({report.plan.period})"),
             (tr("Period covered"), tr("{start} to {end}", start=tr.date(report.start),
                                        end=tr.date(report.end))),
             (tr("Prepared by"), report.prepared_by)]
    if report.read_on is not None:
        pairs += [(tr("Situation on"), tr.date(report.as_of)),
                  (tr("Data read on"), tr.date(report.read_on))]
    else:
        pairs.append((tr("Data as of"), tr.date(report.as_of)))
    flow: list[Flowable] = [
        Spacer(1, 50), para(title, st.title), para(report.plan.title, st.subtitle),
        facts(pairs, ctx.width)]
    if report.read_on is not None:
        flow += [Spacer(1, 12), para(tr("The period is over: task statuses, overdue tasks and "
                                        "figures are shown as they stood on {date}, as far as the "
                                        "recorded updates and dates show; updates made later are "
                                        "left out.", date=tr.date(report.as_of)),
                                     st.muted)]
    if demo:
        flow += [Spacer(1, 24), para(tr("Includes the fictional demo dataset."), st.muted)]
    return flow


def _overview(ctx: Ctx, report: PeriodReport) -> list[Flowable]:
    tr = ctx.tr
    flow: list[Flowable] = [ctx.h(tr("Overview"), 0), *overview_text(ctx, report),
                            gap(4), *progress_table(ctx, report.plan), gap(8)]
    if report.plan.tasks:
        flow += [chart(ctx, report.plan), gap(10)]
    flow += [*ctx.h.section(tr("Figures"), 1), _figures(ctx, report), gap(6)]
    if report.figures.engagements_by_region:
        flow.append(data_table(
            [tr("Engagements by region"), tr("Value")],
            [[tr.region(region) if region else tr("No region"), str(n)]
             for region, n in report.figures.engagements_by_region.items()],
            [0.8, 0.2], ctx.width, plain=(1,), right=(1,)))
    return flow


def _figures(ctx: Ctx, report: PeriodReport) -> Flowable:
    tr = ctx.tr
    f: Figures = report.figures
    day = tr.date(report.as_of)

    def listing(group: str, counts: dict[str, int]) -> str:
        return "; ".join(tr.labelled(tr.choice(group, k) if k != "unknown"
                                     else tr("No status recorded"), str(n))
                         for k, n in sorted(counts.items()))

    rows: list[list[Cell]] = [
        [tr("Tasks in the plan"), str(sum(f.tasks_by_status.values())),
         listing("task_status", f.tasks_by_status)],
        [tr("Engagements logged"), str(f.engagements), ""],
        [tr("Events"), str(sum(f.events_by_kind.values())),
         listing("event_kind", f.events_by_kind)],
        [tr("Members on {date}", date=day), str(sum(f.members_by_status.values())),
         listing("member_status", f.members_by_status)],
        [tr("Dues paid (of dues raised)"), f"{f.dues_paid} / {f.dues_raised}", ""],
        [tr("Assistance requests received"), str(f.requests_received),
         listing("ec_decision", f.requests_by_decision)],
        [tr("Experts listed on {date}", date=day), str(f.experts_listed), ""],
        [tr("Agreements signed"), str(f.agreements_signed), ""],
        [tr("IBOR assessments under way or completed"), str(f.ibor_assessments), ""],
        [tr("Publications"), str(f.publications), ""],
    ]
    return data_table([tr("Measure"), tr("Value"), ""], rows, [0.36, 0.12, 0.52],
                      ctx.width, plain=(1,), right=(1,), pad_after=(1,))


def _areas(ctx: Ctx, report: PeriodReport) -> list[Flowable]:
    flow: list[Flowable] = [PageBreak(), ctx.h(ctx.tr("Action areas"), 0)]
    if report.plan.areas_assigned:
        flow.append(para(ctx.tr("The plan lists its ongoing activities and specific tasks without "
                                "action areas: the areas they are grouped under in this report "
                                "were assigned when the plan was entered in IALI Desktop."),
                         styles().muted))
    if not report.plan.areas:
        flow.append(para(ctx.tr("This plan has no action areas yet."), styles().none))
    for area in report.plan.areas:
        flow += narrative_area(ctx, area)
    return flow
