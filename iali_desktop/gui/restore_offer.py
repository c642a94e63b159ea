"""The offer made at start when the database is too damaged to open: put its newest
intact backup in its place (the damaged file is kept beside it), or quit."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from iali_desktop.domain.errors import DatabaseDamaged, IaliError
from iali_desktop.services import restore
from iali_desktop.services.backups import BackupInfo
from iali_desktop.services.workspace import Workspace

from .errors import show_error
from .formatting import format_moment

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RestoreOfferBox", text)


class RestoreOfferBox(QMessageBox):
    """Names the damage and the backup; "Restore this backup" or "Quit"."""

    def __init__(self, path: Path, damage: DatabaseDamaged, backup: BackupInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(_tr("The database is damaged"))
        shown = format_moment(backup.created) or backup.path.name
        self.setText(_tr("IALI Desktop cannot open %1: the file is damaged.")
                     .replace("%1", str(path)))
        self.setInformativeText(
            _tr("The newest intact backup is from %1 (%2). Restore it? Changes made since "
                "then are lost here, unless colleagues hold them and send them again. The "
                "damaged file is kept beside the database.")
            .replace("%1", shown).replace("%2", backup.reason))
        self.setDetailedText(str(damage))
        self.restore_button = self.addButton(_tr("&Restore this backup"),
                                             QMessageBox.ButtonRole.AcceptRole)
        self.quit_button = self.addButton(_tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore_button)


def offer_restore(path: Path, damage: DatabaseDamaged, parent: QWidget | None = None
                  ) -> Workspace | None:
    """Offer the newest intact backup; the workspace on the restored database, or None
    (declined, no backup, or the restore failed: each said to the person)."""
    try:
        good = restore.newest_good_for(path)
    except IaliError as exc:
        show_error(parent, DatabaseDamaged(f"{damage}; {exc}"))
        return None
    if good is None:
        show_error(parent, DatabaseDamaged(restore.damage_advice(path, damage)))
        return None
    box = RestoreOfferBox(path, damage, good, parent)
    box.exec()
    if box.clickedButton() is not box.restore_button:
        log.info("the restore of %s was declined", good.path.name)
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = restore.restore_damaged(path, good)
        ws = Workspace.open(path)
    except IaliError as exc:
        QApplication.restoreOverrideCursor()
        show_error(parent, exc)
        return None
    QApplication.restoreOverrideCursor()
    log.info("restored %s in place of the damaged database (kept as %s)",
             result.restored.name, result.set_aside)
    return ws
