"""The dialog that asks what a report needs, prints it off the GUI thread and opens it.

One dialog serves the five reports: it shows a meeting, a year or a plan to choose when the
report is about one, then the language, the page size and the file to write. Printing runs
as a `BackgroundOp` with a progress dialog while this dialog stays open, so a report the
data cannot support (a year no plan covers) is refused here, in the service's own words,
and the person can choose again.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from iali_desktop.gui.background import BackgroundOp
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.formatting import format_date
from iali_desktop.gui.reports.kinds import (
    PAGE_SIZES,
    ReportKind,
    ReportRequest,
    build,
    default_file_name,
)
from iali_desktop.services.overview import Overview
from iali_desktop.services.plans import PlanService

if TYPE_CHECKING:
    from iali_desktop.gui.reports.pack_options import PackOptions

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

Opener = Callable[[Path], "bool | None"]  # False: no program opened the file
ERROR_STYLE = "color: #b3261e;"
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español"}  # each in itself

_TITLES = {
    ReportKind.MEETING_PACK: QT_TRANSLATE_NOOP("ReportDialog", "EC meeting pack"),
    ReportKind.MINUTES: QT_TRANSLATE_NOOP("ReportDialog", "Minutes of an EC meeting"),
    ReportKind.ANNUAL: QT_TRANSLATE_NOOP("ReportDialog", "Annual evaluation report"),
    ReportKind.PROGRESS: QT_TRANSLATE_NOOP(
        "ReportDialog", "Progress report to the General Assembly"),
    ReportKind.DIRECTORY: QT_TRANSLATE_NOOP(
        "ReportDialog", "Directory of organisations and contacts"),
    ReportKind.EXPERTS: QT_TRANSLATE_NOOP("ReportDialog", "Directory of experts"),
}


def report_title(kind: ReportKind) -> str:
    """The report's name in the user's language."""
    return translate("ReportDialog", str(_TITLES[kind]))


def open_in_viewer(path: Path) -> bool:
    """Show a written PDF in the system's viewer; False when no program opened it."""
    opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    if not opened:
        log.warning("no viewer opened a report")  # the path may hold a name: not logged
    return opened


