"""Settings: renaming the replica goes through the service; backups are made and listed."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from iali_desktop.gui.context import AppContext
from iali_desktop.gui.i18n import Translators
from iali_desktop.gui.preferences import Preferences
from iali_desktop.gui.settings_dialog import SettingsDialog


def test_shows_identity_and_renames_the_replica(shell_ctx: AppContext, prefs: Preferences,
                                                translators: Translators,
                                                qtbot: QtBot) -> None:
    dialog = SettingsDialog(shell_ctx, prefs, translators)
    qtbot.addWidget(dialog)
    identity = shell_ctx.ws.identity()
    assert dialog.fingerprint.text() == identity.fingerprint
    assert dialog.folder.text() == str(shell_ctx.ws.path.parent)
    dialog.copy_fingerprint()
    dialog.name.setText("  Ana's   laptop ")
    dialog.accept()
    assert shell_ctx.ws.identity().name == "Ana's laptop"


def test_an_empty_name_is_refused_and_kept_open(shell_ctx: AppContext, prefs: Preferences,
                                                translators: Translators, qtbot: QtBot,
                                                monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr("iali_desktop.gui.settings_dialog.show_error",
                        lambda _parent, exc: shown.append(str(exc)))
    dialog = SettingsDialog(shell_ctx, prefs, translators)
    qtbot.addWidget(dialog)
    before = shell_ctx.ws.identity().name
    dialog.name.setText("   ")
    dialog.accept()
    assert shown and "name" in shown[0]
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert shell_ctx.ws.identity().name == before


def test_back_up_now_adds_a_backup_to_the_list(shell_ctx: AppContext, prefs: Preferences,
                                               translators: Translators, qtbot: QtBot) -> None:
    dialog = SettingsDialog(shell_ctx, prefs, translators)
    qtbot.addWidget(dialog)
    before = list(shell_ctx.ws.backups_dir.glob("*.iali-backup.db"))
    op = dialog.back_up_now()
    qtbot.waitUntil(lambda: not op.running, timeout=10000)
    after = list(shell_ctx.ws.backups_dir.glob("*.iali-backup.db"))
    assert len(after) == len(before) + 1
    assert any("manual" in dialog.backups.item(i).text()
               for i in range(dialog.backups.count()))
    assert dialog.backup_button.isEnabled()


def test_the_number_and_size_of_the_backups_are_shown(shell_ctx: AppContext,
                                                      prefs: Preferences,
                                                      translators: Translators,
                                                      qtbot: QtBot) -> None:
    dialog = SettingsDialog(shell_ctx, prefs, translators)
    qtbot.addWidget(dialog)
    assert dialog.backup_usage.text().startswith("0 file")
    for _ in range(2):
        op = dialog.back_up_now()
        qtbot.waitUntil(lambda op=op: not op.running, timeout=10000)  # type: ignore[misc]
    files = list(shell_ctx.ws.backups_dir.glob("*.iali-backup.db"))
    size = sum(p.stat().st_size for p in files)
    assert dialog.backup_usage.text() == \
        f"2 files, {QLocale().formattedDataSize(size)}"


def test_language_choice_is_saved_and_applied(shell_ctx: AppContext, prefs: Preferences,
                                              translators: Translators, qtbot: QtBot) -> None:
    dialog = SettingsDialog(shell_ctx, prefs, translators)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.accept()
    assert Preferences(prefs.path).language == "es"
    assert translators.language == "es"


def test_backups_holding_erased_data_are_flagged_and_deleted_from_settings(
        shell_ctx: AppContext, prefs: Preferences, translators: Translators,
        qtbot: QtBot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from iali_desktop.services import backups, erasure

    row = shell_ctx.records.create("person", {"name": "Ifeoma Nwosu",
                                              "email": "ifeoma@example.org"})
    old = backups.back_up(shell_ctx.ws, "manual")
    erasure.erase(shell_ctx.ws, "person", row)
    kept = backups.back_up(shell_ctx.ws, "manual")
    dialog = SettingsDialog(shell_ctx, prefs, translators)
    qtbot.addWidget(dialog)
    texts = [dialog.backups.item(i).text() for i in range(dialog.backups.count())]
    assert sum("may still hold erased personal data" in t for t in texts) == 1
    assert dialog.purge_button.isEnabled()

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer_yes)
            return
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(20, answer_yes)
    dialog.purge_button.click()
    assert not old.exists() and kept.exists()
    assert not dialog.purge_button.isEnabled()
    assert not any("erased" in dialog.backups.item(i).text()
                   for i in range(dialog.backups.count()))


def test_the_file_size_limits_are_raised_in_settings_and_used_by_imports(
        shell_ctx: AppContext, prefs: Preferences, translators: Translators,
        qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    from iali_desktop.services import sync_limits
    from iali_desktop.services.sync import SyncService

    dialog = SettingsDialog(shell_ctx, prefs, translators)
    qtbot.addWidget(dialog)
    assert dialog.max_file_size.value() == 500
    dialog.max_file_size.selectAll()
    qtbot.keyClicks(dialog.max_file_size, "3000")
    qtbot.keyClick(dialog.max_file_size, Qt.Key.Key_Tab)
    dialog.accept()
    assert sync_limits.load(shell_ctx.ws).max_file_size == 3000 * 10**6
    assert SyncService(shell_ctx.ws).limits.max_file_size == 3000 * 10**6


def test_association_name_and_logo_are_saved_for_printed_documents(
        shell_ctx: AppContext, prefs: Preferences, translators: Translators, qtbot: QtBot,
        tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pytest
    from PySide6.QtGui import QImage

    from iali_desktop.domain.errors import ValidationError
    from iali_desktop.services.association import DEFAULT_NAME, load_association

    dialog = SettingsDialog(shell_ctx, prefs, translators)
    qtbot.addWidget(dialog)
    box = dialog.association
    assert box.name.text() == DEFAULT_NAME and box.preview.text() == "No logo"
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(0x1D4E89)
    logo = tmp_path / "logo.png"
    assert image.save(str(logo))
    not_an_image = tmp_path / "logo.txt"
    not_an_image.write_text("hello")
    with pytest.raises(ValidationError, match="not a PNG or JPEG image"):
        box.use_logo_file(not_an_image)
    box.use_logo_file(logo)
    assert not box.preview.pixmap().isNull()
    box.name.setText("Association of  Labour Inspectors")
    dialog.accept()
    saved = load_association(shell_ctx.ws)
    assert saved.name == "Association of Labour Inspectors"
    assert saved.logo == logo.read_bytes()
