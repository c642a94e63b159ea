"""File › New database…, Open database…, Open recent and Restore from backup….

A window works on one database. Opening another (new, chosen or recent) closes this
window and `run()` opens one on the other file, as switching to the sample data does;
unsaved edits may keep the window open. Restoring replaces this database's content with a
backup in place (services/restore.py, which backs up the current state first) and every
page reloads.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from .context import AppContext
from .errors import show_error
from .file_dialogs import documents_folder, start_folder
from .preferences import Preferences

if TYPE_CHECKING:
    from .restore_dialog import RestoreDialog

DB_FILTER = "IALI Desktop database (*.db)"


class DatabaseActions(QObject):
    """The actions; `open_database(path)` is the window's (it closes and switches)."""

    def __init__(self, ctx: AppContext, prefs: Preferences, window: QWidget,
                 open_database: Callable[[Path], None]) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.prefs = prefs
        self.window = window
        self._open = open_database
        self.new_action = QAction("", window)
        self.new_action.triggered.connect(lambda _c=False: self.new_database())
        self.open_action = QAction("", window)
        self.open_action.triggered.connect(lambda _c=False: self.open_database())
        self.recent_menu = QMenu(window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.restore_action = QAction("", window)
        self.restore_action.triggered.connect(lambda _c=False: self.restore())
        self.restore_dialog: RestoreDialog | None = None
        prefs.remember_database(ctx.ws.path.resolve())

    def add_to(self, menu: QMenu) -> None:
        menu.addActions([self.new_action, self.open_action])
        menu.addMenu(self.recent_menu)
        menu.addAction(self.restore_action)
        menu.addSeparator()

    def retranslate(self) -> None:
        self.new_action.setText(self.tr("&New database…"))
        self.open_action.setText(self.tr("&Open database…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.restore_action.setText(self.tr("&Restore from backup…"))

    def _start(self) -> str:
        return str(start_folder(documents_folder(), db_path=self.ctx.ws.path))

    def new_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("New database"), self._start() + "/iali-desktop.db",
            DB_FILTER)
        if not name:
            return
        path = Path(name if name.endswith(".db") else name + ".db")
        if path.exists():
            QMessageBox.warning(self.window, self.tr("New database"), self.tr(
                "“%1” already exists; choose Open database… to open it.").replace(
                    "%1", str(path)))
            return
        self._open(path)

    def open_database(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open database"),
                                              self._start(), DB_FILTER)
        if name:
            self._open(Path(name))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        here = self.ctx.ws.path.resolve()
        recent = [p for p in self.prefs.recent_databases if p != here and p.exists()]
        for path in recent:
            action = self.recent_menu.addAction(f"{path.name} — {path.parent}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self._open(p))
        if not recent:
            none = self.recent_menu.addAction(self.tr("No other database opened yet"))
            none.setEnabled(False)

    def restore(self) -> RestoreDialog:
        from .restore_dialog import RestoreDialog  # with the restore code, on first use

        dialog = RestoreDialog(self.ctx, self.window)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.restored.connect(self._restored)
        self.restore_dialog = dialog
        dialog.open()
        return dialog

    def _restored(self, message: str) -> None:
        self.ctx.undo.clear()  # undo steps refer to the state before the restore
        self.ctx.events.changed.emit("")
        self.ctx.events.notice.emit(message)


__all__ = ["DatabaseActions", "show_error"]
