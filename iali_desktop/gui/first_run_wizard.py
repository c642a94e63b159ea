"""The short set-up a new user goes through once: name, role and region, language, key.

Shown when this database has no saved profile yet. Everything it asks can be changed
later in Settings; cancelling keeps the defaults and shows the wizard again next time.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from iali_desktop.domain.choices import PersonRole
from iali_desktop.domain.errors import IaliError
from iali_desktop.services.profile import Profile, load_profile, save_profile
from iali_desktop.services.records import RecordService
from iali_desktop.services.storage import storage_warning
from iali_desktop.services.workspace import Workspace

from .errors import show_error
from .i18n import Translators
from .labels import choice_label
from .preferences import Preferences

LANGUAGE_NAMES = (("system", None), ("en", "English"), ("fr", "Français"), ("es", "Español"))


class FirstRunWizard(QWizard):
    """Four short pages; on Finish the answers are saved through the services."""

    def __init__(self, ws: Workspace, prefs: Preferences, translators: Translators,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.prefs = prefs
        self.translators = translators
        self.setWindowTitle(self.tr("Welcome to IALI Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        identity = ws.identity()

        self.name_edit = QLineEdit(identity.name)
        self.name_edit.setAccessibleName(self.tr("Display name"))
        self.name_edit.setMaxLength(120)
        self.addPage(self._page(
            self.tr("Who you are"),
            self.tr("Colleagues see this name on the changes you send them, for example "
                    "“Ana, Americas”."),
            [(self.tr("&Display name:"), self.name_edit)]))

        self.role_combo = QComboBox()
        self.role_combo.setAccessibleName(self.tr("Role"))
        for role in PersonRole:
            self.role_combo.addItem(choice_label(role.value), role.value)
        self.role_combo.setCurrentIndex(self.role_combo.findData(
            PersonRole.REGIONAL_REPRESENTATIVE.value))
        self.region_combo = QComboBox()
        self.region_combo.setAccessibleName(self.tr("Region"))
        self.region_combo.addItem(self.tr("No particular region"), None)
        for region in RecordService(ws).list("region"):
            self.region_combo.addItem(region["name"] or "", region["id"])
        self.addPage(self._page(
            self.tr("Your role"),
            self.tr("Your role and region put your own work first; change them any time "
                    "in Settings."),
            [(self.tr("&Role:"), self.role_combo), (self.tr("Re&gion:"), self.region_combo)]))

        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name or self.tr("As the system"), code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(
            prefs.language)))
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self.addPage(self._page(
            self.tr("Language"),
            self.tr("IALI Desktop speaks English, French and Spanish."),
            [(self.tr("&Language:"), self.language_combo)]))

        self.addPage(self._key_page(identity.fingerprint))

    def _page(self, title: str, text: str, rows: list[tuple[str, QWidget]]) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(title)
        layout = QVBoxLayout(page)
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        for label, widget in rows:
            form.addRow(label, widget)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _key_page(self, fingerprint: str) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Your key"))
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr(
            "Every bundle you send is signed with this install's key. Read this fingerprint "
            "to colleagues (on a call, or in person) so they can trust your bundles:"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.fingerprint_label = QLabel(fingerprint)
        self.fingerprint_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.fingerprint_label.font()
        font.setFamily("DejaVu Sans Mono")
        font.setStyleHint(font.StyleHint.Monospace)
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.fingerprint_label.setFont(font)
        row.addWidget(self.fingerprint_label, 1)
        copy = QPushButton(self.tr("&Copy"))
        copy.setAutoDefault(False)  # Enter on this page is Finish, not Copy
        copy.setAccessibleName(self.tr("Copy the key fingerprint"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(fingerprint))
        row.addWidget(copy)
        layout.addLayout(row)
        warning = storage_warning(self.ws.path)
        if warning:
            self.storage_label = QLabel("⚠ " + warning)
            self.storage_label.setWordWrap(True)
            layout.addWidget(self.storage_label)
        layout.addStretch(1)
        return page

    def _language_changed(self) -> None:
        self.translators.apply(self.language_combo.currentData())

    def accept(self) -> None:
        try:
            # Loaded here, not with the window: a start without the wizard never renames.
            from iali_desktop.services.setup import rename

            rename(self.ws, self.name_edit.text())
            old = load_profile(self.ws)
            save_profile(self.ws, Profile(role=self.role_combo.currentData(),
                                          region=self.region_combo.currentData(),
                                          person=old.person if old else None))
        except IaliError as exc:
            show_error(self, exc)
            return
        self.prefs.language = self.language_combo.currentData()
        self.prefs.sync()
        super().accept()
