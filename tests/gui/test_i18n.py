"""Languages: the shipped translations load, switch live, and cover every label."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLocale

from iali_desktop.domain.resource_files import resource
from iali_desktop.gui.formatting import format_date
from iali_desktop.gui.i18n import Translators, resolve
from iali_desktop.gui.label_strings import CHOICE_LABELS, FIELD_LABELS, TYPE_LABELS
from iali_desktop.gui.labels import choice_label, field_label, type_label
from iali_desktop.gui.main_window import MainWindow
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
                                                    translators: Translators) -> None:
    translators.apply("en")
    window.status.refresh()
    assert window.status.conflicts.text() == "0 open conflicts"


def test_every_catalogue_label_is_declared_for_translation() -> None:
    declared_fields = {str(f) for f in FIELD_LABELS}
    declared_choices = set(CHOICE_LABELS)
    for name, rt in record_types().items():
        assert (rt.label, rt.plural) == tuple(str(x) for x in TYPE_LABELS[name])
        for spec in rt.fields:
            assert spec.label in declared_fields, (name, spec.label)
            assert set(spec.choices) <= declared_choices, (name, spec.name)


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
