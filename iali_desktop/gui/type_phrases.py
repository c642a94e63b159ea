"""Whole sentences about records of one type: "New task", "Delete organisation",
"Search people…", one translatable text per type and phrase.

A sentence stitched from a verb and a type label ("New %1") cannot be translated: French
and Spanish agree the adjective and the article with the noun's gender ("Nouvelle tâche",
"Nouvel accord", "Nueva tarea") and elide ("Supprimer l'expert"). Each table lists the
types that have the phrase; `phrase()` falls back to a sentence about "records" for a
type that has none (`tests/gui/test_i18n.py` checks the tables cover every type that
can show each phrase).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "record_phrases"

# QT_TRANSLATE_NOOP returns its text unchanged but is typed `object`, hence `Any`.

# a new record's heading, the New button and menu item, the undo step
NEW: dict[str, Any] = {
    "action_plan": QT_TRANSLATE_NOOP("record_phrases", "New action plan"),
    "action_area": QT_TRANSLATE_NOOP("record_phrases", "New action area"),
    "key_outcome": QT_TRANSLATE_NOOP("record_phrases", "New key outcome"),
    "task": QT_TRANSLATE_NOOP("record_phrases", "New task"),
    "task_update": QT_TRANSLATE_NOOP("record_phrases", "New progress update"),
    "region": QT_TRANSLATE_NOOP("record_phrases", "New region"),
    "organisation": QT_TRANSLATE_NOOP("record_phrases", "New organisation"),
    "person": QT_TRANSLATE_NOOP("record_phrases", "New person"),
    "representative_assignment":
        QT_TRANSLATE_NOOP("record_phrases", "New representative assignment"),
    "engagement": QT_TRANSLATE_NOOP("record_phrases", "New engagement"),
    "agreement": QT_TRANSLATE_NOOP("record_phrases", "New agreement"),
    "event": QT_TRANSLATE_NOOP("record_phrases", "New event"),
    "event_participant": QT_TRANSLATE_NOOP("record_phrases", "New participant"),
    "agenda_item": QT_TRANSLATE_NOOP("record_phrases", "New agenda item"),
    "decision": QT_TRANSLATE_NOOP("record_phrases", "New decision or action item"),
    "member": QT_TRANSLATE_NOOP("record_phrases", "New member"),
    "dues": QT_TRANSLATE_NOOP("record_phrases", "New dues payment"),
    "expert": QT_TRANSLATE_NOOP("record_phrases", "New expert"),
    "assistance_request": QT_TRANSLATE_NOOP("record_phrases", "New assistance request"),
    "criterion_assessment": QT_TRANSLATE_NOOP("record_phrases", "New criterion assessment"),
    "ibor_assessment": QT_TRANSLATE_NOOP("record_phrases", "New IBOR assessment"),
    "publication": QT_TRANSLATE_NOOP("record_phrases", "New publication"),
    "term": QT_TRANSLATE_NOOP("record_phrases", "New list entry"),
    "attachment": QT_TRANSLATE_NOOP("record_phrases", "New attachment"),
}

# the title of the question before a delete
DELETE: dict[str, Any] = {
    "action_plan": QT_TRANSLATE_NOOP("record_phrases", "Delete action plan"),
    "action_area": QT_TRANSLATE_NOOP("record_phrases", "Delete action area"),
    "key_outcome": QT_TRANSLATE_NOOP("record_phrases", "Delete key outcome"),
    "task": QT_TRANSLATE_NOOP("record_phrases", "Delete task"),
    "task_update": QT_TRANSLATE_NOOP("record_phrases", "Delete progress update"),
    "region": QT_TRANSLATE_NOOP("record_phrases", "Delete region"),
    "organisation": QT_TRANSLATE_NOOP("record_phrases", "Delete organisation"),
    "person": QT_TRANSLATE_NOOP("record_phrases", "Delete person"),
    "representative_assignment":
        QT_TRANSLATE_NOOP("record_phrases", "Delete representative assignment"),
    "engagement": QT_TRANSLATE_NOOP("record_phrases", "Delete engagement"),
    "agreement": QT_TRANSLATE_NOOP("record_phrases", "Delete agreement"),
    "event": QT_TRANSLATE_NOOP("record_phrases", "Delete event"),
    "event_participant": QT_TRANSLATE_NOOP("record_phrases", "Delete participant"),
    "agenda_item": QT_TRANSLATE_NOOP("record_phrases", "Delete agenda item"),
    "decision": QT_TRANSLATE_NOOP("record_phrases", "Delete decision or action item"),
    "member": QT_TRANSLATE_NOOP("record_phrases", "Delete member"),
    "dues": QT_TRANSLATE_NOOP("record_phrases", "Delete dues payment"),
    "expert": QT_TRANSLATE_NOOP("record_phrases", "Delete expert"),
    "assistance_request": QT_TRANSLATE_NOOP("record_phrases", "Delete assistance request"),
    "criterion_assessment": QT_TRANSLATE_NOOP("record_phrases", "Delete criterion assessment"),
    "ibor_assessment": QT_TRANSLATE_NOOP("record_phrases", "Delete IBOR assessment"),
    "publication": QT_TRANSLATE_NOOP("record_phrases", "Delete publication"),
    "term": QT_TRANSLATE_NOOP("record_phrases", "Delete list entry"),
    "attachment": QT_TRANSLATE_NOOP("record_phrases", "Delete attachment"),
}

# the placeholder of a list's search field
SEARCH: dict[str, Any] = {
    "task": QT_TRANSLATE_NOOP("record_phrases", "Search tasks…"),
    "organisation": QT_TRANSLATE_NOOP("record_phrases", "Search organisations…"),
    "person": QT_TRANSLATE_NOOP("record_phrases", "Search people…"),
    "engagement": QT_TRANSLATE_NOOP("record_phrases", "Search engagements…"),
    "agreement": QT_TRANSLATE_NOOP("record_phrases", "Search MOU register…"),
    "event": QT_TRANSLATE_NOOP("record_phrases", "Search events…"),
    "member": QT_TRANSLATE_NOOP("record_phrases", "Search members…"),
    "expert": QT_TRANSLATE_NOOP("record_phrases", "Search experts…"),
    "assistance_request": QT_TRANSLATE_NOOP("record_phrases", "Search assistance requests…"),
    "ibor_assessment": QT_TRANSLATE_NOOP("record_phrases", "Search IBOR assessments…"),
    "publication": QT_TRANSLATE_NOOP("record_phrases", "Search publications…"),
    "region": QT_TRANSLATE_NOOP("record_phrases", "Search regions…"),
    "term": QT_TRANSLATE_NOOP("record_phrases", "Search list entries…"),
}

# the spreadsheet import's window title and its undo step
IMPORT: dict[str, Any] = {
    "task": QT_TRANSLATE_NOOP("record_phrases", "Import tasks"),
    "organisation": QT_TRANSLATE_NOOP("record_phrases", "Import organisations"),
    "person": QT_TRANSLATE_NOOP("record_phrases", "Import people"),
    "engagement": QT_TRANSLATE_NOOP("record_phrases", "Import engagements"),
    "agreement": QT_TRANSLATE_NOOP("record_phrases", "Import agreements"),
    "event": QT_TRANSLATE_NOOP("record_phrases", "Import events"),
    "member": QT_TRANSLATE_NOOP("record_phrases", "Import members"),
    "expert": QT_TRANSLATE_NOOP("record_phrases", "Import experts"),
    "assistance_request": QT_TRANSLATE_NOOP("record_phrases", "Import assistance requests"),
    "ibor_assessment": QT_TRANSLATE_NOOP("record_phrases", "Import IBOR assessments"),
    "publication": QT_TRANSLATE_NOOP("record_phrases", "Import publications"),
    "region": QT_TRANSLATE_NOOP("record_phrases", "Import regions"),
    "term": QT_TRANSLATE_NOOP("record_phrases", "Import list entries"),
}

# the button under a meeting's child list
ADD: dict[str, Any] = {
    "agenda_item": QT_TRANSLATE_NOOP("record_phrases", "Add agenda item"),
    "decision": QT_TRANSLATE_NOOP("record_phrases", "Add decision or action item"),
    "event_participant": QT_TRANSLATE_NOOP("record_phrases", "Add participant"),
}

# its undo step
REMOVE: dict[str, Any] = {
    "agenda_item": QT_TRANSLATE_NOOP("record_phrases", "Remove agenda item"),
    "decision": QT_TRANSLATE_NOOP("record_phrases", "Remove decision or action item"),
    "event_participant": QT_TRANSLATE_NOOP("record_phrases", "Remove participant"),
}

# its undo step
REORDER: dict[str, Any] = {
    "agenda_item": QT_TRANSLATE_NOOP("record_phrases", "Reorder agenda items"),
    "decision": QT_TRANSLATE_NOOP("record_phrases", "Reorder decisions and action items"),
    "event_participant": QT_TRANSLATE_NOOP("record_phrases", "Reorder participants"),
}

FALLBACK: dict[str, Any] = {
    "NEW": QT_TRANSLATE_NOOP("record_phrases", "New record"),
    "DELETE": QT_TRANSLATE_NOOP("record_phrases", "Delete record"),
    "SEARCH": QT_TRANSLATE_NOOP("record_phrases", "Search…"),
    "IMPORT": QT_TRANSLATE_NOOP("record_phrases", "Import records"),
    "ADD": QT_TRANSLATE_NOOP("record_phrases", "Add record"),
    "REMOVE": QT_TRANSLATE_NOOP("record_phrases", "Remove record"),
    "REORDER": QT_TRANSLATE_NOOP("record_phrases", "Reorder records"),
}

TABLES: dict[str, dict[str, Any]] = {
    "NEW": NEW, "DELETE": DELETE, "SEARCH": SEARCH, "IMPORT": IMPORT,
    "ADD": ADD, "REMOVE": REMOVE, "REORDER": REORDER,
}


def phrase(kind: str, type_name: str) -> str:
    """The sentence `kind` ("NEW", "DELETE", ...) about `type_name`, translated."""
    english = TABLES[kind].get(type_name, FALLBACK[kind])
    return QCoreApplication.translate(CONTEXT, str(english))


def new_record(type_name: str) -> str:
    """"New task", "Nouvelle tâche", "Nueva tarea"."""
    return phrase("NEW", type_name)


def delete_record(type_name: str) -> str:
    """"Delete task", "Supprimer la tâche"."""
    return phrase("DELETE", type_name)


def search_records(type_name: str) -> str:
    """"Search tasks…", "Rechercher des tâches…"."""
    return phrase("SEARCH", type_name)


def import_records(type_name: str) -> str:
    """"Import tasks", "Importer des tâches"."""
    return phrase("IMPORT", type_name)


def add_child(type_name: str) -> str:
    """"Add agenda item", "Ajouter un point à l'ordre du jour"."""
    return phrase("ADD", type_name)


def remove_child(type_name: str) -> str:
    return phrase("REMOVE", type_name)


def reorder_children(type_name: str) -> str:
    return phrase("REORDER", type_name)
