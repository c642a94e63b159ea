"""The colleagues this install exchanges bundles with: keys, trust, last exchange, backlog.

"What each still lacks" counts our changes a peer has not acknowledged through its own
bundles; exporting for that peer sends those not sent to it before, and "Send again"
all of them (a bundle was lost).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iali_desktop.domain.errors import IaliError
from iali_desktop.services.sync import PeerInfo, SyncService

from ..context import AppContext
from ..errors import show_error
from ..formatting import format_moment, format_number
from .folder_panel import FolderPanel

PEER_ROLE = Qt.ItemDataRole.UserRole


def _when(stamp: str | None) -> str:
    return format_moment(stamp, with_time=False) if stamp else "—"


class PeersPage(QWidget):
    """A table of peers with Trust and Export actions."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sync = SyncService(ctx.ws)
        layout = QVBoxLayout(self)
        identity = ctx.ws.identity()
        self.own = QLabel(self.tr("This install: %1 — key fingerprint %2")
                          .replace("%1", identity.name).replace("%2", identity.fingerprint))
        self.own.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.own.setWordWrap(True)
        layout.addWidget(self.own)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Colleague"), self.tr("Key fingerprint"), self.tr("Trusted"),
            self.tr("Last received"), self.tr("Last sent"), self.tr("Changes they lack")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        # A fingerprint is compared whole: it is never cut; the other headers give way
        # (elided, named in full in their tooltip) when the window is narrow.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.viewport().installEventFilter(self)  # the table's own width, settled
        for col in range(self.table.columnCount()):
            heading = self.table.horizontalHeaderItem(col)
            if heading is not None:
                heading.setToolTip(heading.text())
        self.table.setAccessibleName(self.tr("Colleagues"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No colleague's bundle has been imported yet. Import one "
                                    "(File > Import bundle…) or send yours first."))
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("&Export for this colleague…"))
        self.export_button.clicked.connect(self.export_for_selected)
        self.resend_button = QPushButton(self.tr("Send &again what they have not confirmed…"))
        self.resend_button.setToolTip(self.tr(
            "A bundle for this colleague was lost: export everything they have not "
            "acknowledged, including what was sent before"))
        self.resend_button.clicked.connect(lambda: self.export_for_selected(resend_all=True))
        self.trust_button = QPushButton(self.tr("&Trust a key fingerprint…"))
        self.trust_button.clicked.connect(self.trust_fingerprint)
        row.addWidget(self.export_button)
        row.addWidget(self.resend_button)
        row.addWidget(self.trust_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.folder = FolderPanel(ctx)
        layout.addWidget(self.folder)
        ctx.events.changed.connect(self._data_changed)
        self.refresh()

    def _data_changed(self, _type_name: str) -> None:
        self.refresh()

    def refresh(self) -> None:
        peers = self.sync.peers()
        self.table.setRowCount(len(peers))
        for row, peer in enumerate(peers):
            cells = [peer.label, peer.fingerprint or self.tr("(known through others)"),
                     self.tr("yes") if peer.trusted else self.tr("no"),
                     _when(peer.last_import_at), _when(peer.last_export_at),
                     format_number(peer.lacks)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setData(PEER_ROLE, peer)
                if col == 5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self._fit_columns()
        self.empty.setVisible(not peers)
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Narrow the columns after the fingerprint (down to their values' width) until
        the table needs no sideways scroll bar; room to spare goes to the last column."""
        self.table.resizeColumnsToContents()
        count = self.table.columnCount()
        excess = sum(self.table.columnWidth(c) for c in range(count)) \
            - self.table.viewport().width()
        metrics = self.table.fontMetrics()
        for col in range(2, count):
            if excess <= 0:
                break
            values = [self.table.item(r, col) for r in range(self.table.rowCount())]
            need = max([metrics.horizontalAdvance(v.text()) for v in values if v] + [40]) + 16
            give = min(excess, max(self.table.columnWidth(col) - need, 0))
            self.table.setColumnWidth(col, self.table.columnWidth(col) - give)
            excess -= give
        if excess < 0:
            self.table.setColumnWidth(count - 1, self.table.columnWidth(count - 1) - excess)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def selected(self) -> PeerInfo | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        peer = item.data(PEER_ROLE) if item is not None else None
        return peer if isinstance(peer, PeerInfo) else None

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(self.selected() is not None)
        self.resend_button.setEnabled(self.selected() is not None)

    def export_for_selected(self, resend_all: bool = False) -> None:
        from .export_dialog import ExportDialog

        peer = self.selected()
        dialog = ExportDialog(self.ctx, peer.replica_id if peer else None, self,
                              resend_all=resend_all)
        dialog.exported.connect(lambda _summary: self.refresh())
        dialog.exec()

    def trust_fingerprint(self) -> None:
        text, ok = QInputDialog.getText(
            self, self.tr("Trust a key fingerprint"),
            self.tr("The fingerprint your colleague read to you:"))
        if not ok or not text.strip():
            return
        try:
            fingerprint = self.sync.trust(text)
        except IaliError as exc:
            show_error(self, exc)
            return
        self.ctx.events.changed.emit("")
        self.own.setToolTip(self.tr("Trusted %1").replace("%1", fingerprint))
