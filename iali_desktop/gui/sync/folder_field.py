"""The sync folder setting: a path, a chooser and a way to turn it off.

The chooser never opens in the database's folder: a file dialog reads the files of the
folder it shows, and reading the database's files outside SQLite drops its locks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from iali_desktop.services.folder_files import is_inside
from iali_desktop.services.sync_folder import SyncFolderService
from iali_desktop.services.workspace import Workspace


class SyncFolderField(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.service = SyncFolderService(ws)
        current = self.service.folder()
        self.initial = str(current) if current else ""
        self.path = QLineEdit(self.initial, self)
        self.path.setPlaceholderText(self.tr("none: bundles travel only when you export"))
        self.path.setAccessibleName(self.tr("Sync folder"))
        self.choose = QPushButton(self.tr("Choose…"), self)
        self.choose.clicked.connect(self.pick)
        self.clear = QPushButton(self.tr("None"), self)
        self.clear.clicked.connect(self.path.clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        row.addWidget(self.clear)
        self.hint = QLabel(self.tr("A folder that Syncthing, a cloud drive or a network share "
                                   "keeps in step with colleagues: your changes are written "
                                   "there and theirs imported, by themselves. Never the "
                                   "folder of the database itself."), parent)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        if ws.identity().demo:  # the sample data never syncs
            for widget in (self.path, self.choose, self.clear):
                widget.setEnabled(False)

    def start_folder(self) -> str:
        """Where the chooser opens: the folder typed, unless it is (or lies in) the
        database's folder; else the home folder."""
        text = self.path.text().strip()
        db_folder = self.ws.path.resolve().parent
        if text and Path(text).is_dir() and \
                not is_inside(Path(text).resolve(), db_folder):
            return text
        home = Path.home()
        return str(home if not is_inside(home.resolve(), db_folder) else home.anchor)

    def pick(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the sync folder"), self.start_folder(),
            QFileDialog.Option.ShowDirsOnly)
        if chosen:
            self.path.setText(chosen)

    def apply(self) -> bool:
        """Save the folder if it changed; True if it did. Raises the service's refusal."""
        text = self.path.text().strip()
        if text == self.initial:
            return False
        saved = self.service.set_folder(Path(text) if text else None)
        self.initial = str(saved) if saved else ""
        self.path.setText(self.initial)
        return True
