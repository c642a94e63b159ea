"""Settings: this replica's name and key, the interface language, the association's name
and logo for printed documents, data folder, backups, the sync folder.

The replica name lives in the database (colleagues see it in bundles) and is changed
through `services.setup.rename`; the language is a preference of this person on this
machine and applies at once (every window retranslates on LanguageChange). Backups are
listed from the sync service, with their number and size (`services.backups`), and made
by `services.maintenance`, off the GUI thread.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from iali_desktop.domain.choices import PersonRole
from iali_desktop.domain.errors import IaliError
from iali_desktop.services import backups as backup_files
from iali_desktop.services import maintenance, setup, sync_limits
from iali_desktop.services.profile import Profile, load_profile, save_profile
from iali_desktop.services.sync import SyncService

from .association_box import AssociationBox
from .background import BackgroundOp, Progress
from .context import AppContext
from .errors import show_error
from .formatting import format_moment
from .i18n import Translators
from .icons import icon
from .labels import choice_label
from .preferences import Preferences
from .sync.folder_field import SyncFolderField


class SettingsDialog(QDialog):
    """Edits the replica name and the language; shows the key, data folder and backups."""

    def __init__(self, ctx: AppContext, prefs: Preferences, translators: Translators | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.prefs = prefs
        self.translators = translators
        self.setWindowTitle(self.tr("Settings"))
        identity = ctx.ws.identity()

        self.name = QLineEdit(identity.name, self)
        self.name.setMaxLength(120)
        self.fingerprint = QLineEdit(identity.fingerprint, self)
        self.fingerprint.setReadOnly(True)
        self.fingerprint.setAccessibleName(self.tr("Key fingerprint"))
        copy = QPushButton(self.tr("Copy"), self)
        copy.clicked.connect(self.copy_fingerprint)
        fingerprint_row = QHBoxLayout()
        fingerprint_row.addWidget(self.fingerprint, 1)
        fingerprint_row.addWidget(copy)
        self.language = QComboBox(self)
        for code, text in (("system", self.tr("System default")), ("en", "English"),
                           ("fr", "Français"), ("es", "Español")):
            self.language.addItem(text, code)
        self.language.setCurrentIndex(max(self.language.findData(prefs.language), 0))

        # Role and region: what the first-run wizard asked, changeable here as it says.
        self.profile = load_profile(ctx.ws) or Profile(role=None, region=None)
        self.role = QComboBox(self)
        self.role.addItem("—", None)
        for role in PersonRole:
            self.role.addItem(choice_label(role.value), role.value)
        self.role.setCurrentIndex(max(self.role.findData(self.profile.role), 0))
        self.region = QComboBox(self)
        self.region.addItem(self.tr("No particular region"), None)
        for region in ctx.records.list("region"):
            self.region.addItem(region["name"] or "", region["id"])
        self.region.setCurrentIndex(max(self.region.findData(self.profile.region), 0))

        identity_box = QGroupBox(self.tr("This workspace"), self)
        form = QFormLayout(identity_box)
        form.addRow(self.tr("&Name on your changes:"), self.name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("Re&gion:"), self.region)
        form.addRow(self.tr("Key fingerprint:"), fingerprint_row)
        form.addRow(self.tr("&Language:"), self.language)
        hint = QLabel(self.tr("Colleagues see this name on the changes from this copy; they "
                              "check the fingerprint before trusting them."), self)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        form.addRow(hint)

        self.folder = QLineEdit(str(ctx.ws.path.parent), self)
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(self.tr("Data folder"))
        open_folder = QPushButton(icon("folder"), self.tr("Open"), self)
        open_folder.clicked.connect(lambda: self._open(ctx.ws.path.parent))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(open_folder)
        self.backups = QListWidget(self)
        self.backups.setAccessibleName(self.tr("Backups"))
        self.backup_usage = QLabel(self)
        self.backup_button = QPushButton(icon("backup"), self.tr("&Back up now"), self)
        self.backup_button.clicked.connect(self.back_up_now)
        open_backups = QPushButton(icon("folder"), self.tr("Open backups folder"), self)
        open_backups.clicked.connect(lambda: self._open(ctx.ws.backups_dir))
        self.purge_button = QPushButton(self.tr("Delete backups holding erased data"), self)
        self.purge_button.setToolTip(self.tr("Backups made before a person's data was erased "
                                             "still hold it"))
        self.purge_button.clicked.connect(self.purge_erased)
        backup_buttons = QHBoxLayout()
        backup_buttons.addWidget(self.backup_button)
        backup_buttons.addWidget(open_backups)
        backup_buttons.addStretch()
        purge_row = QHBoxLayout()  # a row of its own: its label is long in French
        purge_row.addWidget(self.purge_button)
        purge_row.addStretch()
        data_box = QGroupBox(self.tr("Data"), self)
        data_form = QFormLayout(data_box)
        data_form.addRow(self.tr("Data folder:"), folder_row)
        data_form.addRow(self.tr("Backups:"), self.backups)
        data_form.addRow("", self.backup_usage)
        data_form.addRow(backup_buttons)
        data_form.addRow(purge_row)
        self.sync_folder = SyncFolderField(ctx.ws, data_box)
        data_form.addRow(self.tr("&Sync folder:"), self.sync_folder)
        data_form.addRow("", self.sync_folder.hint)

        # Attached files in bundles: the largest a bundle may carry, in MB (1000-based,
        # as the sizes the window shows elsewhere).
        limits = sync_limits.load(ctx.ws)
        self.max_file_size = self._megabytes(limits.max_file_size)
        self.max_file_size.setAccessibleName(self.tr("Largest attached file in a bundle"))
        self.max_bundle_size = self._megabytes(limits.max_bundle_size)
        self.max_bundle_size.setAccessibleName(self.tr("Largest bundle"))
        files_box = QGroupBox(self.tr("Attached files in bundles"), self)
        files_form = QFormLayout(files_box)
        files_form.addRow(self.tr("Largest &file:"), self.max_file_size)
        files_form.addRow(self.tr("Largest b&undle:"), self.max_bundle_size)
        files_hint = QLabel(self.tr("Bundles with a larger file are refused on import, and "
                                    "such files are left out of the bundles you write."),
                            self)
        files_hint.setWordWrap(True)
        files_hint.setEnabled(False)
        files_form.addRow(files_hint)
        self.association = AssociationBox(ctx, self)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # The groups scroll, so that the dialog fits a 1024x700 screen and its hints keep
        # the height their wrapped text needs instead of being squeezed to fit.
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(identity_box)
        column.addWidget(self.association)
        column.addWidget(data_box, 1)
        column.addWidget(files_box)
        self.scroll_area = scroll = QScrollArea(self)
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.backup_op: BackgroundOp | None = None
        self.load_backups()
        self.resize(640, 640)

    def _megabytes(self, size: int) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(sync_limits.SMALLEST // 10**6, sync_limits.LARGEST_BUNDLE // 10**6)
        box.setSingleStep(100)
        box.setSuffix(" MB")
        box.setValue(max(1, round(size / 10**6)))
        return box

    def copy_fingerprint(self) -> None:
        QGuiApplication.clipboard().setText(self.fingerprint.text())

    def load_backups(self) -> None:
        self.backups.clear()
        locale = QLocale()
        erased = {h.backup.path for h in backup_files.holding_erased(self.ctx.ws)}
        for backup in SyncService(self.ctx.ws).backups():
            shown = format_moment(backup.created) or backup.path.name
            size = locale.formattedDataSize(backup.size)
            text = f"{shown} · {backup.reason} · {size}"
            if backup.path in erased:
                text += " · " + self.tr("may still hold erased personal data")
            self.backups.addItem(text)
            self.backups.item(self.backups.count() - 1).setToolTip(str(backup.path))
        self.purge_button.setEnabled(bool(erased))
        if self.backups.count() == 0:
            self.backups.addItem(self.tr("No backup yet."))
        usage = backup_files.usage(self.ctx.ws)
        self.backup_usage.setText(self.tr("%n file(s), %1", "", usage.files)
                                  .replace("%1", locale.formattedDataSize(usage.size)))
        self.backup_usage.setToolTip(self.tr("Older backups are thinned out to one a day, "
                                             "one a week and one a month."))

    def purge_erased(self) -> None:
        """Delete the backups that still hold personal data erased since (asked first)."""
        answer = QMessageBox.question(
            self, self.tr("Delete backups"),
            self.tr("Delete every backup that still holds personal data erased since it was "
                    "made? Backups you made yourself are deleted too."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            backup_files.purge_holding_erased(self.ctx.ws)
            self.load_backups()

    def back_up_now(self) -> BackgroundOp:
        """Make a backup on the worker thread; the list refreshes when it is written."""
        self.backup_button.setEnabled(False)
        ws = self.ctx.ws

        def work(_progress: Progress) -> object:
            return maintenance.back_up_now(ws)

        def done(_path: object) -> None:
            self.backup_button.setEnabled(True)
            self.load_backups()

        def failed(message: str) -> None:
            self.backup_button.setEnabled(True)
            show_error(self, IaliError(message))

        op = BackgroundOp(self, work).on_success(done).on_failure(failed)
        op.with_progress(self.tr("Backing up…"))
        self.backup_op = op.run()
        return op

    def accept(self) -> None:
        """Apply the name (through the service), the sync folder and the language, then
        close."""
        try:
            self.sync_folder.apply()
            self._apply_file_limits()
            self.association.apply()
        except IaliError as exc:
            show_error(self, exc)
            return
        name = self.name.text()
        if name.strip() != self.ctx.ws.identity().name:
            try:
                setup.rename(self.ctx.ws, name)
            except IaliError as exc:
                show_error(self, exc)
                return
        profile = dataclasses.replace(self.profile, role=self.role.currentData(),
                                      region=self.region.currentData())
        if profile != self.profile:
            try:
                save_profile(self.ctx.ws, profile)
            except IaliError as exc:
                show_error(self, exc)
                return
        language = str(self.language.currentData())
        if language != self.prefs.language:
            self.prefs.language = language
            self.prefs.sync()
            if self.translators is not None:
                self.translators.apply(language)
        super().accept()

    def _apply_file_limits(self) -> None:
        current = sync_limits.load(self.ctx.ws)
        chosen = sync_limits.FileLimits(self.max_file_size.value() * 10**6,
                                        self.max_bundle_size.value() * 10**6)
        # Unchanged spin boxes keep the exact stored values (not rounded to MB).
        if (round(current.max_file_size / 10**6), round(current.max_bundle_size / 10**6)) \
                != (self.max_file_size.value(), self.max_bundle_size.value()):
            sync_limits.save(self.ctx.ws, chosen)

    def _open(self, folder: object) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

