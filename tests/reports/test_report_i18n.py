"""The reports' words: every choice value has an English label with its French and Spanish
translation in the catalogs, and dates, choices and field labels read naturally."""

from __future__ import annotations

import datetime as dt

import pytest

from iali_desktop.domain import choices, translation
from iali_desktop.domain.choice_labels import CHOICE_LABELS
from iali_desktop.domain.errors import ValidationError
from iali_desktop.reports.i18n import Translator

GROUPS = {
    "task_status": choices.TaskStatus, "outcome_status": choices.OutcomeStatus,
    "event_kind": choices.EventKind, "event_status": choices.EventStatus,
    "iali_role": choices.IaliRole, "engagement_kind": choices.EngagementKind,
    "agreement_kind": choices.AgreementKind, "agreement_status": choices.AgreementStatus,
    "member_status": choices.MemberStatus, "listing_status": choices.ListingStatus,
    "availability": choices.Availability, "sphere": choices.Sphere,
    "organisation_kind": choices.OrganisationKind, "person_role": choices.PersonRole,
    "decision_status": choices.DecisionStatus, "ec_decision": choices.EcDecision,
    "participant_role": choices.ParticipantRole, "attendance": choices.Attendance,
    "minutes_status": choices.MinutesStatus, "decision_kind": choices.DecisionKind,
    "plan_status": choices.PlanStatus, "publication_kind": choices.PublicationKind,
}


def _held(lang: str, context: str, message: str) -> bool:
    """Whether the compiled catalog of `lang` translates `message` in `context`."""
    return f"{context}\x04{message}" in translation.catalog(lang)._catalog  # type: ignore[attr-defined]


def test_every_choice_value_has_an_english_label() -> None:
    for group, values in GROUPS.items():
        assert set(CHOICE_LABELS[group]) == {v.value for v in values}, group


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_every_choice_label_and_month_is_in_the_catalog(lang: str) -> None:
    for group, labels in CHOICE_LABELS.items():
        for label in labels.values():
            assert _held(lang, group, label), (group, label)
    for month in ("January", "May", "December"):
        assert _held(lang, translation.MONTH, month)


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_every_field_label_of_the_catalogue_is_translated(lang: str) -> None:
    from iali_desktop.services.records import record_types

    labels = {f.label for rt in record_types().values() for f in rt.fields}
    assert {label for label in labels if not _held(lang, translation.FIELD, label)} == set()


def test_dates_and_labels_read_naturally() -> None:
    day = dt.date(2026, 8, 1)
    assert Translator("en").date(day) == "1 August 2026"
    assert Translator("fr").date(day) == "1 août 2026"
    assert Translator("es").date(day) == "1 de agosto de 2026"
    assert Translator("fr").choice("task_status", "in_progress") == "En cours"
    assert Translator("fr").choice("task_status", "done") == "Terminée"
    assert Translator("fr").choice("decision_status", "done") == "Réalisée"
    assert Translator("es").choice("task_status", None) == ""
    assert Translator("fr").labelled(Translator("fr").field("Due date"), "x") == "Échéance : x"
    assert Translator("fr").region("Africa") == "Afrique"
    assert Translator("es").term("Self-assessment") == "Autoevaluación"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValidationError, match="choose one of en, fr, es"):
        Translator("pt")
