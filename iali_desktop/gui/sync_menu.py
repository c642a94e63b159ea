"""The Sync menu: import a colleague's bundle, export ours, and the conflicts and peers pages.

Kept apart from the main window so the window stays about pages and navigation; the
dialogs themselves live in `gui/sync/`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from .context import AppContext
from .file_dialogs import start_folder
from .icons import icon


class SyncMenu(QMenu):
    """Import, export, and shortcuts to the sync pages (shown through `show_page`)."""

    def __init__(self, ctx: AppContext, window: QWidget, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window_ = window
        self.import_action = QAction(icon("import"), "", self)
        self.import_action.triggered.connect(self.choose_bundle)
        self.export_action = QAction(icon("export"), "", self)
        self.export_action.triggered.connect(self.export_bundle)
        self.conflicts_action = QAction(icon("conflicts"), "", self)
        self.conflicts_action.triggered.connect(lambda: self._show("conflicts"))
        self.peers_action = QAction(icon("peers"), "", self)
        self.peers_action.triggered.connect(lambda: self._show("peers"))
        self.addAction(self.import_action)
        self.addAction(self.export_action)
        self.addSeparator()
        self.addAction(self.conflicts_action)
        self.addAction(self.peers_action)
        self._retranslate()

    def choose_bundle(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window_, self.tr("Import a bundle"),
            str(start_folder(Path.home(), db_path=self.ctx.ws.path)),
            self.tr("IALI Desktop bundles (*.ialibundle)"))
        if path:
            self.import_bundles([path])

    def import_bundles(self, files: list[str]) -> None:
        """The import preview for each bundle, one after the other."""
        from .sync.import_dialog import ImportDialog

        for name in files:
            ImportDialog(self.ctx, Path(name), self.window_).exec()

    def export_bundle(self) -> None:
        from .sync.export_dialog import ExportDialog

        ExportDialog(self.ctx, parent=self.window_).exec()

    def _show(self, page: str) -> None:
        show = getattr(self.window_, "show_page", None)
        if callable(show):
            show(page)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setTitle(self.tr("&Sync"))
        self.import_action.setText(self.tr("&Import bundle…"))
        self.export_action.setText(self.tr("&Export bundle…"))
        self.conflicts_action.setText(self.tr("&Conflicts"))
        self.peers_action.setText(self.tr("&Colleagues"))
