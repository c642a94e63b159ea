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
    lines = [tr("This report covers the action plan “{title}” ({period}; {status}) over the period "
                "from {start} to {end}.", title=plan.title, period=plan.period,
                status=tr.choice("plan_status", plan.status) or "—",
                start=tr.date(report.start), end=tr.date(report.end))]
    counts = {k: sum(a.status_counts.get(k, 0) for a in plan.areas) for k in _COUNTED}
    if tasks:
        listed = "; ".join(tr.labelled(_status_label(ctx, k), str(n))
                           for k, n in counts.items() if n)
        lines.append(tr("The plan has {tasks} tasks in {areas} action areas ({listed}).",
                        tasks=len(tasks), areas=len(plan.areas), listed=listed))
    else:
        lines.append(tr("The plan has no tasks yet."))
    known = len(tasks) - plan.unknown
    if tasks and plan.progress is None:
        if plan.status == "closed":
            lines.append(tr("The plan is closed, and none of its {n} tasks has a status recorded "
                            "in this database: this report cannot say how far the plan went, "
                            "which is not to say that nothing was done. The narrative of each "
                            "action area gives the progress updates that were recorded.",
                            n=plan.unknown))
        else:
            lines.append(tr("None of the plan's {n} tasks has a status recorded yet, so no "
                            "average progress can be given.", n=plan.unknown))
    elif plan.progress is not None:
        lines.append(tr("Average progress is {progress}% over the {known} tasks with a status "
                        "recorded (done tasks count as 100%, cancelled ones are left out).",
                        progress=plan.progress, known=known))
        if plan.unknown:
            lines.append(tr("{n} tasks have no status recorded and are left out of the averages.",
                            n=plan.unknown))
    if plan.overdue:
        lines.append(tr("{n} tasks were overdue on {date}.",
                        n=len(plan.overdue), date=tr.date(report.as_of)))
    lines.append(tr("In the period: {events} key events, {engagements} engagements logged, {ibor} "
                    "IBOR assessments and {publications} publications.",
                    events=len(report.key_events),
                    engagements=report.figures.engagements, ibor=len(report.ibor),
                    publications=len(report.publications)))
    flow: list[Flowable] = [para(" ".join(lines[:2]))]
    flow += [para(line) for line in lines[2:]]
    if plan.areas_assigned:
        flow.append(para(tr("The plan lists its ongoing activities and specific tasks without "
                            "action areas: the areas they are grouped under in this report were "
                            "assigned when the plan was entered in IALI Desktop."), styles().muted))
    flow.append(para(tr("The plan's own text (its preface and the description of each action area) "
                        "is printed as Annex A."), styles().muted))
    return flow


def progress_table(ctx: Ctx, plan: PlanStatus) -> list[Flowable]:
    """Progress per action area: tasks by status and the mean over the known ones."""
    tr = ctx.tr
    if not plan.areas:
        return [none_line(tr("This plan has no action areas yet."))]
    rows: list[list[Cell]] = []
    for a in plan.areas:
        rows.append([f"{a.number}. {a.role_name}", str(len(a.tasks)),
                     *(str(a.status_counts.get(k, 0)) for k in _COUNTED),
                     "—" if a.progress is None else f"{a.progress}%"])
    total = plan.progress
    rows.append([tr("All areas"), str(len(plan.tasks)),
                 *(str(sum(a.status_counts.get(k, 0) for a in plan.areas)) for k in _COUNTED),
                 "—" if total is None else f"{total}%"])
    headers = [tr("Area"), tr("Tasks"), *(_status_label(ctx, k) for k in _COUNTED),
               tr("Average progress")]
    numbers = tuple(range(1, 9))
    return [*ctx.h.section(tr("Progress per action area"), 1), data_table(
        headers, rows, [0.3, 0.07, 0.08, 0.09, 0.08, 0.09, 0.09, 0.09, 0.11], ctx.width,
        plain=numbers, right=numbers), gap(2),
        para(tr("Average progress counts done tasks as 100% and leaves out cancelled tasks and "
                "tasks with no status recorded."), styles().muted)]