def tell_where(parent: QWidget | None, path: Path) -> QMessageBox:
    """When no viewer opened a written PDF, say where the file is (window-modal, the path
    selectable so it can be copied)."""
    box = QMessageBox(QMessageBox.Icon.Information,
                      translate("ReportDialog", "Report saved"),
                      translate("ReportDialog", "No program opened the PDF. It is saved as:"
                                "\n%1").replace("%1", str(path)),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("report_saved_notice")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def interface_language() -> str:
    """The language the interface is shown in (`Translators` makes it QLocale's default)."""
    from iali_desktop.reports import LANGUAGES  # the documents load with the first print

    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def sentence(message: str) -> str:
    """A service's message as one sentence: a capital first, a full stop last."""
    text = message.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


class Host(Protocol):
    """What the dialog needs from whoever opened it (the `ReportLauncher`)."""

    def folder(self) -> Path: ...

    def remember(self, folder: Path) -> None: ...

    def show_file(self, path: Path, parent: QWidget | None) -> QMessageBox | None: ...


class ReportDialog(QDialog):
    """Choose the subject, language, page size and file of one report; then print it."""

    def __init__(self, ctx: AppContext, kind: ReportKind, host: Host,
                 subject: str | int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.host = host
        self.op: BackgroundOp | None = None
        self._chosen_file = False  # once the person picks a file, keep their name
        self.confirm_overwrite: Callable[[Path], bool] = self.ask_overwrite
        self.setWindowTitle(report_title(kind))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.subject_combo: QComboBox | None = None
        self.year_spin: QSpinBox | None = None
        self.pack_options: PackOptions | None = None
        self.saved_note: QMessageBox | None = None
        if kind.subject == "meeting":
            self.subject_combo = self._meetings(subject)
            form.addRow(translate("ReportDialog", "&Meeting:"), self.subject_combo)
            # Loaded with the first pack dialog: it reads the report data (open conflicts).
            from iali_desktop.gui.reports.pack_options import PackOptions

            self.pack_options = PackOptions(ctx, form, self)
        elif kind.subject == "plan":
            self.subject_combo = self._plans(subject)
            form.addRow(translate("ReportDialog", "&Plan:"), self.subject_combo)
        elif kind.subject == "year":
            self.year_spin = QSpinBox(self)
            self.year_spin.setRange(1950, 2200)
            self.year_spin.setValue(int(subject) if isinstance(subject, int)
                                    else dt.date.today().year - 1)
            self.year_spin.valueChanged.connect(lambda _v: self._subject_changed())
            form.addRow(translate("ReportDialog", "&Year:"), self.year_spin)
        from iali_desktop.reports import LANGUAGES

        self.language = QComboBox(self)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(self.language.findData(interface_language()), 0))
        form.addRow(translate("ReportDialog", "&Language:"), self.language)
        self.page_size = QComboBox(self)
        for size in PAGE_SIZES:
            label = translate("ReportDialog", "US Letter") if size == "Letter" else size
            self.page_size.addItem(label, size)
        form.addRow(translate("ReportDialog", "Page si&ze:"), self.page_size)
        self.file_edit = QLineEdit(self)
        self.file_edit.setAccessibleName(translate("ReportDialog", "File to write"))
        self.file_edit.textEdited.connect(self._file_typed)
        self.language.currentIndexChanged.connect(lambda _i: self._subject_changed())
        self.choose_button = QPushButton(translate("ReportDialog", "C&hoose…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.choose_button)
        file_label = QLabel(translate("ReportDialog", "Save &as:"), self)
        file_label.setBuddy(self.file_edit)
        form.addRow(file_label, row)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(translate("ReportDialog", "Why the report was not made"))
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.generate_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.generate_button.setText(translate("ReportDialog", "&Print to PDF"))
        self.buttons.accepted.connect(self.generate)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self._subject_changed()
        if self.subject_combo is not None and self.subject_combo.count() == 0:
            self.show_error(translate("ReportDialog", "There is nothing to print this report "
                                                      "about yet."))
            self.generate_button.setEnabled(False)

    # -- choices -------------------------------------------------------------------------
    def _meetings(self, subject: str | int | None) -> QComboBox:
        combo = QComboBox(self)
        overview = Overview(self.ctx.records)
        for meeting in overview.ec_meetings():
            start = meeting.get("start_date")
            text = str(meeting.get("name") or "")
            if start:
                text = f"{text} — {format_date(start)}"
            combo.addItem(text, (meeting["id"], start))
        chosen = subject if isinstance(subject, str) else None
        if chosen is None:
            upcoming = overview.next_meeting()
            chosen = upcoming["id"] if upcoming is not None else None
        self._preselect(combo, chosen)
        combo.currentIndexChanged.connect(lambda _i: self._subject_changed())
        return combo

    def _plans(self, subject: str | int | None) -> QComboBox:
        combo = QComboBox(self)
        plans = PlanService(self.ctx.records)
        ordered = sorted(plans.plans(), key=lambda p: p.get("period_start") or 0, reverse=True)
        for plan in ordered:
            period = f"{plan.get('period_start') or ''}-{plan.get('period_end') or ''}"
            combo.addItem(str(plan.get("title") or ""), (plan["id"], period.strip("-")))
        chosen = subject if isinstance(subject, str) else None
        if chosen is None:
            current = plans.current_plan()
            chosen = current["id"] if current is not None else None
        self._preselect(combo, chosen)
        combo.currentIndexChanged.connect(lambda _i: self._subject_changed())
        return combo

    @staticmethod
    def _preselect(combo: QComboBox, row_id: str | None) -> None:
        for index in range(combo.count()):
            if combo.itemData(index)[0] == row_id:
                combo.setCurrentIndex(index)
                return

    def subject(self) -> str | int | None:
        """The meeting id, year or plan id chosen (None for the directories)."""
        if self.year_spin is not None:
            return self.year_spin.value()
        if self.subject_combo is not None:
            data = self.subject_combo.currentData()
            return str(data[0]) if data else None
        return None

    def _tag(self) -> str | None:
        if self.year_spin is not None:
            return str(self.year_spin.value())
        if self.subject_combo is not None:
            data = self.subject_combo.currentData()
            return str(data[1]) if data and data[1] else None
        return None

    def _subject_changed(self) -> None:
        self.error.hide()
        if self.pack_options is not None:
            self.pack_options.meeting_changed(self._tag())
        if not self._chosen_file:
            folder = self.output().parent if self.file_edit.text() else self.host.folder()
            self.file_edit.setText(str(folder / default_file_name(
                self.kind, self._tag(), language=str(self.language.currentData()))))

    def _file_typed(self, _text: str) -> None:
        self._chosen_file = True

    def output(self) -> Path:
        """The file to write, with a .pdf suffix."""
        path = Path(self.file_edit.text().strip()).expanduser()
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, translate("ReportDialog", "Save the report as"), str(self.output()),
            translate("ReportDialog", "PDF documents (*.pdf)"))
        if chosen:
            self._chosen_file = True
            self.file_edit.setText(chosen)
            self.error.hide()

    def request(self) -> ReportRequest:
        options = self.pack_options
        return ReportRequest(self.kind, self.subject(), self.output(),
                             str(self.language.currentData()), str(self.page_size.currentData()),
                             as_of=options.day() if options else None,
                             plan_id=options.plan_id() if options else None)

    # -- printing ------------------------------------------------------------------------
    def generate(self) -> BackgroundOp | None:
        """Print in the background; the dialog closes when the PDF is written and opened."""
        if self.op is not None and self.op.running:
            return None
        if not self.file_edit.text().strip():
            self.show_error(translate("ReportDialog", "Choose the file to save the report in."))
            return None
        if self.kind.subject is not None and self.subject() is None:
            self.show_error(translate("ReportDialog", "There is nothing to print this report "
                                                      "about yet."))
            return None
        request = self.request()
        if not request.out.parent.is_dir():
            self.show_error(translate("ReportDialog", "The folder %1 does not exist.")
                            .replace("%1", str(request.out.parent)))
            return None
        if request.out.exists() and not self.confirm_overwrite(request.out):
            return None
        self.error.hide()
        self._set_busy(True)
        ws = self.ctx.ws
        self.op = BackgroundOp(self, lambda progress: build(ws, request, progress))
        self.op.on_success(self._written).on_failure(self._failed)
        self.op.with_progress(translate("ReportDialog", "Preparing “%1”…")
                              .replace("%1", report_title(self.kind)))
        return self.op.run()

    def ask_overwrite(self, path: Path) -> bool:
        """Whether to replace an existing file (tests put their own `confirm_overwrite`)."""
        answer = QMessageBox.question(
            self, translate("ReportDialog", "Replace the file?"),
            translate("ReportDialog", "%1 already exists. Replace it?").replace("%1", path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _written(self, path: object) -> None:
        written = Path(str(path))
        self.host.remember(written.parent)
        self._set_busy(False)
        parent = self.parentWidget()
        self.accept()
        self.saved_note = self.host.show_file(written, parent)

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.show_error(sentence(message))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def reject(self) -> None:
        """Not while printing: the work would report to a dialog that is gone."""
        if self.op is not None and self.op.running:
            return
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        for button in (self.generate_button, self.choose_button,
                       self.buttons.button(QDialogButtonBox.StandardButton.Cancel)):
            button.setEnabled(not busy)
