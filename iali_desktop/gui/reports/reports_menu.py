"""The Reports menu: the printed documents, each through its dialog.

Kept apart from the main window, like the Sync menu, so the window stays about pages and
navigation.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from iali_desktop.gui.reports.kinds import ReportKind
from iali_desktop.gui.reports.launcher import ReportLauncher


class ReportsMenu(QMenu):
    """One action per report kind; each opens the report's dialog over `window`."""

    def __init__(self, launcher: ReportLauncher, window: QWidget,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.launcher = launcher
        self.window_ = window
        self.report_actions: dict[ReportKind, QAction] = {}
        for kind in ReportKind:
            action = QAction("", self)
            action.triggered.connect(lambda _checked=False, k=kind: self.open(k))
            self.addAction(action)
            self.report_actions[kind] = action
            if kind is ReportKind.PROGRESS:
                self.addSeparator()
        self._retranslate()

    def open(self, kind: ReportKind) -> None:
        self.launcher.open(kind, self.window_)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setTitle(self.tr("&Reports"))
        texts = {
            ReportKind.MEETING_PACK: self.tr("EC &meeting pack…"),
            ReportKind.MINUTES: self.tr("EC meeting mi&nutes…"),
            ReportKind.ANNUAL: self.tr("&Annual evaluation report…"),
            ReportKind.PROGRESS: self.tr("&Progress report to the General Assembly…"),
            ReportKind.DIRECTORY: self.tr("Directory of &organisations and contacts…"),
            ReportKind.EXPERTS: self.tr("Directory of &experts…"),
        }
        for kind, action in self.report_actions.items():
            action.setText(texts[kind])
