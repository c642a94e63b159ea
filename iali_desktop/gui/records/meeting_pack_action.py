"""Printing an EC meeting's pack from its page, off the GUI thread.

The pack gathers the whole workspace and lays out many pages, so it runs as a background
operation with a progress dialog; when the PDF is written it opens in the system viewer.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from iali_desktop.gui.background import BackgroundOp
from iali_desktop.gui.context import AppContext
from iali_desktop.reports.meeting_pack import build_meeting_pack

translate = QCoreApplication.translate
LANGUAGES = ("en", "fr", "es")


class MeetingPackAction(QAction):
    """"Meeting pack…": asks where to save, builds the PDF in the background, opens it."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(translate("MeetingPackAction", "Meeting &pack…"), parent)
        self.ctx = ctx
        self.widget = parent
        self.meeting_id: str | None = None
        self.op: BackgroundOp | None = None
        self.setToolTip(translate("MeetingPackAction", "Print the pack for this EC meeting"))
        self.triggered.connect(lambda _checked=False: self.start())
        self.set_record(None)

    def set_record(self, meeting_id: str | None) -> None:
        """Follow the meeting the page shows (a page panel, without a tab)."""
        self.meeting_id = meeting_id
        self.setEnabled(meeting_id is not None)

    def ask_path(self, suggested: Path) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self.widget, translate("MeetingPackAction", "Save meeting pack"), str(suggested),
            translate("MeetingPackAction", "PDF documents (*.pdf)"))
        return Path(chosen) if chosen else None

    def start(self) -> BackgroundOp | None:
        if self.meeting_id is None or (self.op is not None and self.op.running):
            return None
        name = self.ctx.records.title("event", self.meeting_id)
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        safe = re.sub(r"[^\w\- ]+", "", name).strip() or "meeting"
        out = self.ask_path(Path(folder) / f"{safe}.pdf")
        if out is None:
            return None
        language = QLocale().name()[:2]
        language = language if language in LANGUAGES else "en"
        ws, meeting = self.ctx.ws, self.meeting_id
        self.op = BackgroundOp(self.widget, lambda progress: build_meeting_pack(
            ws, meeting, out, lang=language, progress=progress))
        self.op.on_success(self.open_file).on_failure(self._failed)
        self.op.with_progress(translate("MeetingPackAction", "Preparing the meeting pack…"))
        return self.op.run()

    def open_file(self, path: object) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self.widget, translate("MeetingPackAction", "No meeting pack"),
                            message)
