"""How the sync folder's state reads, in the status bar and on the Colleagues page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from iali_desktop.services.folder_status import FolderStatus

from ..formatting import format_moment


def when(stamp: str | None) -> str:
    if not stamp:
        return QCoreApplication.translate("FolderSync", "never")
    return format_moment(stamp)


def short(status: FolderStatus) -> str:
    """One phrase for the status bar; empty when no folder is set."""
    if status.folder is None:
        return ""
    if not status.reachable:
        return QCoreApplication.translate("FolderSync", "Sync folder not reachable")
    if status.waiting:
        # Worded to read right for any count (lupdate takes plural forms from tr() only).
        return QCoreApplication.translate(
            "FolderSync", "Bundles waiting for your decision: %1").replace(
            "%1", str(len(status.waiting)))
    if status.errors:
        return QCoreApplication.translate("FolderSync", "Sync folder problems: %1").replace(
            "%1", str(len(status.errors)))
    return QCoreApplication.translate("FolderSync", "Sync folder checked %1").replace(
        "%1", when(status.last_pass_at))


def details(status: FolderStatus) -> str:
    """A few lines for the Colleagues page."""
    if status.folder is None:
        return QCoreApplication.translate(
            "FolderSync", "No sync folder is set. In Settings, choose a folder that "
            "Syncthing, a cloud drive or a network share keeps in step with your "
            "colleagues, and bundles travel by themselves.")
    lines = [QCoreApplication.translate("FolderSync", "Sync folder: %1").replace(
        "%1", str(status.folder))]
    if not status.reachable:
        lines.append(QCoreApplication.translate(
            "FolderSync", "The folder is not reachable (drive unplugged, share not "
            "mounted?); syncing resumes when it is back."))
    lines.append(QCoreApplication.translate("FolderSync", "Last written: %1").replace(
        "%1", when(status.last_written_at)))
    for r in status.received:
        lines.append(QCoreApplication.translate("FolderSync", "Last received from %1: %2")
                     .replace("%1", r.name).replace("%2", when(r.at)))
    return "\n".join(lines)
