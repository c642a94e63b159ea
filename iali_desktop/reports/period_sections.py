"""The period reports' own sections: the overview's text and progress table, IBOR
assessments, publications, key events and Annex A (the plan's own text)."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from iali_desktop.services.reporting import UNKNOWN, PeriodReport, PlanStatus

from .plan_sections import Ctx
from .styles import styles
from .tables import Cell, b, data_table, gap, none_line, para, rich

_COUNTED = ("done", "in_progress", "on_hold", "not_started", "cancelled", UNKNOWN)


def overview_text(ctx: Ctx, report: PeriodReport) -> list[Flowable]:
    """What a reader of the General Assembly (or of the annual evaluation) needs first:
    what the report covers, how far the plan went, and what is not known."""
    tr = ctx.tr
    plan = report.plan
    tasks = plan.tasks
    lines = [tr("ov.intro", title=plan.title, period=plan.period,
                status=tr.choice("plan_status", plan.status) or "—",
                start=tr.date(report.start), end=tr.date(report.end))]
    counts = {k: sum(a.status_counts.get(k, 0) for a in plan.areas) for k in _COUNTED}
    if tasks:
        listed = "; ".join(tr.labelled(_status_label(ctx, k), str(n))
                           for k, n in counts.items() if n)
        lines.append(tr("ov.tasks", tasks=len(tasks), areas=len(plan.areas), listed=listed))
    else:
        lines.append(tr("ov.no_tasks"))
    known = len(tasks) - plan.unknown
    if tasks and plan.progress is None:
        lines.append(tr("ov.no_status_closed" if plan.status == "closed" else "ov.no_status",
                        n=plan.unknown))
    elif plan.progress is not None:
        lines.append(tr("ov.progress", progress=plan.progress, known=known))
        if plan.unknown:
            lines.append(tr("ov.unknown", n=plan.unknown))
    if plan.overdue:
        lines.append(tr("ov.overdue", n=len(plan.overdue), date=tr.date(report.as_of)))
    lines.append(tr("ov.activity", events=len(report.key_events),
                    engagements=report.figures.engagements, ibor=len(report.ibor),
                    publications=len(report.publications)))
    flow: list[Flowable] = [para(" ".join(lines[:2]))]
    flow += [para(line) for line in lines[2:]]
    if plan.areas_assigned:
        flow.append(para(tr("plan.areas_assigned"), styles().muted))
    flow.append(para(tr("ov.annex"), styles().muted))
    return flow


def progress_table(ctx: Ctx, plan: PlanStatus) -> list[Flowable]:
    """Progress per action area: tasks by status and the mean over the known ones."""
    tr = ctx.tr
    if not plan.areas:
        return [none_line(tr("plan.no_areas"))]
    rows: list[list[Cell]] = []
    for a in plan.areas:
        rows.append([f"{a.number}. {a.role_name}", str(len(a.tasks)),
                     *(str(a.status_counts.get(k, 0)) for k in _COUNTED),
                     "—" if a.progress is None else f"{a.progress}%"])
    total = plan.progress
    rows.append([tr("ov.all_areas"), str(len(plan.tasks)),
                 *(str(sum(a.status_counts.get(k, 0) for a in plan.areas)) for k in _COUNTED),
                 "—" if total is None else f"{total}%"])
    headers = [tr("col.area"), tr("ov.col_tasks"), *(_status_label(ctx, k) for k in _COUNTED),
               tr("ov.col_progress")]
    numbers = tuple(range(1, 9))
    return [*ctx.h.section(tr("ov.by_area"), 1), data_table(
        headers, rows, [0.3, 0.07, 0.08, 0.09, 0.08, 0.09, 0.09, 0.09, 0.11], ctx.width,
        plain=numbers, right=numbers), gap(2),
        para(tr("ov.progress_note"), styles().muted)]


def _status_label(ctx: Ctx, key: str) -> str:
    return ctx.tr("status.unknown") if key == UNKNOWN else ctx.tr.choice("task_status", key)


def ibor(ctx: Ctx, report: PeriodReport) -> list[Flowable]:
    tr = ctx.tr
    flow: list[Flowable] = [*ctx.h.section(tr("period.ibor"), 0)]
    if not report.ibor:
        return [*flow, none_line(tr("period.ibor_none"))]
    return [*flow, data_table(
        [tr("col.country"), tr("col.inspectorate"), tr("col.stage"), tr("col.started"),
         tr("col.completed"), tr("col.assessors")],
        [[a.country, a.inspectorate, tr.term(a.stage), a.started_on or "",
          a.completed_on or "", ", ".join(a.assessors)] for a in report.ibor],
        [0.15, 0.25, 0.15, 0.12, 0.12, 0.21], ctx.width, plain=(3, 4))]


def publications(ctx: Ctx, report: PeriodReport) -> list[Flowable]:
    tr = ctx.tr
    flow: list[Flowable] = [*ctx.h.section(tr("period.publications"), 0)]
    if not report.publications:
        return [*flow, none_line(tr("period.publications_none"))]
    return [*flow, data_table(
        [tr("col.year"), tr("col.title"), tr("col.kind"), tr("col.languages")],
        [[str(p.year or ""), p.title + (f"\n{p.link}" if p.link else ""),
          tr.choice("publication_kind", p.kind), ", ".join(p.languages)]
         for p in report.publications], [0.08, 0.6, 0.18, 0.14], ctx.width, plain=(0,))]


def events(ctx: Ctx, report: PeriodReport) -> list[Flowable]:
    tr = ctx.tr
    flow: list[Flowable] = [PageBreak(), ctx.h(tr("period.events"), 0)]
    if not report.key_events:
        return [*flow, none_line(tr("period.events_none"))]
    rows: list[list[Cell]] = [
        [tr.span(e.start, e.end, e.precision), e.name, tr.choice("event_kind", e.kind),
         e.place or (tr("virtual") if e.virtual else ""), tr.choice("event_status", e.status),
         tr.choice("iali_role", e.iali_role)] for e in report.key_events]
    flow.append(data_table(
        [tr("col.dates"), tr("col.event"), tr("col.kind"), tr("col.place"), tr("col.status"),
         tr("col.iali_role")], rows, [0.2, 0.27, 0.16, 0.15, 0.1, 0.12], ctx.width))
    if any(e.precision != "day" for e in report.key_events):
        flow += [gap(2), para(tr("period.partial_dates"), styles().muted)]
    return flow


def annex_a(ctx: Ctx, report: PeriodReport) -> list[Flowable]:
    """The plan's own text: its preface and each area's objective and description."""
    tr = ctx.tr
    plan = report.plan
    flow: list[Flowable] = [PageBreak(), ctx.h(tr("annex.title"), 0),
                            para(tr("annex.note"), styles().muted)]
    if report.plan_summary:
        flow += [*ctx.h.section(tr("annex.preface"), 1), para(report.plan_summary)]
    for a in plan.areas:
        flow += ctx.h.section(tr("area.heading", n=a.number, name=a.role_name), 1)
        if a.objective:
            flow.append(rich(tr.labelled(b(tr("area.objective")), _esc(a.objective))))
        if a.description:
            flow.append(para(a.description))
        if a.areas_of_engagement:
            flow.append(rich(tr.labelled(b(tr("annex.engagement")),
                                         _esc(a.areas_of_engagement))))
    if not report.plan_summary and not plan.areas:
        flow.append(none_line(tr("annex.none")))
    return flow


def _esc(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text)
