"""Regions, organisations, people, representatives, the engagement log and the MOU register."""

from __future__ import annotations

from typing import Any

from iali_desktop.domain import choices as c
from iali_desktop.store import base as f
from iali_desktop.store.base import Mapped, RecordMeta, Replicated


class Region(Replicated):
    __tablename__ = "region"
    record = RecordMeta("Region", "Regions", ("name",), ("name",), "partners")

    name: Mapped[str | None] = f.text("Name", required=True)
    code: Mapped[str | None] = f.text("Code")
    description: Mapped[str | None] = f.longtext("Description")


class Organisation(Replicated):
    __tablename__ = "organisation"
    record = RecordMeta("Organisation", "Organisations", ("name",), ("name",), "partners")

    name: Mapped[str | None] = f.text("Name", required=True)
    acronym: Mapped[str | None] = f.text("Acronym")
    kind: Mapped[str | None] = f.choice("Kind", c.OrganisationKind, required=True)
    iali_established: Mapped[bool | None] = f.boolean("Established by IALI")
    region: Mapped[str | None] = f.ref("Region", "region")
    country: Mapped[str | None] = f.text("Country")
    website: Mapped[str | None] = f.url("Website")
    sphere: Mapped[str | None] = f.choice("Sphere of influence", c.Sphere)
    notes: Mapped[str | None] = f.longtext("Notes")


class Person(Replicated):
    __tablename__ = "person"
    record = RecordMeta("Person", "People", ("name",), ("name",), "partners")

    name: Mapped[str | None] = f.text("Name", required=True, personal=True)
    organisation: Mapped[str | None] = f.ref("Organisation", "organisation")
    email: Mapped[str | None] = f.email("Email", personal=True)
    phone: Mapped[str | None] = f.text("Phone", search=False, personal=True)
    country: Mapped[str | None] = f.text("Country")
    languages: Mapped[list[Any] | None] = f.strings("Languages")
    roles: Mapped[list[Any] | None] = f.choices("Roles", c.PersonRole)
    notes: Mapped[str | None] = f.longtext("Notes", personal=True)


class RepresentativeAssignment(Replicated):
    __tablename__ = "representative_assignment"
    record = RecordMeta("Representative assignment", "Representative assignments",
                        ("person", "region"), ("-start_date",), "partners")

    person: Mapped[str | None] = f.ref("Representative", "person", required=True)
    region: Mapped[str | None] = f.ref("Region", "region")
    alliance: Mapped[str | None] = f.ref("Alliance", "organisation")
    start_date: Mapped[str | None] = f.date("From")
    end_date: Mapped[str | None] = f.date("To")
    notes: Mapped[str | None] = f.longtext("Notes")


class Engagement(Replicated):
    __tablename__ = "engagement"
    record = RecordMeta("Engagement", "Engagements", ("date", "summary"), ("-date",),
                        "partners")

    date: Mapped[str | None] = f.date("Date", required=True)
    kind: Mapped[str | None] = f.choice("Kind", c.EngagementKind, required=True)
    organisations: Mapped[list[Any] | None] = f.refs("Organisations", "organisation")
    people: Mapped[list[Any] | None] = f.refs("People", "person")
    summary: Mapped[str | None] = f.text("Summary", required=True)
    follow_up: Mapped[str | None] = f.longtext("Follow-up")
    follow_up_due: Mapped[str | None] = f.date("Follow-up due")
    task: Mapped[str | None] = f.ref("Task", "task", table=False)
    event: Mapped[str | None] = f.ref("Event", "event", table=False)
    region: Mapped[str | None] = f.ref("Region", "region")


class Agreement(Replicated):
    __tablename__ = "agreement"
    record = RecordMeta("Agreement", "Agreements (MOU register)", ("title",), ("review_on",),
                        "partners")

    title: Mapped[str | None] = f.text("Title", required=True)
    parties: Mapped[list[Any] | None] = f.refs("Parties", "organisation")
    kind: Mapped[str | None] = f.choice("Kind", c.AgreementKind, required=True)
    status: Mapped[str | None] = f.choice("Status", c.AgreementStatus, required=True)
    signed_on: Mapped[str | None] = f.date("Signed on")
    review_on: Mapped[str | None] = f.date("Review due")
    expires_on: Mapped[str | None] = f.date("Expires on")
    document_ref: Mapped[str | None] = f.text("Document reference")
    notes: Mapped[str | None] = f.longtext("Notes")
