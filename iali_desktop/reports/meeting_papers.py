"""The sections the meeting pack writes from the records, by AgendaPaper value."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from iali_desktop.domain.choices import AgendaPaper as Paper
from iali_desktop.services.reporting import EngagementLine, EventLine, MeetingPack

from .plan_sections import Ctx, plan_status_paper
from .styles import styles
from .tables import Cell, b, data_table, gap, none_line, para, rich


def decisions_paper(ctx: Ctx, pack: MeetingPack) -> list[Flowable]:
    tr = ctx.tr
    if not pack.decisions_needed:
        return [none_line(tr("No assistance requests are awaiting a decision."))]
    out: list[Flowable] = []
    for r in pack.decisions_needed:
        received = tr.ngettext("Received {date} ({n} day ago)", "Received {date} ({n} days ago)",
                               r.age_days, date=r.received) \
            if r.received and r.age_days is not None else tr("Date received not recorded")
        head: list[Flowable] = [
            *ctx.h.section(r.subject),
            rich(tr.labelled(b(tr("Requester")), f"{_e(r.requester)} · {_e(received)}"))]
        if r.description:
            head.append(para(r.description, styles().muted))
        out.extend(head)
        if r.criteria:
            out.append(data_table(
                [tr("Criterion"), tr("Met"), tr("Score"), tr("Note")],
                [[tr.term(c.name), tr.yes_no(c.met),
                  "" if c.score is None else f"{c.score} / 5", c.note]
                 for c in r.criteria], [0.46, 0.1, 0.1, 0.34], ctx.width, plain=(1, 2)))
            out.append(gap(3))
            out.append(para(tr("Criteria met: {met} of {total}; total score {score} of {max}.",
                               met=r.met_count, total=len(r.criteria),
                               score=r.score, max=5 * len(r.criteria))))
        out.append(rich(b(tr("Decision: approve / decline / defer"))))
        out.append(gap(10))
    return out


def _engagements(ctx: Ctx, rows: tuple[EngagementLine, ...]) -> Flowable:
    tr = ctx.tr
    return data_table(
        [tr("Date"), tr("Kind"), tr("Organisations"), tr("People"),
         tr("Summary")],
        [[e.date, tr.choice("engagement_kind", e.kind), "; ".join(e.organisations),
          ", ".join(e.people), e.summary + (f"\n→ {e.follow_up}" if e.follow_up else "")]
         for e in rows], [0.12, 0.11, 0.27, 0.17, 0.33], ctx.width, plain=(0,))


def events_table(ctx: Ctx, rows: tuple[EventLine, ...], *, with_status: bool) -> Flowable:
    tr = ctx.tr
    headers = [tr("Dates"), tr("Event"), tr("Kind"), tr("Place")]
    widths = [0.2, 0.34, 0.22, 0.24]
    if with_status:
        headers += [tr("Status"), tr("IALI role")]
        widths = [0.2, 0.27, 0.16, 0.15, 0.1, 0.12]
    body: list[list[Cell]] = []
    for e in rows:
        row: list[Cell] = [tr.span(e.start, e.end, e.precision), e.name,
                           tr.choice("event_kind", e.kind),
                           e.place or (tr("virtual") if e.virtual else "")]
        if with_status:
            row += [tr.choice("event_status", e.status), tr.choice("iali_role", e.iali_role)]
        body.append(row)
    return data_table(headers, body, widths, ctx.width)


def regions_paper(ctx: Ctx, pack: MeetingPack) -> list[Flowable]:
    tr = ctx.tr
    why = tr("the previous EC meeting") if pack.previous else \
        tr("no earlier EC meeting is recorded")
    out: list[Flowable] = [para(tr("Engagements since {date} ({why}).",
                                   date=tr.date(pack.since), why=why))]
    if not pack.regions:
        return [*out, none_line(tr("None."))]
    for region in pack.regions:
        out.extend(ctx.h.section(tr.region(region.name)))
        reps = ", ".join(region.representatives) or tr("No regional representative assigned.")
        out.append(rich(tr.labelled(b(tr("Regional representatives")), _e(reps))))
        if not (region.alliances or region.engagements or region.upcoming):
            # one line, not three empty parts
            out.append(none_line(tr("No alliances, engagements or upcoming events recorded.")))
            out.append(gap(8))
            continue
        if region.alliances:
            out.extend(ctx.h.section(tr("Regional alliances and their representatives"), 2,
                                     in_toc=False))
            out.append(data_table(
                [tr("Alliance"), tr("Representative")],
                [[a.name, ", ".join(a.representatives)] for a in region.alliances],
                [0.7, 0.3], ctx.width))
        if region.engagements:
            out.extend(ctx.h.section(tr("Engagements since {date}", date=pack.since.isoformat()),
                                     2, in_toc=False))
            out.append(_engagements(ctx, region.engagements))
        if region.upcoming:
            out.extend(ctx.h.section(tr("Upcoming events in the region"), 2, in_toc=False))
            out.append(events_table(ctx, region.upcoming, with_status=False))
        out.append(gap(8))
    return out


def agreements_paper(ctx: Ctx, pack: MeetingPack) -> list[Flowable]:
    tr = ctx.tr
    if not pack.agreements:
        return [none_line(tr("None."))]
    due = [i for i, a in enumerate(pack.agreements) if a.review_due]
    st = styles()
    rows: list[list[Cell]] = []
    for a in pack.agreements:
        review: Cell = a.review_on or ""
        if a.review_due:
            due_mark = tr("REVIEW DUE")
            review = rich(f"{_e(a.review_on or '')}<br/><b>{_e(due_mark)}</b>", st.alert)
        title = f"<b>{_e(a.title)}</b>" + (f"<br/>{_e(a.document_ref)}" if a.document_ref
                                          else "")
        kind = f"{_e(tr.choice('agreement_kind', a.kind))}<br/>" \
               f"<i>{_e(tr.choice('agreement_status', a.status))}</i>"
        rows.append([rich(title, st.cell), "; ".join(a.parties), rich(kind, st.cell),
                     a.signed_on or "", review, a.expires_on or ""])
    return [para(tr.ngettext("{n} agreement is due for review within 60 days or overdue.",
                             "{n} agreements are due for review within 60 days or overdue.",
                             len(due))), data_table(
        [tr("Agreement"), tr("Parties"), " / ".join((tr("Kind"), tr("Status"))),
         tr("Signed"), tr("Review"), tr("Expires")],
        rows, [0.27, 0.22, 0.15, 0.12, 0.12, 0.12], ctx.width, plain=(3, 5), alerts=due)]


def calendar_paper(ctx: Ctx, pack: MeetingPack) -> list[Flowable]:
    tr = ctx.tr
    out: list[Flowable] = [para(tr("Events from {start} to {end}.", start=tr.date(pack.as_of),
                                   end=tr.date(pack.calendar_to)))]
    out.append(events_table(ctx, pack.calendar, with_status=True) if pack.calendar
               else none_line(tr("None.")))
    return out


def membership_paper(ctx: Ctx, pack: MeetingPack) -> list[Flowable]:
    tr = ctx.tr
    m = pack.membership
    if not m.members:
        return [none_line(tr("No members recorded yet."))]
    statuses = ", ".join(f"{n} {tr.choice('member_status', s).lower()}"
                         for s, n in sorted(m.by_status.items()))
    summary = " ".join((
        tr.ngettext("{n} member ({statuses}).", "{n} members ({statuses}).", len(m.members),
                    statuses=statuses),
        tr.ngettext("Dues for {year}: {paid} paid; {n} active member has not paid.",
                    "Dues for {year}: {paid} paid; {n} active members have not paid.", m.unpaid,
                    year=m.year, paid=m.paid)))
    out: list[Flowable] = [para(summary)]
    st = styles()
    rows: list[list[Cell]] = []
    for x in m.members:
        paid: Cell = x.paid_on or ""
        if x.unpaid:
            unpaid = tr("UNPAID")
            paid = rich(f"<b>{_e(unpaid)}</b>", st.alert)
        rows.append([x.organisation, x.country, tr.term(x.category),
                     tr.choice("member_status", x.status),
                     x.dues, paid, x.code_of_integrity_on or "", x.common_principles_on or ""])
    out.append(data_table(
        [tr("Member"), tr("Country"), tr("Category"), tr("Status"),
         tr("Dues {year}",
            year=m.year), tr("Paid on"), tr("Code of Integrity"), tr("Common Principles")],
        rows, [0.2, 0.09, 0.14, 0.09, 0.08, 0.14, 0.13, 0.13], ctx.width, plain=(6, 7),
        alerts=[i for i, x in enumerate(m.members) if x.unpaid]))
    return out


def experts_paper(ctx: Ctx, pack: MeetingPack) -> list[Flowable]:
    tr = ctx.tr
    out: list[Flowable] = [para(tr("Changes to the listing since {date}.",
                                   date=tr.date(pack.since)))]
    if not pack.expert_changes:
        return [*out, none_line(tr("None."))]
    out.append(data_table(
        [tr("Expert"), tr("Listing"), tr("Changed on"), tr("Reason"),
         tr("Skills")],
        [[e.name, tr.choice("listing_status", e.status), e.changed_on or "", e.reason,
          ", ".join(tr.term(s) for s in e.skills)] for e in pack.expert_changes],
        [0.22, 0.12, 0.12, 0.27, 0.27], ctx.width, plain=(2,)))
    return out


def carried_forward_paper(ctx: Ctx, pack: MeetingPack) -> list[Flowable]:
    tr = ctx.tr
    if pack.previous is None:
        return [none_line(tr("No earlier EC meeting is recorded."))]
    out: list[Flowable] = [para(tr("Action items of earlier EC meetings that are still open "
                                   "(neither they nor their tasks in the plan are done)."))]
    if not pack.carried_forward:
        return [*out, none_line(tr("None."))]
    st = styles()
    rows: list[list[Cell]] = []
    for a in pack.carried_forward:
        status: Cell = tr.choice("decision_status", a.status)
        if a.overdue:
            overdue = tr("OVERDUE")
            status = rich(f"{_e(str(status))}<br/><b>{_e(overdue)}</b>", st.alert)
        rows.append([a.text, a.owner, a.due_date or "", status])
    out.append(data_table(
        [tr("Action item"), tr("Owner"), tr("Due"), tr("Status")], rows,
        [0.55, 0.2, 0.12, 0.13], ctx.width, plain=(2,),
        alerts=[i for i, a in enumerate(pack.carried_forward) if a.overdue]))
    return out


PAPER_BUILDERS: dict[str, Callable[[Ctx, MeetingPack], list[Flowable]]] = {
    Paper.PLAN_STATUS: lambda ctx, pack: plan_status_paper(ctx, pack.plan),
    Paper.AWAITING_DECISION: decisions_paper,
    Paper.REGIONAL_REPORTS: regions_paper,
    Paper.MOU_REGISTER: agreements_paper,
    Paper.EVENTS_CALENDAR: calendar_paper,
    Paper.MEMBERS_DUES: membership_paper,
    Paper.EXPERT_LISTING: experts_paper,
    Paper.OPEN_ACTIONS: carried_forward_paper,
}


def _e(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text)
