"""The status bar: which replica this is, whether it holds demo data, open conflicts, and
the sync folder's state.

It asks the services again whenever records change, so a sync import or a resolved
conflict shows at once. The first count of conflicts (a pass over every head in the
change log: most of a second at 100,000 records) is taken once the bar has first been
painted, so it never delays the window's first paint; a zero-delay timer started while
the window is built would still fire before that paint.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QThreadPool, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from iali_desktop.services.folder_status import FolderStatus, folder_status

from .background import BackgroundOp
from .context import AppContext
from .sync import folder_text


class AppStatusBar(QStatusBar):
    """This copy's name, demo-data marker and the number of open sync conflicts."""

    conflicts_clicked = Signal()
    folder_clicked = Signal()
    first_painted = Signal()  # once, just after the window's first paint (the bar's own)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.replica = QLabel(self)
        self.replica.setObjectName("replica")
        self.demo = QLabel(self)
        self.demo.setObjectName("demo")
        self.demo.setStyleSheet("QLabel { color: #b36b00; font-weight: bold; }")
        self.conflicts = QLabel(self)
        self.conflicts.setObjectName("conflicts")
        self.conflicts.linkActivated.connect(lambda _link: self.conflicts_clicked.emit())
        self.folder = QLabel(self)
        self.folder.setObjectName("syncFolder")
        self.folder.linkActivated.connect(lambda _link: self.folder_clicked.emit())
        self.addPermanentWidget(self.folder)
        self.addPermanentWidget(self.demo)
        self.addPermanentWidget(self.conflicts)
        self.addPermanentWidget(self.replica)
        self.conflict_count = 0
        self.counted = False  # whether a count has reported (the label is empty until)
        self._first_count_queued = False
        self._counting: BackgroundOp | None = None
        self._count_again = False
        ctx.events.changed.connect(lambda _type: self.refresh())
        ctx.events.folder_status.connect(self.show_folder)
        self.refresh(count=False)
        self.show_folder(folder_status(ctx.ws))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._first_count_queued:  # the window's first paint: once it is done
            self._first_count_queued = True
            QTimer.singleShot(0, self, self._after_first_paint)

    def _after_first_paint(self) -> None:
        self.first_painted.emit()  # first: what waits for it may start a thread
        self.refresh()

    def show_folder(self, status: FolderStatus) -> None:
        """The sync folder's state in a few words; a link to the Colleagues page."""
        text = folder_text.short(status)
        self.folder.setText(f'<a href="peers">{escape(text)}</a>' if text else "")
        self.folder.setToolTip(folder_text.details(status))
        self.folder.setVisible(bool(text))

    def refresh(self, count: bool = True) -> None:
        """Show the replica and the conflict count (counted again unless `count` is
        False; until a first count the conflicts label stays empty)."""
        identity = self.ctx.ws.identity()
        self.replica.setText(self.tr("This copy: %1").replace("%1", identity.name))
        self.replica.setToolTip(self.tr("Key fingerprint: %1").replace(
            "%1", identity.fingerprint))
        self.demo.setText(self.tr("Demo data") if identity.demo else "")
        self.demo.setToolTip(self.tr("This database holds the fictional demo dataset")
                             if identity.demo else "")
        self.demo.setVisible(identity.demo)
        if not count:
            return
        if not self.ctx.ws.is_open():
            return  # the window closed before the first count
        if self._counting is not None:
            self._count_again = True  # counted again when the running count reports
            return
        ws = self.ctx.ws

        def count_conflicts(_progress: object) -> int | None:
            if not ws.is_open():
                return None  # the window closed while the count was queued
            # Loaded with the first count, after the first paint (not needed to draw it).
            from iali_desktop.services.sync_conflicts import ConflictService

            return ConflictService(ws).conflict_count()

        # The global pool, not the writers' one: a count must not wait behind a write.
        self._counting = BackgroundOp(self, count_conflicts).on_success(self._counted).on_failure(
            self._count_failed).run(QThreadPool.globalInstance())

    def _counted(self, found: int | None) -> None:
        self._counting = None
        if found is not None:
            self.conflict_count = found
            self.counted = True
            self._show_count()
        if self._count_again:
            self._count_again = False
            self.refresh()

    def _count_failed(self, _message: str) -> None:
        # The database went away under the count (closed, or replaced by a restore):
        # the label keeps its last count; the next change counts again.
        self._counting = None
        self._count_again = False

    def _show_count(self) -> None:
        if not self.counted:
            return
        text = self.tr("%n open conflict(s)", "", self.conflict_count)
        self.conflicts.setText(f'<a href="conflicts">{escape(text)}</a>'
                               if self.conflict_count else text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh(count=False)
            self._show_count()
        super().changeEvent(event)
