"""Restore from backup…: pick one of this database's backups, see what it holds, restore.

The list is `services.backups.list_backups` (newest first); the preview gives the date
and the number of records of each kind in the chosen backup, beside today's, so the
choice is made knowing what comes back. Restoring backs the current state up first
(`services.restore.restore`), so a wrong choice can be restored away again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iali_desktop.domain.errors import IaliError
from iali_desktop.services import backups
from iali_desktop.services.backups import BackupInfo
from iali_desktop.services.restore import restore

from .context import AppContext
from .errors import show_error
from .formatting import format_moment, format_number
from .labels import type_label

INFO_ROLE = Qt.ItemDataRole.UserRole


class RestoreDialog(QDialog):
    restored = Signal(str)  # a sentence for the status bar

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.intro = QLabel(self.tr(
            "Choose a backup to bring this database back to. The current state is backed "
            "up first, so you can return to it the same way."), self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Backups"))
        self.preview = QTableWidget(0, 3, self)
        self.preview.setHorizontalHeaderLabels([self.tr("Records"), self.tr("In the backup"),
                                                self.tr("Now")])
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setAccessibleName(self.tr("What the backup holds"))
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.when = QLabel(self)
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.when)
        column.addWidget(self.preview, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(side)
        splitter.setSizes([280, 420])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore this backup"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 480)
        self._now = {name: ctx.records.count(name) for name in _types()}
        for info in backups.list_backups(ctx.ws):
            item = QListWidgetItem(self._label(info))
            item.setData(INFO_ROLE, info)
            item.setToolTip(info.path.name)
            self.list.addItem(item)
        self.list.currentItemChanged.connect(lambda _c, _p: self._show())
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.when.setText(self.tr("There is no backup of this database yet."))
        self._show()

    def _label(self, info: BackupInfo) -> str:
        reasons = {"pre-import": self.tr("before an import"), "manual": self.tr("made by hand"),
                   "pre-restore": self.tr("before a restore"),
                   "pre-upgrade": self.tr("before an upgrade")}
        why = reasons.get(info.reason, info.reason)
        return f"{format_moment(info.created)} · {why}" if why else format_moment(info.created)

    def chosen(self) -> BackupInfo | None:
        item = self.list.currentItem()
        info = item.data(INFO_ROLE) if item is not None else None
        return info if isinstance(info, BackupInfo) else None

    def _show(self) -> None:
        info = self.chosen()
        self.restore_button.setEnabled(info is not None)
        self.preview.setRowCount(0)
        if info is None:
            return
        counts = backups.record_counts(info)
        self.when.setText(self.tr("Backup of %1").replace("%1", format_moment(info.created)))
        names = [n for n in _types() if counts.get(n) or self._now.get(n)]
        self.preview.setRowCount(len(names))
        for row, name in enumerate(names):
            cells = [type_label(name, plural=True), format_number(counts.get(name, 0)),
                     format_number(self._now.get(name, 0))]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if col:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.preview.setItem(row, col, cell)

    def accept(self) -> None:
        info = self.chosen()
        if info is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore from backup"),
            self.tr("Bring this database back to the backup of %1? The current state is "
                    "backed up first.").replace("%1", format_moment(info.created)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restore_now(info)

    def restore_now(self, info: BackupInfo) -> bool:
        try:
            result = restore(self.ctx.ws, info.path)
        except IaliError as exc:
            show_error(self, exc)
            return False
        self.restored.emit(self.tr(
            "Restored the backup of %1; the state before it is kept as a backup too.")
            .replace("%1", format_moment(info.created)))
        self.result_of_restore = result
        super().accept()
        return True


def _types() -> list[str]:
    from iali_desktop.services.records import record_types

    return [name for name, rt in record_types().items() if not name.startswith("_")]
