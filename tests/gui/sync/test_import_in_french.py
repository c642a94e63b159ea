"""The import dialog in a French window: the refusal reads in French and an encrypted
bundle still opens the passphrase field (the dialog recognises the refusal in any
language)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from iali_desktop.gui.context import AppContext
from iali_desktop.gui.i18n import Translators
from iali_desktop.gui.sync.import_dialog import ImportDialog
from iali_desktop.services.records import RecordService
from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace


def test_a_french_import_dialog_asks_for_the_passphrase_in_french(
        qtbot: QtBot, pair: tuple[Workspace, Workspace], translators: Translators,
        tmp_path: Path) -> None:
    ana, jean = pair
    RecordService(ana).create("person", {"name": "Layla Haddad"})
    bundle = tmp_path / "secret.ialibundle"
    SyncService(ana).export_bundle(bundle, full=True, passphrase="correct horse")
    translators.apply("fr")
    dialog = ImportDialog(AppContext.create(jean), bundle)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.op is not None and not dialog.op.running, timeout=10000)
    assert "ce lot est chiffré : donnez sa phrase secrète" in dialog.status.text()
    assert not dialog.passphrase_box.isHidden()
    dialog.passphrase.setText("correct horse")
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    assert dialog.report is not None and dialog.report.encrypted
