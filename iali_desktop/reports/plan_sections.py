"""Action-plan pages shared by the meeting pack and the period reports."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable, KeepTogether

from iali_desktop.domain.translation import N_
from iali_desktop.services.reporting import AreaStatus, PlanStatus, TaskLine

from .charts import status_chart
from .document import Headings
from .i18n import Translator
from .styles import styles
from .tables import Cell, b, data_table, gap, none_line, para, rich


@dataclass
class Ctx:
    """What every section builder needs: the language, the frame width, the headings."""

    tr: Translator
    width: float
    h: Headings


def chart(ctx: Ctx, plan: PlanStatus) -> Flowable:
    areas = [(f"{a.number}. {a.role_name}", a.status_counts) for a in plan.areas]
    return status_chart(areas, ctx.tr, ctx.width, ctx.tr("Tasks by status per action area"))


def status_label(ctx: Ctx, task: TaskLine) -> str:
    """The task's status, or "No status recorded" (never a guessed "Not started")."""
    return ctx.tr.choice("task_status", task.status) if task.status \
        else ctx.tr("No status recorded")


def progress_line(ctx: Ctx, area: AreaStatus) -> str:
    """An area's average progress, saying how many tasks have no status and are left out."""
    tr = ctx.tr
    if area.progress is None:
        return tr("No task in this area has a status recorded, so no average progress can be "
                  "given.") if area.tasks else ""
    if area.unknown:
        return tr("Average progress {progress}% over {known} tasks; {n} with no status recorded "
                  "are left out.", progress=area.progress,
                  known=len(area.tasks) - area.unknown, n=area.unknown)
    return tr("Average progress {progress}%.", progress=area.progress)


def status_cell(ctx: Ctx, task: TaskLine) -> Cell:
    label = status_label(ctx, task)
    if task.progress is not None and task.status not in ("", "done", "not_started"):
        label = f"{label} ({task.progress}%)"
    if task.overdue:
        overdue = ctx.tr("OVERDUE")
        return rich(f"{_esc(label)}<br/><b>{_esc(overdue)}</b>", styles().alert)
    return label


def task_table(ctx: Ctx, tasks: tuple[TaskLine, ...]) -> Flowable:
    """Each task with owner, status, due date and its latest update; overdue rows shaded."""
    tr = ctx.tr
    rows: list[list[Cell]] = []
    for t in tasks:
        latest = t.latest
        update = tr.labelled(latest.date, latest.text) + (
            f" ({latest.author})" if latest.author else "") if latest else ""
        rows.append([t.ref, t.title, t.owner, status_cell(ctx, t), t.due_date or "", update])
    return data_table(
        [tr("Ref."), tr("Task"), tr("Owner"), tr("Status"), tr("Due"),
         tr("Latest update")], rows, [0.055, 0.315, 0.13, 0.125, 0.11, 0.265], ctx.width,
        plain=(0, 4), alerts=[i for i, t in enumerate(tasks) if t.overdue])


def plan_status_paper(ctx: Ctx, plan: PlanStatus | None) -> list[Flowable]:
    """The meeting pack's action plan paper: summary, chart, overdue list, each area."""
    tr = ctx.tr
    if plan is None:
        return [none_line(tr("No action plan covers the date of this meeting."))]
    tasks = plan.tasks
    out: list[Flowable] = [
        rich(b(tr("{title} ({period})", title=plan.title, period=plan.period))),
        para(tr("{tasks} tasks in {areas} action areas; {overdue} overdue.",
                tasks=len(tasks), areas=len(plan.areas),
                overdue=len(plan.overdue))),
        gap(4), chart(ctx, plan), gap(8)]
    if plan.overdue:
        area_of = {t.ref + t.title: a.number for a in plan.areas for t in a.tasks}
        out.extend(ctx.h.section(tr("Overdue tasks"), 1))
        out.append(data_table(
            [tr("Area"), tr("Ref."), tr("Task"), tr("Owner"), tr("Due")],
            [[str(area_of.get(t.ref + t.title, "")), t.ref, t.title, t.owner, t.due_date or ""]
             for t in plan.overdue], [0.1, 0.07, 0.49, 0.2, 0.14], ctx.width, plain=(0, 1, 4),
            alerts=range(len(plan.overdue))))
    for area in plan.areas:
        out.extend(_area_status(ctx, area))
    return out


def _area_status(ctx: Ctx, area: AreaStatus) -> list[Flowable]:
    tr = ctx.tr
    head: list[Flowable] = ctx.h.section(tr("Action area {n}: {name}",
                                            n=area.number, name=area.role_name))
    if area.objective:
        head.append(rich(tr.labelled(b(tr("Objective")), _esc(area.objective))))
    if area.tasks:
        head.append(para(progress_line(ctx, area), styles().muted))
    if not area.tasks:
        return [*head, none_line(tr("No tasks in this action area."))]
    return [*head, gap(2), task_table(ctx, area.tasks), gap(6)]


def narrative_area(ctx: Ctx, area: AreaStatus) -> list[Flowable]:
    """A period report's area: objective, outcomes, then each task with its updates."""
    tr = ctx.tr
    st = styles()
    out: list[Flowable] = ctx.h.section(tr("Action area {n}: {name}",
                                           n=area.number, name=area.role_name))
    if area.objective:
        out.append(rich(tr.labelled(b(tr("Objective")), _esc(area.objective))))
    if area.tasks:
        out.append(para(progress_line(ctx, area), st.muted))
    out.extend(ctx.h.section(tr("Key outcomes"), 2, in_toc=False))
    if area.outcomes:
        out.append(data_table(
            ["#", tr("Key outcomes"), tr("Status")],
            [[str(o.number or ""), o.text, tr.choice("outcome_status", o.status) or "—"]
             for o in area.outcomes], [0.06, 0.74, 0.2], ctx.width, plain=(0,)))
    else:
        out.append(none_line(tr("No key outcomes recorded.")))
    if not area.tasks:
        return [*out, none_line(tr("No tasks in this action area."))]
    for key, tasks in ((N_("Ongoing activities"), area.ongoing),
                       (N_("Specific tasks"), area.specific)):
        if tasks:  # a kind the area has none of gets no heading over a "None."
            out.extend(ctx.h.section(tr(key), 2, in_toc=False))
        for t in tasks:
            out.extend(_narrative_task(ctx, t))
    return out


def _narrative_task(ctx: Ctx, t: TaskLine) -> list[Flowable]:
    tr = ctx.tr
    st = styles()
    status = status_label(ctx, t)
    if t.status and t.progress is not None:
        line = tr("{status}, {progress}% · owner {owner} · due {due}",
                  status=status, progress=t.progress, owner=t.owner or "—",
                  due=t.due_date or "—")
    else:  # a progress that is not recorded is not 0%
        line = tr("{status} · owner {owner} · due {due}", status=status, owner=t.owner or "—",
                  due=t.due_date or "—")
    if t.overdue:
        line += " · " + tr("OVERDUE")
    head = [rich(f"<b>{_esc(t.ref)}</b> {_esc(t.title)}", st.body),
            para(line, st.alert if t.overdue else st.muted)]
    body: list[Flowable] = []
    if t.updates:
        for u in reversed(t.updates):  # oldest first reads as a narrative
            who = f" ({_esc(u.author)})" if u.author else ""
            body.append(rich(tr.labelled(f"<i>{_esc(u.date)}</i>{who}", _esc(u.text)),
                             st.update))
    else:
        body.append(para(tr("No progress update recorded in the period."), st.update))
    return [KeepTogether([*head, *body[:2]]), *body[2:], gap(5)]


def _esc(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text)
