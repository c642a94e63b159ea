"""Where attached files go outside the database: the private folder of copies opened in
the system's viewer, the file dialogs for adding and saving, and the opener.

A file opened for viewing is a copy written under the user's cache folder (readable by
this user alone), one folder per attachment, under the attachment's own name, so the
viewer shows a sensible title; the database is never handed to another program. The
opener is injected, so tests write real copies without launching a viewer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from iali_desktop.gui.context import AppContext
from iali_desktop.gui.file_dialogs import start_folder

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
Opener = Callable[[Path], bool]  # True when a program took the file

ADD_DIALOG = "attachment_add_dialog"
SAVE_DIALOG = "attachment_save_dialog"


def open_in_viewer(path: Path) -> bool:
    """Hand a file to the program the system opens its type with."""
    opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    if not opened:
        log.warning("no program opened an attachment's copy")
    return bool(opened)


def viewing_copy(attachment_id: str, name: str) -> Path:
    """Where the copy of an attachment opened for viewing is written (folder created)."""
    cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    base = Path(cache) if cache else Path.home() / ".cache" / "iali-desktop"
    folder = base / "opened-attachments" / attachment_id
    folder.mkdir(parents=True, exist_ok=True)
    for level in (base / "opened-attachments", folder):
        level.chmod(0o700)  # copies of the association's papers: this user's alone
    return folder / name


class AttachmentDialogs:
    """The add and save-a-copy dialogs, starting in the last folder used (never the
    database's own, see file_dialogs.py). Each is a real, window-modal QFileDialog
    returned to the caller, so tests drive the very dialog a person sees."""

    last_folder: Path | None = None  # shared by every panel of the window's session

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def folder(self) -> Path:
        return start_folder(AttachmentDialogs.last_folder, db_path=self.ctx.ws.path)

    def ask_files(self, parent: QWidget, chosen: Callable[[Sequence[Path]], object]
                  ) -> QFileDialog:
        dialog = QFileDialog(parent, translate("AttachmentsPanel", "Attach files"),
                             str(self.folder()))
        dialog.setObjectName(ADD_DIALOG)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.filesSelected.connect(lambda names: self._chosen_files(names, chosen))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog

    def ask_save(self, parent: QWidget, name: str, chosen: Callable[[Path], object]
                 ) -> QFileDialog:
        dialog = QFileDialog(parent, translate("AttachmentsPanel", "Save a copy"),
                             str(self.folder() / name))
        dialog.setObjectName(SAVE_DIALOG)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.selectFile(name)
        dialog.fileSelected.connect(lambda picked: self._chosen_file(picked, chosen))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog

    @staticmethod
    def _chosen_files(names: Sequence[str], chosen: Callable[[Sequence[Path]], object]) -> None:
        paths = [Path(n) for n in names]
        if paths:
            AttachmentDialogs.last_folder = paths[0].parent
            chosen(paths)

    @staticmethod
    def _chosen_file(name: str, chosen: Callable[[Path], object]) -> None:
        if name:
            AttachmentDialogs.last_folder = Path(name).parent
            chosen(Path(name))
