"""The first-run wizard saves the name, role, region and language a new user picks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from iali_desktop.gui.first_run_wizard import FirstRunWizard
from iali_desktop.gui.i18n import Translators
from iali_desktop.gui.preferences import Preferences
from iali_desktop.services.profile import load_profile, needs_first_run
from iali_desktop.services.workspace import Workspace


@pytest.fixture
def workspace(seeded_db: Path) -> Iterator[Workspace]:
    ws = Workspace.open(seeded_db)
    yield ws
    ws.close()


def test_wizard_saves_what_the_user_chose(qtbot: QtBot, translators: Translators,
                                         workspace: Workspace, tmp_path: Path) -> None:
    assert needs_first_run(workspace)
    prefs = Preferences(tmp_path / "prefs.ini")
    wizard = FirstRunWizard(workspace, prefs, translators)
    qtbot.addWidget(wizard)
    assert wizard.fingerprint_label.text() == workspace.identity().fingerprint

    wizard.name_edit.setText("Ana, Americas")
    wizard.role_combo.setCurrentIndex(wizard.role_combo.findData("ec_member"))
    wizard.region_combo.setCurrentIndex(1)
    region_id = wizard.region_combo.currentData()
    wizard.language_combo.setCurrentIndex(wizard.language_combo.findData("es"))
    wizard.accept()
    translators.apply("en")

    assert workspace.identity().name == "Ana, Americas"
    profile = load_profile(workspace)
    assert profile is not None
    assert (profile.role, profile.region) == ("ec_member", region_id)
    assert Preferences(tmp_path / "prefs.ini").language == "es"
    assert not needs_first_run(workspace)


def test_an_empty_name_is_refused_and_nothing_saved(qtbot: QtBot, app: QApplication,
                                                    workspace: Workspace, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("iali_desktop.gui.first_run_wizard.show_error",
                        lambda _parent, exc: shown.append(str(exc)))
    wizard = FirstRunWizard(workspace, Preferences(tmp_path / "p.ini"), Translators(app))
    qtbot.addWidget(wizard)
    wizard.name_edit.setText("   ")
    wizard.accept()
    assert shown and "display name" in shown[0]
    assert needs_first_run(workspace)


def test_a_database_in_a_cloud_folder_is_warned_about_on_the_key_page(
        qtbot: QtBot, app: QApplication, seeded_db: Path, tmp_path: Path) -> None:
    synced = tmp_path / "OneDrive" / "iali.db"
    synced.parent.mkdir()
    synced.write_bytes(seeded_db.read_bytes())
    with Workspace.open(synced) as ws:
        wizard = FirstRunWizard(ws, Preferences(tmp_path / "p.ini"), Translators(app))
        qtbot.addWidget(wizard)
        assert "OneDrive" in wizard.storage_label.text()
        assert "keep it on this computer" in wizard.storage_label.text()


def test_a_local_database_gets_no_storage_warning(qtbot: QtBot, app: QApplication,
                                                  workspace: Workspace, tmp_path: Path) -> None:
    wizard = FirstRunWizard(workspace, Preferences(tmp_path / "p.ini"), Translators(app))
    qtbot.addWidget(wizard)
    texts = [label.text() for label in wizard.findChildren(QLabel)]
    assert texts and not any("⚠" in text or "network drive" in text for text in texts)
