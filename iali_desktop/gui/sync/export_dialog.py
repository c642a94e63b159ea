"""Writing a bundle for a colleague: everything they lack, or everything, to a file.

A delta for a peer holds what that peer has not acknowledged through its own bundles and
was not sent to it before; what stays unacknowledged for a week goes again by itself, and
"Send again everything not confirmed" sends it now (a lost USB stick or a deleted e-mail).
A passphrase is optional; it is for bundles that travel by e-mail.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iali_desktop.services.sync import ExportSummary, SyncService

from ..background import BackgroundOp
from ..context import AppContext
from ..file_dialogs import start_folder
from ..formatting import format_number

SUFFIX = ".ialibundle"


def default_file_name(sender: str, peer: str | None, today: dt.date | None = None) -> str:
    """e.g. `ana-americas-to-jean-2026-11-25.ialibundle`: says who, for whom and when."""
    def slug(text: str) -> str:
        return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "iali"

    day = (today or dt.date.today()).isoformat()
    middle = f"-to-{slug(peer)}" if peer else "-full"
    return f"{slug(sender)}{middle}-{day}{SUFFIX}"


class ExportDialog(QDialog):
    """Choose the recipient, the file and an optional passphrase; export off the GUI."""

    exported = Signal(object)  # ExportSummary

    def __init__(self, ctx: AppContext, peer_id: str | None = None,
                 parent: QWidget | None = None, resend_all: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sync = SyncService(ctx.ws)
        self.summary: ExportSummary | None = None
        self.op: BackgroundOp | None = None
        self.setWindowTitle(self.tr("Export a bundle"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.peer = QComboBox()
        self.peer.setAccessibleName(self.tr("Recipient"))
        self.peer.addItem(self.tr("Everything (a full bundle, for anyone)"), None)
        for info in self.sync.peers():
            text = self.tr("%1: the %2 changes they lack").replace("%1", info.name).replace(
                "%2", format_number(info.lacks))
            self.peer.addItem(text, info.replica_id)
        if peer_id is not None:
            self.peer.setCurrentIndex(max(0, self.peer.findData(peer_id)))
        self.peer.currentIndexChanged.connect(self._suggest_path)
        form.addRow(self.tr("&For:"), self.peer)
        self.resend = QCheckBox(self.tr("Send &again everything they have not confirmed "
                                        "(a bundle was lost)"))
        self.resend.setChecked(resend_all)
        self.peer.currentIndexChanged.connect(self._update_resend)
        form.addRow("", self.resend)
        self._update_resend()

        path_row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Bundle file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        file_label = QLabel(self.tr("F&ile:"))
        file_label.setBuddy(self.path)  # a row of widgets gets no buddy by itself
        form.addRow(file_label, path_row)

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Optional: for bundles sent by e-mail"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Passphrase again"))
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Again:"), self.repeat)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("&Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self._suggest_path()
        # As high as the fields need: a fixed 300 px left a wide gap above the buttons.
        hint = self.sizeHint()
        self.resize(max(560, hint.width()), hint.height())  # 560: the file's whole path

    def _update_resend(self) -> None:
        self.resend.setEnabled(self.peer.currentData() is not None)

    def _folder(self) -> Path:
        current = self.path.text().strip()
        return start_folder(Path(current).expanduser().parent if current else None,
                            db_path=self.ctx.ws.path)

    def _suggest_path(self) -> None:
        peer = self.peer.currentData()
        peer_name = next((p.name for p in self.sync.peers() if p.replica_id == peer), None)
        name = default_file_name(self.ctx.ws.identity().name, peer_name)
        self.path.setText(str(self._folder() / name))

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export a bundle"), self.path.text(),
            self.tr("IALI Desktop bundles (*.ialibundle)"))
        if chosen:
            self.path.setText(chosen if chosen.endswith(SUFFIX) else chosen + SUFFIX)

    def start_export(self) -> BackgroundOp | None:
        target = Path(self.path.text().strip()).expanduser()
        if not self.path.text().strip():
            self.status.setText(self.tr("Choose a file to write the bundle to."))
            return None
        if self.passphrase.text() != self.repeat.text():
            self.status.setText(self.tr("The two passphrases differ."))
            self.repeat.setFocus()
            return None
        if not target.parent.is_dir():
            self.status.setText(self.tr("The folder %1 does not exist.").replace(
                "%1", str(target.parent)))
            return None
        secret = self.passphrase.text() or None
        peer = self.peer.currentData()
        resend_all = peer is not None and self.resend.isChecked()
        sync = self.sync
        self.export_button.setEnabled(False)
        self.op = BackgroundOp(self, lambda progress: sync.export_bundle(
            target, peer=peer, full=peer is None, passphrase=secret, progress=progress,
            resend_all=resend_all))
        self.op.with_progress(self.tr("Writing the bundle…"))
        self.op.on_success(self._exported).on_failure(self._failed).run()
        return self.op

    def _failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("The bundle was not written: %1").replace("%1", message))

    def _exported(self, summary: ExportSummary) -> None:
        self.summary = summary
        kib = max(1, round(summary.size / 1024))
        text = (self.tr("Wrote %1 changes to %2 (%3 KiB). Send the file by "
                        "e-mail, USB stick or a shared folder.")
                .replace("%1", format_number(summary.changes))
                .replace("%2", str(summary.path)).replace("%3", str(kib)))
        if summary.files:
            text += " " + self.tr("It carries %n attached file(s).", "", summary.files)
        # Files too large for the limits (Settings): the colleague sees them as not
        # received yet, and asks for them again in the next bundles.
        for sentence in summary.files_left_out:
            text += "\n" + sentence
        self.status.setText(text)
        self.close_button.setText(self.tr("&Close"))
        self.exported.emit(summary)
