"""The reports' catalogue: every phrase and choice label exists in en, fr and es."""

from __future__ import annotations

import pytest

from iali_desktop.domain import choices
from iali_desktop.domain.errors import ValidationError
from iali_desktop.reports import lang_en, lang_es, lang_fr
from iali_desktop.reports.i18n import Translator

SAME_IN_BOTH = {"plan.title", "col.organisations", "date.month"}  # templates; a shared word

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
}


@pytest.mark.parametrize("module", [lang_fr, lang_es], ids=["fr", "es"])
def test_translations_have_every_phrase_and_placeholder(module: object) -> None:
    phrases: dict[str, str] = module.PHRASES  # type: ignore[attr-defined]
    assert set(phrases) == set(lang_en.PHRASES)
    for key, english in lang_en.PHRASES.items():
        assert sorted(_fields(phrases[key])) == sorted(_fields(english)), key
        if len(english) > 12 and key not in SAME_IN_BOTH:
            assert phrases[key] != english, f"{key} is not translated"


@pytest.mark.parametrize("module", [lang_en, lang_fr, lang_es], ids=["en", "fr", "es"])
def test_every_choice_value_has_a_label(module: object) -> None:
    labels: dict[str, dict[str, str]] = module.CHOICES  # type: ignore[attr-defined]
    for group, values in GROUPS.items():
        wanted = {v.value for v in values}  # type: ignore[attr-defined]
        assert set(labels[group]) == wanted, group
    assert len(module.MONTHS) == 12  # type: ignore[attr-defined]


def test_dates_and_labels_read_naturally() -> None:
    import datetime as dt

    day = dt.date(2026, 8, 1)
    assert Translator("en").date(day) == "1 August 2026"
    assert Translator("fr").date(day) == "1 août 2026"
    assert Translator("es").date(day) == "1 de agosto de 2026"
    assert Translator("fr").choice("task_status", "in_progress") == "En cours"
    assert Translator("es").choice("task_status", None) == ""


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValidationError, match="choose one of en, fr, es"):
        Translator("pt")


def _fields(text: str) -> list[str]:
    import string

    return [name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name]



@pytest.mark.parametrize("module", [lang_fr, lang_es], ids=["fr", "es"])
def test_every_field_label_of_the_catalogue_is_translated(module: object) -> None:
    from iali_desktop.services.records import record_types

    labels = {f.label for rt in record_types().values() for f in rt.fields}
    translated: dict[str, str] = module.FIELD_LABELS  # type: ignore[attr-defined]
    assert labels <= set(translated), sorted(labels - set(translated))
