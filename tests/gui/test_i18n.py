"""Languages: the shipped translations load, switch live, and cover every label."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from iali_desktop.domain.resource_files import resource
from iali_desktop.gui.formatting import format_date
from iali_desktop.gui.i18n import Translators, resolve
from iali_desktop.gui.label_strings import CHOICE_LABELS, FIELD_HELP, FIELD_LABELS, TYPE_LABELS
from iali_desktop.gui.labels import choice_label, field_help, field_label, type_label
from iali_desktop.gui.main_window import MainWindow
from iali_desktop.gui.pages import PAGES
from iali_desktop.gui.type_phrases import (
    ADD,
    DELETE,
    IMPORT,
    NEW,
    REMOVE,
    REORDER,
    SEARCH,
    add_child,
    delete_record,
    new_record,
    search_records,
)
from iali_desktop.services.records import record_types


def test_switching_to_french_shows_french_labels(window: MainWindow,
                                                 translators: Translators) -> None:
    assert window.sidebar.item(0).text() == "Dashboard"
    translators.apply("fr")
    assert window.sidebar.item(0).text() == "Tableau de bord"
    assert window.sidebar.item(3).text() == "Alliances et organisations"
    assert window.edit_menu.title() == "&Édition"
    assert window.undo_action is not None and window.undo_action.text().startswith("Annuler")
    assert type_label("organisation", plural=True) == "Organisations"
    assert type_label("person", plural=True) == "Personnes"
    assert field_label("task", "due_date") == "Échéance"
    assert choice_label("in_progress") == "En cours"
    assert format_date("2026-03-09") == "09/03/2026"
    translators.apply("es")
    assert window.sidebar.item(0).text() == "Panel"
    assert choice_label("in_progress") == "En curso"
    translators.apply("en")
    assert window.sidebar.item(0).text() == "Dashboard"
    assert choice_label("in_progress") == "In progress"


def test_english_plurals_come_from_the_english_file(window: MainWindow,
                                                    translators: Translators,
                                                    qtbot: QtBot) -> None:
    translators.apply("en")
    window.status.refresh()  # counted on a worker thread, shown when it reports
    qtbot.waitUntil(lambda: window.status.conflicts.text() == "0 open conflicts")


def test_every_catalogue_label_is_declared_for_translation() -> None:
    declared_fields = {str(f) for f in FIELD_LABELS}
    declared_help = {str(f) for f in FIELD_HELP}
    declared_choices = set(CHOICE_LABELS)
    for name, rt in record_types().items():
        assert (rt.label, rt.plural) == tuple(str(x) for x in TYPE_LABELS[name])
        for spec in rt.fields:
            assert spec.label in declared_fields, (name, spec.label)
            assert not spec.help or spec.help in declared_help, (name, spec.name)
            assert set(spec.choices) <= declared_choices, (name, spec.name)


def test_every_type_has_its_own_whole_sentences() -> None:
    """New/Delete for every type, Search/Import for every listed type, Add/Remove/Reorder
    for the meeting's child lists: one sentence each, never a verb stitched to a label."""
    types = set(record_types())
    listed = {p.record_type for p in PAGES if p.record_type}
    assert set(NEW) == types and set(DELETE) == types
    assert set(SEARCH) == listed and set(IMPORT) == listed
    assert set(ADD) == set(REMOVE) == set(REORDER) == {"agenda_item", "decision",
                                                        "event_participant"}


def test_french_and_spanish_sentences_agree_with_the_noun(translators: Translators) -> None:
    translators.apply("fr")
    assert [new_record(t) for t in ("task", "agreement", "event", "expert", "member")] == [
        "Nouvelle tâche", "Nouvel accord", "Nouvel événement", "Nouvel expert",
        "Nouveau membre"]
    assert delete_record("organisation") == "Supprimer l'organisation"
    assert search_records("person") == "Rechercher des personnes…"
    assert add_child("agenda_item") == "Ajouter un point à l'ordre du jour"
    assert field_help("event", "start_time").startswith("HH:MM, l'heure")
    translators.apply("es")
    assert [new_record(t) for t in ("task", "agreement", "action_area")] == [
        "Nueva tarea", "Nuevo acuerdo", "Nueva área de acción"]
    assert delete_record("action_area") == "Eliminar el área de acción"


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_shipped_translations_are_complete(lang: str) -> None:
    tree = ET.parse(resource("translations", f"iali_desktop_{lang}.ts"))
    unfinished = [m.findtext("source") for m in tree.iter("message")
                  if m.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
    assert unfinished == []
    assert resource("translations", f"iali_desktop_{lang}.qm").stat().st_size > 10_000


def test_system_language_is_used_when_shipped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("es_CL")))
    assert resolve("system") == "es"
    assert resolve("fr") == "fr"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert resolve("system") == "en"


def test_a_new_ec_meeting_is_headed_as_one(window: MainWindow,
                                           translators: Translators) -> None:
    translators.apply("fr")
    page = window.show_page("ec_meetings")
    page.new_record()  # type: ignore[attr-defined]
    assert page.form.heading.full_text() == "Nouvelle réunion du CE"  # type: ignore[attr-defined]
