"""The conflicts review in a French window names the record type, the field, this
database and a deletion in French: the service's labels follow the active language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from iali_desktop.gui.context import AppContext
from iali_desktop.gui.i18n import Translators
from iali_desktop.gui.sync.conflicts_page import ConflictsPage
from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace


def test_the_conflicts_page_names_record_field_and_authors_in_french(
        qtbot: QtBot, pair: tuple[Workspace, Workspace], translators: Translators,
        conflicting_edit: Callable[..., tuple[str, Path]], tmp_path: Path) -> None:
    ana, jean = pair
    _person, bundle = conflicting_edit(ana, jean, tmp_path, "email", "s.r@ana.example",
                                       "s.r@jean.example")
    SyncService(jean).import_bundle(bundle, trust=True)
    translators.apply("fr")
    page = ConflictsPage(AppContext.create(jean))
    qtbot.addWidget(page)
    page.show()
    top = page.tree.topLevelItem(0)
    assert top is not None
    assert top.text(0) == "Personne : Sofía Ramírez"  # French puts a space before the colon
    field = top.child(0)
    assert field is not None and field.text(0) == "Courriel"
    authors = [value.replica_name for value in page.service.conflicts()[0].fields[0].values]
    assert "Jean, Africa (cette base de données)" in authors
