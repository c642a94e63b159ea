"""The EC meeting page's minutes tools: "Minutes PDF…" (the report dialog, with the page's
meeting chosen) and "Approve previous minutes" (the minutes of the meeting before this
one, approved at this one, as one undoable step)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QToolBar, QWidget

from iali_desktop.domain.choices import MinutesStatus
from iali_desktop.domain.errors import IaliError
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.formatting import format_date
from iali_desktop.gui.records.undo import Change, ChangeSetCommand, push
from iali_desktop.gui.reports.kinds import ReportKind
from iali_desktop.gui.reports.launcher import ReportLauncher
from iali_desktop.gui.reports.report_dialog import ReportDialog
from iali_desktop.services import minutes
from iali_desktop.services.overview import Overview
from iali_desktop.services.records import Record

translate = QCoreApplication.translate


class MinutesActions:
    """Two toolbar actions that follow the meeting the page shows (`set_record`)."""

    def __init__(self, ctx: AppContext, page: QWidget, toolbar: QToolBar) -> None:
        self.ctx = ctx
        self.page = page
        self.meeting_id: str | None = None
        self.launcher = ReportLauncher(ctx, parent=page)
        self.confirm: Callable[[str], bool] = self.ask
        self.pdf_action = QAction(translate("MinutesActions", "&Minutes PDF…"), page)
        self.pdf_action.setToolTip(translate(
            "MinutesActions", "Print this meeting's minutes: attendance, minutes, decisions "
                              "and actions (marked draft until approved)"))
        self.pdf_action.triggered.connect(lambda _c=False: self.print_minutes())
        self.approve_action = QAction(
            translate("MinutesActions", "&Approve previous minutes…"), page)
        self.approve_action.setToolTip(translate(
            "MinutesActions", "Record the previous EC meeting's minutes as approved at this "
                              "meeting"))
        self.approve_action.triggered.connect(lambda _c=False: self.approve_previous())
        toolbar.addAction(self.pdf_action)
        toolbar.addAction(self.approve_action)
        ctx.events.changed.connect(lambda type_name: self._refresh()
                                   if type_name in ("event", "") else None)
        self.set_record(None)

    def use_launcher(self, launcher: ReportLauncher) -> None:
        self.launcher = launcher

    def set_record(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self._refresh()

    def _refresh(self) -> None:
        self.pdf_action.setEnabled(self.meeting_id is not None)
        previous = self.previous()
        self.approve_action.setEnabled(
            previous is not None
            and previous["minutes_status"] != MinutesStatus.APPROVED.value)

    def previous(self) -> Record | None:
        """The EC meeting held before the page's one."""
        if self.meeting_id is None:
            return None
        try:
            meeting = self.ctx.records.get("event", self.meeting_id)
        except IaliError:
            return None
        return Overview(self.ctx.records).previous_meeting(meeting)

    def print_minutes(self) -> ReportDialog | None:
        if self.meeting_id is None:
            return None
        return self.launcher.open(ReportKind.MINUTES, self.page, self.meeting_id)

    def approve_previous(self) -> bool:
        """Approve the previous meeting's minutes at this meeting; True when written."""
        previous = self.previous()
        if previous is None or self.meeting_id is None:
            return False
        try:
            values = minutes.approval_values(self.ctx.records, previous["id"], self.meeting_id)
        except IaliError as exc:
            QMessageBox.warning(self.page, translate("MinutesActions", "Not approved"), str(exc))
            return False
        question = translate(
            "MinutesActions", "Record the minutes of “%1” as approved at this meeting, on "
                              "%2?").replace("%1", previous["name"] or "").replace(
            "%2", format_date(values["minutes_approved_on"]))
        if not self.confirm(question):
            return False
        outcome = push(self.ctx, ChangeSetCommand(
            self.ctx, translate("MinutesActions", "Approve minutes"),
            [Change("update", "event", previous["id"], values)]))
        if not outcome.ok:
            QMessageBox.warning(self.page, translate("MinutesActions", "Not approved"),
                                outcome.error)
        return outcome.ok

    def ask(self, question: str) -> bool:
        answer = QMessageBox.question(
            self.page, translate("MinutesActions", "Approve minutes"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
