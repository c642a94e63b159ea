"""The EC meeting page's "Meeting pack…" action: the Reports menu's dialog, with the
meeting the page shows preselected, so the page and the menu print by one code path.

The page is built with the context only; the main window hands it the window's
`ReportLauncher` (`use_launcher`) so the remembered folder and the viewer are shared.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from iali_desktop.gui.context import AppContext
from iali_desktop.gui.reports.kinds import ReportKind
from iali_desktop.gui.reports.launcher import ReportLauncher
from iali_desktop.gui.reports.report_dialog import ReportDialog

translate = QCoreApplication.translate


class MeetingPackAction(QAction):
    """"Meeting pack…": opens the EC meeting pack dialog on the page's meeting."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(translate("MeetingPackAction", "Meeting &pack…"), parent)
        self.widget = parent
        self.launcher = ReportLauncher(ctx, parent=self)
        self.meeting_id: str | None = None
        self.setToolTip(translate("MeetingPackAction", "Print the pack for this EC meeting"))
        self.setShortcut(QKeySequence.StandardKey.Print)  # on the EC meeting page only
        self.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        parent.addAction(self)
        self.triggered.connect(lambda _checked=False: self.start())
        self.set_record(None)

    def use_launcher(self, launcher: ReportLauncher) -> None:
        self.launcher = launcher

    def set_record(self, meeting_id: str | None) -> None:
        """Follow the meeting the page shows (a page panel, without a tab)."""
        self.meeting_id = meeting_id
        self.setEnabled(meeting_id is not None)

    def start(self) -> ReportDialog | None:
        if self.meeting_id is None:
            return None
        return self.launcher.open(ReportKind.MEETING_PACK, self.widget, self.meeting_id)
