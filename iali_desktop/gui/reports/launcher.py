"""Where report dialogs come from: one launcher per window, shared by the Reports menu and
the EC meeting page, so both remember the same folder and open PDFs the same way.

The viewer is injected (`opener`), so tests print for real without launching one; when
no viewer opens a written PDF, a message says where the file was saved.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from iali_desktop.gui.context import AppContext
from iali_desktop.gui.file_dialogs import start_folder
from iali_desktop.gui.preferences import Preferences
from iali_desktop.gui.reports.kinds import ReportKind

if TYPE_CHECKING:  # the dialog's module loads with the first report, not at start
    from iali_desktop.gui.reports.report_dialog import Opener, ReportDialog


class ReportLauncher(QObject):
    """Opens the dialog of a report kind; keeps the last folder (in `prefs` when given)."""

    def __init__(self, ctx: AppContext, prefs: Preferences | None = None,
                 opener: Opener | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.prefs = prefs
        self._opener = opener  # None: the system's PDF viewer
        self._folder: Path | None = None
        self.notice: QMessageBox | None = None  # the last "saved as" message, if any

    def folder(self) -> Path:
        """The last report's folder if it still exists, else Documents (made when missing);
        never the database's own folder (see file_dialogs.py)."""
        return start_folder(self._folder, self.prefs.report_folder if self.prefs else None,
                            db_path=self.ctx.ws.path)

    def remember(self, folder: Path) -> None:
        self._folder = folder
        if self.prefs is not None:
            self.prefs.report_folder = folder

    def show_file(self, path: Path, parent: QWidget | None) -> QMessageBox | None:
        """Open a written report in the viewer; when none opens, tell where it is (the
        notice is returned, and kept until the next report)."""
        from iali_desktop.gui.reports.report_dialog import open_in_viewer, tell_where

        if (self._opener or open_in_viewer)(path) is False:
            self.notice = tell_where(parent, path)
            self.ctx.events.notice.emit(
                self.tr("No program opened the PDF; it is saved as %1").replace("%1", str(path)))
            return self.notice
        return None

    def dialog(self, kind: ReportKind, parent: QWidget | None,
               subject: str | int | None = None) -> ReportDialog:
        """A dialog for `kind` with `subject` (meeting id, year, plan id) preselected."""
        from iali_desktop.gui.reports.report_dialog import ReportDialog

        return ReportDialog(self.ctx, kind, self, subject, parent)

    def open(self, kind: ReportKind, parent: QWidget | None,
             subject: str | int | None = None) -> ReportDialog:
        """Show the dialog window-modal and return at once; it is deleted once closed."""
        dialog = self.dialog(kind, parent, subject)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog
