"""Directories: organisations and contacts by region and sphere; experts by skill."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, PageBreak, Spacer

from iali_desktop.domain.collation import sort_key
from iali_desktop.services.association import load_association
from iali_desktop.services.reporting import (
    Directory,
    SkillGroup,
    directory,
    expert_directory,
)
from iali_desktop.services.reporting.directory import ContactLine, OrganisationEntry
from iali_desktop.services.workspace import Workspace

from .document import DocInfo, Headings, Progress, ReportDocument, contents, options, start_body
from .plan_sections import Ctx
from .styles import styles
from .tables import Cell, data_table, facts, gap, none_line, para, paragraph


def build_directory(ws: Workspace, out: Path, experts: bool = False, lang: str = "en",
                    page_size: str = "A4", progress: Progress | None = None,
                    as_of: dt.date | None = None) -> Path:
    """Print the directory of organisations and contacts, or with `experts` the directory
    of experts by skill category, to `out`; returns the path written."""
    tr = options(lang, page_size)
    day = as_of or dt.date.today()
    if progress:
        progress(0, 100, tr("Reading the data"))
    data = directory(ws, day)
    title = tr("Directory of experts") if experts else tr("Directory of organisations and contacts")
    subject = tr("Listed experts by skill category") if experts else tr("Organisations and "
                                                                        "contacts by region and "
                                                                        "sphere of influence")
    demo = ws.identity().demo
    doc = ReportDocument(out, DocInfo(title=title, subject=subject, as_of=day,
                                      page_size=page_size, demo=demo,
                                      association=load_association(ws).name), tr, progress)
    ctx = Ctx(tr, doc.width, Headings())
    if experts:
        groups = expert_directory(ws)
        listed = len({e.name for g in groups for e in g.experts})
        counts = tr("{experts} experts in {categories} skill categories.", experts=listed,
                    categories=len([g for g in groups if g.category]))
        body = _experts(ctx, groups, listed)
    else:
        counts = tr("{orgs} organisations and {people} people.",
                    orgs=data.organisations, people=data.people)
        body = _organisations(ctx, data)
    doc.render([*_cover(ctx, data, title, subject, counts, demo), *start_body(),
                *contents(doc, ctx.h, body), *body])
    return out


def _cover(ctx: Ctx, data: Directory, title: str, subject: str, counts: str, demo: bool
           ) -> list[Flowable]:
    tr = ctx.tr
    st = styles()
    flow: list[Flowable] = [
        Spacer(1, 50), para(title, st.title), para(subject, st.subtitle),
        facts([(tr("Prepared by"), data.prepared_by),
               (tr("Data as of"), tr.date(data.as_of)),
               (tr("Entries"), counts)], ctx.width)]
    if demo:
        flow += [Spacer(1, 24), para(tr("Includes the fictional demo dataset."), st.muted)]
    return flow


def _organisations(ctx: Ctx, data: Directory) -> list[Flowable]:
    tr = ctx.tr
    if data.empty:
        return [none_line(tr("No organisation or person is recorded yet."))]
    flow: list[Flowable] = []
    regions = sorted(data.regions, key=lambda g: (not g.region, sort_key(tr.region(g.region))))
    for i, group in enumerate(regions):  # in the order of their names in this language
        if i:
            flow.append(PageBreak())
        flow.append(ctx.h(tr.region(group.region) if group.region
                          else tr("International and without region"), 0))
        for sphere in group.spheres:
            label = tr.choice("sphere", sphere.sphere) or tr("Sphere not recorded")
            flow += ctx.h.section(label, 1, room=120)
            flow.append(data_table(
                [tr("Organisation"), tr("Country"), tr("Contacts")],
                [[_organisation(ctx, o), o.country, _contacts(ctx, o.contacts)]
                 for o in sphere.organisations], [0.4, 0.13, 0.47], ctx.width))
    if not data.individuals:
        return [*flow, gap(8), none_line(tr("Every person recorded belongs to an organisation."))]
    flow += [PageBreak(), ctx.h(tr("People without an organisation"), 0)]
    flow.append(data_table(
        [tr("Name"), tr("Roles"), tr("Email"), tr("Phone"),
         tr("Languages")],
        [[c.name, tr.choices("person_role", c.roles), c.email, c.phone, ", ".join(c.languages)]
         for c in data.individuals], [0.24, 0.26, 0.26, 0.12, 0.12], ctx.width))
    return flow


def _organisation(ctx: Ctx, o: OrganisationEntry) -> Cell:
    name = f"<b>{escape(o.name)}</b>" + (f" ({escape(o.acronym)})" if o.acronym else "")
    lines = [name, f"<i>{escape(ctx.tr.choice('organisation_kind', o.kind))}</i>"]
    if o.website:
        lines.append(escape(o.website))
    return paragraph("<br/>".join(lines), styles().cell)


def _contacts(ctx: Ctx, contacts: tuple[ContactLine, ...]) -> Cell:
    if not contacts:
        return "—"
    parts = []
    for c in contacts:
        details = [escape(x) for x in (ctx.tr.choices("person_role", c.roles), c.email, c.phone)
                   if x]
        parts.append(f"<b>{escape(c.name)}</b>" + (f" · {' · '.join(details)}" if details
                                                     else ""))
    return paragraph("<br/>".join(parts), styles().cell)


def _experts(ctx: Ctx, groups: tuple[SkillGroup, ...], listed: int) -> list[Flowable]:
    tr = ctx.tr
    if not groups:
        return [none_line(tr("No expert is listed yet."))]
    note = " ".join((tr("Listed experts only; an expert appears under each of their skills."),
                     tr.ngettext("{n} listed expert.", "{n} listed experts.", listed)))
    flow: list[Flowable] = [para(note)]
    for group in groups:
        flow += ctx.h.section(tr.term(group.category) if group.category
                              else tr("No skill category recorded"), 0, room=140)
        flow.append(data_table(
            [tr("Expert"), tr("Organisation"), tr("Languages"), tr("Regions"),
             tr("Availability")],
            [[_two_lines(e.name, e.email, bold=True),
              _two_lines(e.organisation, e.country), ", ".join(e.languages),
              ", ".join(tr.region(r) for r in e.regions),
              tr.choice("availability", e.availability)]
             for e in group.experts], [0.29, 0.27, 0.11, 0.17, 0.16], ctx.width))
    return flow


def _two_lines(first: str, second: str, *, bold: bool = False) -> Cell:
    head = f"<b>{escape(first)}</b>" if bold else escape(first)
    return paragraph(head + (f"<br/>{escape(second)}" if second else ""), styles().cell)
