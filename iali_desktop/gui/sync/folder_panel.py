"""The sync folder on the Colleagues page: where it is, what was written and received,
which bundles wait for a decision (activate one to see its import preview), problems."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from iali_desktop.services.folder_status import FolderStatus
from iali_desktop.services.sync_folder import SyncFolderService

from ..context import AppContext
from . import folder_text

PATH_ROLE = Qt.ItemDataRole.UserRole


class FolderPanel(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QGroupBox | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Sync folder"))
        layout = QVBoxLayout(self)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.info)
        self.items = QListWidget(self)
        self.items.setAccessibleName(self.tr("Bundles waiting and problems"))
        self.items.setWordWrap(True)
        self.items.setMaximumHeight(140)
        self.items.itemActivated.connect(self.open_item)
        layout.addWidget(self.items)
        ctx.events.folder_status.connect(self.show_status)
        self.show_status(SyncFolderService(ctx.ws).status())

    def show_status(self, status: FolderStatus) -> None:
        self.info.setText(folder_text.details(status))
        self.items.clear()
        for w in status.waiting:
            item = QListWidgetItem(
                self.tr("Waiting for your decision: %1 from '%2' (key %3): %4. Open it to "
                        "see what it would change.").replace("%1", w.path.name)
                .replace("%2", w.sender).replace("%3", w.fingerprint).replace("%4", w.reason))
            item.setData(PATH_ROLE, str(w.path))
            self.items.addItem(item)
        for name, message in sorted(status.errors.items()):
            self.items.addItem(self.tr("Problem: %1").replace(
                "%1", f"{name}: {message}" if name else message))
        self.items.setVisible(self.items.count() > 0)

    def open_item(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if not path:
            return
        from .import_dialog import ImportDialog

        ImportDialog(self.ctx, Path(path), self.window()).exec()
