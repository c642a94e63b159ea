"""The import preview: what a colleague's bundle would change, before anything changes.

The preview is the import itself run in a transaction that is rolled back, so what it
shows is exactly what Import will do. An unknown sender is shown by fingerprint and
must be trusted by ticking a box; an encrypted bundle asks for its passphrase; a refused
bundle shows its one sentence and offers nothing to apply.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iali_desktop.domain import translation
from iali_desktop.services.sync import PASSPHRASE_REFUSALS, ImportReport, SyncService

from ..background import BackgroundOp
from ..context import AppContext
from ..labels import type_label
from .report_text import report_warnings


class ImportDialog(QDialog):
    """Preview, trust decision and import of one bundle file."""

    imported = Signal(object)  # the ImportReport of the applied import

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = Path(path)
        self.sync = SyncService(ctx.ws)
        self.report: ImportReport | None = None
        self.applied: ImportReport | None = None
        self.setWindowTitle(self.tr("Import %1").replace("%1", self.path.name))
        self.resize(640, 560)
        layout = QVBoxLayout(self)

        self.status = QLabel(self.tr("Reading the bundle…"))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)

        self.passphrase_box = QWidget()
        row = QHBoxLayout(self.passphrase_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase agreed with the sender"))
        self.passphrase.returnPressed.connect(self.start_preview)
        unlock = QPushButton(self.tr("&Open"))
        unlock.clicked.connect(self.start_preview)
        label = QLabel(self.tr("&Passphrase:"))
        label.setBuddy(self.passphrase)
        row.addWidget(label)
        row.addWidget(self.passphrase, 1)
        row.addWidget(unlock)
        self.passphrase_box.hide()
        layout.addWidget(self.passphrase_box)

        self.sender_box = QGroupBox(self.tr("Sender"))
        form = QFormLayout(self.sender_box)
        self.sender_name = QLabel()
        self.fingerprint = QLabel()
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Name:"), self.sender_name)
        form.addRow(self.tr("Key fingerprint:"), self.fingerprint)
        self.trust_note = QLabel()
        self.trust_note.setWordWrap(True)
        form.addRow(self.trust_note)
        self.trust_box = QCheckBox()
        self.trust_box.toggled.connect(self._update_buttons)
        form.addRow(self.trust_box)
        self.sender_box.hide()
        layout.addWidget(self.sender_box)

        self.counts = QTableWidget(0, 5)
        self.counts.setHorizontalHeaderLabels([
            self.tr("Record type"), self.tr("New"), self.tr("Changed"), self.tr("Deleted"),
            self.tr("Restored")])
        self.counts.verticalHeader().hide()
        self.counts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.counts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.counts.setAccessibleName(self.tr("Changes per record type"))
        self.no_counts = QLabel(self.tr("No record is created, changed or deleted."))
        self.no_counts.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_counts.setWordWrap(True)
        # One slot for the table or its empty note keeps the dialog's layout steady.
        self.counts_stack = QStackedWidget()
        self.counts_stack.addWidget(self.counts)
        self.counts_stack.addWidget(self.no_counts)
        self.counts_stack.hide()
        layout.addWidget(self.counts_stack, 1)

        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.hide()
        layout.addWidget(self.warnings)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.review_button = self.buttons.addButton(self.tr("&Review conflicts"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.review_button.hide()
        self.review_button.clicked.connect(self.review_conflicts)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.op: BackgroundOp | None = None

    # -- the preview ------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Opening the dialog reads the bundle: whoever shows it gets the preview."""
        super().showEvent(event)
        if self.op is None:
            self.start_preview()

    def start_preview(self) -> BackgroundOp:
        """Run the dry run off the GUI thread; the dialog fills in when it reports."""
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Checking the bundle…"))
        secret = self.passphrase.text() or None
        path, sync = self.path, self.sync
        self.op = BackgroundOp(self, lambda progress: sync.preview(
            path, passphrase=secret, trust=True, progress=progress))
        self.op.on_success(self._previewed).on_failure(self._refused).run()
        return self.op

    def _refused(self, message: str) -> None:
        self.report = None
        if any(translation._(refusal) in message for refusal in PASSPHRASE_REFUSALS):
            self.passphrase_box.show()
            self.passphrase.setFocus()
        self.status.setText(self.tr("This bundle cannot be imported: %1").replace("%1",
                                                                                 message))
        self._update_buttons()

    def _previewed(self, report: ImportReport) -> None:
        self.report = report
        self.passphrase_box.setVisible(report.encrypted)
        self.sender_box.show()
        self.sender_name.setText(report.sender_name)
        self.fingerprint.setText(report.fingerprint)
        if report.newly_trusted:
            self.trust_note.setText(self.tr(
                "You have not received bundles from %1 before. Compare this fingerprint "
                "with the one %1 reads to you (on a call, or in person) before you trust "
                "it.").replace("%1", report.sender_name))
            self.trust_box.setText(self.tr("I have compared the fingerprint; trust %1")
                                   .replace("%1", report.sender_name))
            self.trust_box.setChecked(False)
            self.trust_box.show()
        else:
            self.trust_note.setText(self.tr("A trusted sender."))
            self.trust_box.hide()
        if report.already_applied:
            self.status.setText(self.tr("This bundle was imported before; importing it again "
                                        "changes nothing."))
        elif report.changes_new == 0 and report.held:
            self.status.setText(self.tr("Nothing can be applied yet: importing keeps the "
                                        "bundle's changes aside until what they lack arrives."))
        elif report.changes_new == 0:
            self.status.setText(self.tr("Nothing new: this database already holds every "
                                        "change in the bundle."))
        else:
            self.status.setText(self.tr("%1 new changes of %2 in the bundle. Nothing has "
                                        "changed yet: check the preview, then import.")
                                .replace("%1", str(report.changes_new))
                                .replace("%2", str(report.changes_in_bundle)))
        self._fill_counts(report)
        warnings = report_warnings(report, self.ctx.records)
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        self._update_buttons()

    def _fill_counts(self, report: ImportReport) -> None:
        rows = [t for t in report.types if t.new or t.changed or t.deleted or t.restored]
        self.counts.setRowCount(len(rows))
        for r, counts in enumerate(rows):
            self.counts.setItem(r, 0, QTableWidgetItem(type_label(counts.record_type, True)))
            for c, value in enumerate((counts.new, counts.changed, counts.deleted,
                                       counts.restored), start=1):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
                self.counts.setItem(r, c, item)
        conflicts = len(report.new_conflicts)
        if conflicts:  # values arrive as conflicts even when no record changes
            self.no_counts.setText(self.tr(
                "No record is created or deleted; %n field(s) get a second value, kept as a "
                "conflict for you to choose.", "", conflicts))
        else:
            self.no_counts.setText(self.tr("No record is created, changed or deleted."))
        self.review_button.setVisible(bool(conflicts))
        self.counts_stack.setCurrentWidget(self.counts if rows else self.no_counts)
        self.counts_stack.show()

    def review_conflicts(self) -> None:
        """Close the preview and show the Sync conflicts page of the window."""
        window = self.parentWidget()
        show_page = getattr(window, "show_page", None)
        self.accept() if self.applied is not None else self.reject()
        if callable(show_page):
            show_page("conflicts")

    def _update_buttons(self) -> None:
        report = self.report
        ready = (report is not None and self.applied is None and not report.already_applied
                 and (report.changes_new > 0 or bool(report.held))
                 and (not report.newly_trusted or self.trust_box.isChecked()))
        self.import_button.setEnabled(ready)
        self.import_button.setDefault(ready)

    # -- the import -------------------------------------------------------------------

    def start_import(self) -> BackgroundOp | None:
        if self.report is None or not self.import_button.isEnabled():
            return None
        self.import_button.setEnabled(False)
        secret = self.passphrase.text() or None
        trust = self.report.newly_trusted and self.trust_box.isChecked()
        path, sync = self.path, self.sync
        self.op = BackgroundOp(self, lambda progress: sync.import_bundle(
            path, passphrase=secret, trust=trust, progress=progress))
        self.op.with_progress(self.tr("Importing %1…").replace("%1", self.path.name))
        self.op.on_success(self._imported).on_failure(self._refused).run()
        return self.op

    def _imported(self, report: ImportReport) -> None:
        self.applied = report
        text = self.tr("Imported: %1").replace("%1", report.message)
        if report.backup:
            text += "\n" + self.tr("The database was backed up first to %1.").replace(
                "%1", report.backup)
        if report.new_conflicts:
            text += "\n" + self.tr("%n field(s) now hold two values: review the conflicts "
                                   "to keep one.", "", len(report.new_conflicts))
        self.review_button.setVisible(bool(report.new_conflicts))
        self.status.setText(text)
        self.trust_box.setEnabled(False)
        self.close_button.setText(self.tr("&Close"))
        self._update_buttons()
        self.ctx.undo.clear()  # earlier steps would overwrite what the bundle brought
        self.ctx.events.changed.emit("")
        self.imported.emit(report)
