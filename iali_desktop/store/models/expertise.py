"""Experts, technical assistance requests and their assessment, IBOR, publications, lists."""

from __future__ import annotations

from typing import Any

from iali_desktop.domain import choices as c
from iali_desktop.store import base as f
from iali_desktop.store.base import Mapped, RecordMeta, Replicated


class Term(Replicated):
    """An entry of an editable list: membership categories, skill categories, IBOR stages..."""

    __tablename__ = "term"
    record = RecordMeta("List entry", "List entries", ("name",), ("vocabulary", "sort_order"),
                        "settings")

    vocabulary: Mapped[str | None] = f.choice("List", c.Vocabulary, required=True)
    name: Mapped[str | None] = f.text("Name", required=True)
    description: Mapped[str | None] = f.longtext("Description")
    sort_order: Mapped[int | None] = f.integer("Order")


class Expert(Replicated):
    __tablename__ = "expert"
    record = RecordMeta("Expert", "Experts", ("person",), ("person",), "expertise")

    person: Mapped[str | None] = f.ref("Person", "person", required=True)
    skill_categories: Mapped[list[Any] | None] = f.refs("Skill categories", "term",
                                                      vocabulary="skill_category")
    languages: Mapped[list[Any] | None] = f.strings("Languages")
    regions: Mapped[list[Any] | None] = f.refs("Regions", "region")
    availability: Mapped[str | None] = f.choice("Availability", c.Availability)
    listing_status: Mapped[str | None] = f.choice("Listing", c.ListingStatus, required=True)
    listing_changed_on: Mapped[str | None] = f.date("Listing changed on")
    listing_reason: Mapped[str | None] = f.text("Listing reason")


class AssistanceRequest(Replicated):
    __tablename__ = "assistance_request"
    record = RecordMeta("Assistance request", "Assistance requests", ("subject",),
                        ("-received_on",), "expertise")

    requester: Mapped[str | None] = f.ref("Requester", "organisation", required=True)
    subject: Mapped[str | None] = f.text("Subject", required=True)
    description: Mapped[str | None] = f.longtext("Description")
    received_on: Mapped[str | None] = f.date("Received")
    decided_on: Mapped[str | None] = f.date("Decided")
    responded_on: Mapped[str | None] = f.date("Responded")
    ec_decision: Mapped[str | None] = f.choice("EC decision", c.EcDecision)
    assigned_experts: Mapped[list[Any] | None] = f.refs("Assigned experts", "expert")
    outcome: Mapped[str | None] = f.longtext("Outcome")


class CriterionAssessment(Replicated):
    __tablename__ = "criterion_assessment"
    record = RecordMeta("Criterion assessment", "Criterion assessments",
                        ("criterion", "score"), ("request",), "expertise")

    request: Mapped[str | None] = f.ref("Request", "assistance_request", required=True)
    criterion: Mapped[str | None] = f.ref("Criterion", "term", required=True,
                                        vocabulary="assistance_criterion")
    met: Mapped[bool | None] = f.boolean("Met")
    score: Mapped[int | None] = f.integer("Score (0-5)", minimum=0, maximum=5)
    note: Mapped[str | None] = f.text("Note")


class IborAssessment(Replicated):
    __tablename__ = "ibor_assessment"
    record = RecordMeta("IBOR assessment", "IBOR assessments", ("country",), ("-started_on",),
                        "expertise")

    country: Mapped[str | None] = f.text("Country", required=True)
    inspectorate: Mapped[str | None] = f.ref("Inspectorate", "organisation")
    stage: Mapped[str | None] = f.ref("Stage", "term", vocabulary="ibor_stage")
    started_on: Mapped[str | None] = f.date("Started")
    completed_on: Mapped[str | None] = f.date("Completed")
    assessors: Mapped[list[Any] | None] = f.refs("Assessors", "person")
    notes: Mapped[str | None] = f.longtext("Notes")


class Publication(Replicated):
    __tablename__ = "publication"
    record = RecordMeta("Publication", "Publications", ("title",), ("-year", "title"),
                        "expertise")

    title: Mapped[str | None] = f.text("Title", required=True)
    kind: Mapped[str | None] = f.choice("Kind", c.PublicationKind)
    year: Mapped[int | None] = f.integer("Year", minimum=1900, maximum=2100)
    languages: Mapped[list[Any] | None] = f.strings("Languages")
    link: Mapped[str | None] = f.url("Link")
    description: Mapped[str | None] = f.longtext("Description")
