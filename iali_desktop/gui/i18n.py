"""Loading the interface language: our translations plus Qt's own (dialog buttons etc.).

English is the source language and needs no file. "system" picks French or Spanish when
the system locale asks for them. The chosen locale also becomes `QLocale`'s default, so
dates and numbers follow the language the user reads.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from iali_desktop.domain import translation
from iali_desktop.domain.resource_files import resource

log = logging.getLogger(__name__)

SHIPPED = ("en", "fr", "es")


def resolve(language: str | None) -> str:
    """The two-letter language to use for a preference ("system", "fr", None ...)."""
    if language in SHIPPED:
        return language
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in SHIPPED:
            return code
    return "en"


class Translators:
    """Installs and swaps the translators of one application."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def remove(self) -> None:
        """Uninstall this object's translators (the application shows source English)."""
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed.clear()

    def apply(self, language: str | None) -> str:
        """Switch to `language` (live: widgets retranslate on LanguageChange)."""
        code = resolve(language)
        self.remove()
        system = QLocale.system()
        # Keep the system's country conventions when its language is the one shown.
        same = system.language() != QLocale.Language.C and (
            system.name().split("_")[0] == code or (code == "en" and language not in SHIPPED))
        locale = system if same else QLocale(code)
        QLocale.setDefault(locale)
        # English is the source; its file only holds plural forms ("1 task", "2 tasks").
        ours = QTranslator(self.app)
        folder = str(resource("translations"))
        if ours.load(f"iali_desktop_{code}", folder):
            self.app.installTranslator(ours)
            self._installed.append(ours)
        else:
            log.warning("no translation file for %s in %s", code, folder)
        if code != "en":
            qt = QTranslator(self.app)
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(QLocale(code), "qtbase", "_", qt_folder):
                self.app.installTranslator(qt)
                self._installed.append(qt)
        self.language = code
        translation.set_language(code)  # the sentences services and reports write
        # Deliver the LanguageChange events now, so every window reads the new language
        # as soon as this returns (Qt would otherwise post them to the next event loop).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return code