def _status_label(ctx: Ctx, key: str) -> str:
    return ctx.tr("No status recorded") if key == UNKNOWN else ctx.tr.choice("task_status", key)


def ibor(ctx: Ctx, report: PeriodReport) -> list[Flowable]:
    tr = ctx.tr
    flow: list[Flowable] = [*ctx.h.section(tr("IBOR assessments"), 0)]
    if not report.ibor:
        return [*flow, none_line(
            tr("No IBOR assessment was under way or completed in this period."))]
    return [*flow, data_table(
        [tr("Country"), tr("Inspectorate"), tr("Stage"), tr("Started"),
         tr("Completed"), tr("Assessors")],
        [[a.country, a.inspectorate, tr.term(a.stage), a.started_on or "",
          a.completed_on or "", ", ".join(a.assessors)] for a in report.ibor],
        [0.15, 0.25, 0.15, 0.12, 0.12, 0.21], ctx.width, plain=(3, 4))]


def publications(ctx: Ctx, report: PeriodReport) -> list[Flowable]:
    tr = ctx.tr
    flow: list[Flowable] = [*ctx.h.section(tr("Publications"), 0)]
    if not report.publications:
        return [*flow, none_line(tr("No publication is recorded for this period."))]
    return [*flow, data_table(
        [tr("Year"), tr("Title"), tr("Kind"), tr("Languages")],
        [[str(p.year or ""), p.title + (f"\n{p.link}" if p.link else ""),
          tr.choice("publication_kind", p.kind), ", ".join(p.languages)]
         for p in report.publications], [0.08, 0.6, 0.18, 0.14], ctx.width, plain=(0,))]


def events(ctx: Ctx, report: PeriodReport) -> list[Flowable]:
    tr = ctx.tr
    flow: list[Flowable] = [PageBreak(), ctx.h(tr("Key events"), 0)]
    if not report.key_events:
        return [*flow, none_line(tr("No events are recorded for this period."))]
    rows: list[list[Cell]] = [
        [tr.span(e.start, e.end, e.precision), e.name, tr.choice("event_kind", e.kind),
         e.place or (tr("virtual") if e.virtual else ""), tr.choice("event_status", e.status),
         tr.choice("iali_role", e.iali_role)] for e in report.key_events]
    flow.append(data_table(
        [tr("Dates"), tr("Event"), tr("Kind"), tr("Place"), tr("Status"),
         tr("IALI role")], rows, [0.2, 0.27, 0.16, 0.15, 0.1, 0.12], ctx.width))
    if any(e.precision != "day" for e in report.key_events):
        flow += [gap(2), para(tr("A date given as a year or a month is known only to that "
                                 "precision."), styles().muted)]
    return flow


def annex_a(ctx: Ctx, report: PeriodReport) -> list[Flowable]:
    """The plan's own text: its preface and each area's objective and description."""
    tr = ctx.tr
    plan = report.plan
    flow: list[Flowable] = [PageBreak(), ctx.h(tr("Annex A: the action plan's own text"), 0),
                            para(tr("As written in the plan; progress and figures are in the "
                                    "sections above."), styles().muted)]
    if report.plan_summary:
        flow += [*ctx.h.section(tr("Preface"), 1), para(report.plan_summary)]
    for a in plan.areas:
        flow += ctx.h.section(tr("Action area {n}: {name}", n=a.number, name=a.role_name), 1)
        if a.objective:
            flow.append(rich(tr.labelled(b(tr("Objective")), _esc(a.objective))))
        if a.description:
            flow.append(para(a.description))
        if a.areas_of_engagement:
            flow.append(rich(tr.labelled(b(tr("Areas of engagement for members")),
                                         _esc(a.areas_of_engagement))))
    if not report.plan_summary and not plan.areas:
        flow.append(none_line(tr("The plan has no text of its own recorded.")))
    return flow


def _esc(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text)
