"""Where calendar files go: one object per window, shared by the File menu's dialog and
the event pages, so both remember the same folder and open files the same way.

The folder starts at Documents (never the database's folder) and then follows the last
file saved. The opener is injected, so tests write real files without launching a
calendar program.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from iali_desktop.gui.context import AppContext
from iali_desktop.gui.file_dialogs import start_folder
from iali_desktop.gui.preferences import Preferences

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
Opener = Callable[[Path], None]
SUFFIX = ".ics"


def open_in_calendar(path: Path) -> None:
    """Hand a written .ics file to the system's calendar program (it offers to import)."""
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        log.warning("no calendar program opened %s", path)


def file_name(title: str) -> str:
    """A file name from an event's or a calendar's title: "EC meeting, Lisbon.ics"."""
    clean = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip(" .") or "calendar"
    return clean[:80] + SUFFIX


def with_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)


class CalendarFiles(QObject):
    """The remembered folder, the save-as dialog and the opener for calendar files."""

    def __init__(self, ctx: AppContext, prefs: Preferences | None = None,
                 opener: Opener = open_in_calendar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.prefs = prefs
        self.opener = opener
        self._folder: Path | None = None

    def folder(self) -> Path:
        """The last calendar file's folder if it still exists, else Documents, else home;
        never the database's own folder (see file_dialogs.py)."""
        return start_folder(self._folder, self.prefs.calendar_folder if self.prefs else None,
                            db_path=self.ctx.ws.path)

    def remember(self, path: Path) -> None:
        self._folder = path.parent
        if self.prefs is not None:
            self.prefs.calendar_folder = path.parent

    def ask(self, parent: QWidget, title: str, suggested: str,
            chosen: Callable[[Path], object]) -> QFileDialog:
        """A window-modal "save as" dialog in the remembered folder; `chosen` gets the
        file (with .ics) once the user accepts. Returned so callers and tests can drive it.
        """
        dialog = QFileDialog(parent, title, str(self.folder() / suggested),
                             translate("CalendarFiles", "Calendar files (*.ics)"))
        dialog.setObjectName("calendar_file_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix(SUFFIX.lstrip("."))
        dialog.selectFile(suggested)
        dialog.fileSelected.connect(lambda name: chosen(with_suffix(Path(name))))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog
