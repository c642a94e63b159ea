"""The EC meetings: each meeting's details, its ordered agenda with each item's minutes,
its decisions and action items, and who attended, on one page.

The generic record page shows events of kind "EC meeting" only (new ones get that kind);
the agenda, the decisions and the participants are child lists of the selected meeting,
edited in place. Their forms have no Save button: Save (Ctrl+S) writes the meeting and
whatever is being edited in its tabs together, as one undo step. The toolbar prints the
meeting's pack and minutes and approves the previous meeting's minutes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from iali_desktop.domain.choices import DecisionKind, EventKind
from iali_desktop.domain.errors import IaliError
from iali_desktop.domain.ids import new_id
from iali_desktop.domain.query import Filter, Op
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.records.action_task_dialog import ActionTaskDialog
from iali_desktop.gui.records.child_records_panel import ChildRecordsPanel
from iali_desktop.gui.records.editors import LongTextEditor, RefEditor
from iali_desktop.gui.records.meeting_pack_action import MeetingPackAction
from iali_desktop.gui.records.minutes_actions import MinutesActions
from iali_desktop.gui.records.record_page import RecordPage
from iali_desktop.gui.records.scopes import next_or_latest_meeting
from iali_desktop.gui.records.undo import Change, ChangeSetCommand, push
from iali_desktop.gui.reports.launcher import ReportLauncher
from iali_desktop.gui.shortcuts import with_shortcut_tip
from iali_desktop.services import minutes as minutes_service

translate = QCoreApplication.translate
MINUTES_HEIGHT = 220  # an agenda item's minutes: a few paragraphs visible while typing
DECISION_HEIGHT = 110  # a decision: a resolution of a few lines


class MeetingPage(RecordPage):
    """EC meetings with agenda (ordered, renumbered as one undo step), minutes, decisions
    and attendance, all saved with the meeting."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "event", parent, fixed={"kind": "ec_meeting"})
        # The page lists EC meetings only: its words say so, not "events".
        self.filter_bar.search.setPlaceholderText(
            translate("MeetingPage", "Search EC meetings…"))
        self.new_action.setText(translate("MeetingPage", "&New EC meeting"))
        with_shortcut_tip(self.new_action)
        self.form.set_new_title(translate("MeetingPage", "New EC meeting"))
        self.agenda = ChildRecordsPanel(
            ctx, "agenda_item", "meeting", self, position_field="position"
        )
        self.decisions = ChildRecordsPanel(
            ctx,
            "decision",
            "meeting",
            self,
            scoped={"agenda_item": "meeting"},
            defaults={"kind": "decision", "status": "open"},
        )
        self.attendance = ChildRecordsPanel(ctx, "event_participant", "event", self)
        _taller(self.agenda, "minutes", MINUTES_HEIGHT)
        _taller(self.decisions, "text", DECISION_HEIGHT)
        self.task_button = QPushButton(translate("MeetingPage", "&Task in the plan…"), self)
        self.task_button.setToolTip(translate(
            "MeetingPage", "Make this action item a task of the action plan, or link it to "
                           "an existing task"))
        self.task_button.clicked.connect(lambda _c=False: self.open_task_dialog())
        self.decisions.button_row.insertWidget(2, self.task_button)
        self.decisions.shown.connect(lambda _id: self._update_task_button())
        self.decisions.dirty_changed.connect(lambda _d: self._update_task_button())
        self.task_dialog: ActionTaskDialog | None = None
        self.ec_button = QPushButton(translate("MeetingPage", "Add the &EC members"), self)
        self.ec_button.setToolTip(translate(
            "MeetingPage", "List the President, the EC members and the regional "
                           "representatives as participants of this meeting"))
        self.ec_button.clicked.connect(lambda _c=False: self.add_ec_members())
        self.attendance.button_row.insertWidget(2, self.ec_button)
        self.tabs.insertTab(1, self.agenda, translate("MeetingPage", "Agenda"))
        # Short tab titles: five tabs must fit the detail side of a 1280 px window in
        # every language; the tooltip says what the tab holds.
        self.tabs.insertTab(2, self.decisions, translate("MeetingPage", "Decisions"))
        self.tabs.setTabToolTip(
            1, translate("MeetingPage", "Agenda items, with each item's minutes"))
        self.tabs.setTabToolTip(
            2, translate("MeetingPage", "Decisions and action items"))
        self.tabs.insertTab(3, self.attendance, translate("MeetingPage", "Attendance"))
        self.tabs.setTabToolTip(
            3, translate("MeetingPage", "Participants: present, apologies or absent"))
        # Five tabs: their names stay readable without scroll arrows (Spanish runs long).
        self.tabs.setMinimumWidth(max(self.tabs.tabBar().sizeHint().width() + 4,
                                      self.tabs.minimumSizeHint().width()))
        self.child_panels = [self.agenda, self.decisions, self.attendance]
        self._panels += self.child_panels
        for panel in self.child_panels:
            self.watch_panel(panel)
            panel.form.save_on_leave = self.save  # moving to another item saves them all
        approving = self.form.editors.get("minutes_approved_at")
        if isinstance(approving, RefEditor):  # minutes are approved at an EC meeting
            approving.picker.set_scope((Filter("kind", Op.EQ, EventKind.EC_MEETING.value),))
        self.new_action.setText(translate("MeetingPage", "&New EC meeting"))
        self.pack_action = MeetingPackAction(ctx, self)
        self.type_toolbar.addSeparator()
        self.type_toolbar.addAction(self.pack_action)
        self.minutes = MinutesActions(ctx, self, self.type_toolbar)
        self._panels += [self.pack_action, self.minutes]
        for shown in self._panels[-5:]:  # the three tabs, the pack and the minutes
            shown.set_record(self.current_id)
        self._update_actions()

    def landing_record(self) -> str | None:
        """Open on the next EC meeting (the one being prepared), else the latest."""
        return next_or_latest_meeting(self.ctx)

    def use_launcher(self, launcher: ReportLauncher) -> None:
        """Print through the window's launcher (its folder, its viewer)."""
        self.pack_action.use_launcher(launcher)
        self.minutes.use_launcher(launcher)

    # -- one save for the meeting and its tabs ---------------------------------------------
    def save(self) -> bool:
        """Write the meeting's edits and those of its agenda item, decision and participant
        forms in one step (one undo); nothing is written when any field is wrong."""
        forms = [*(p.form for p in self.child_panels), self.form]
        staged = [form.staged() for form in forms]
        if any(s is None for s in staged):
            return False
        changes = [change for s in staged for change in s or []]
        if changes:
            title = self.form.title() if self.form.row_id else \
                translate("MeetingPage", "new EC meeting")
            command = ChangeSetCommand(
                self.ctx, translate("MeetingPage", "Save “%1”").replace("%1", title),
                _parent_first(changes), on_error=self.form.show_service_error)
            if not push(self.ctx, command).ok:
                return False
        for form in forms:  # the children first: the meeting's `saved` reloads the tabs
            form.committed()
        self._update_actions()
        self.dirty_changed.emit(self.has_unsaved)
        return True

    def revert(self) -> None:
        for panel in self.child_panels:
            panel.revert()
        self.form.revert()

    def maybe_leave(self) -> bool:
        """One question for the meeting and its tabs; Save writes them all as one step."""
        if not self.has_unsaved:
            return True
        answer = self.form.ask_leave()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        return False

    def _update_actions(self) -> None:
        super()._update_actions()
        if not hasattr(self, "child_panels"):  # the base page's first call, before the tabs
            return
        unsaved = self.has_unsaved
        self.save_action.setEnabled(unsaved)
        self.revert_action.setEnabled(unsaved)

    # -- an action item's task -------------------------------------------------------------
    def _update_task_button(self) -> None:
        row_id = self.decisions.form.row_id
        enabled = False
        if row_id is not None and not self.decisions.form.dirty:
            try:
                row = self.ctx.records.get("decision", row_id)
            except IaliError:
                row = None
            enabled = bool(row and row["kind"] == DecisionKind.ACTION_ITEM.value
                           and not row["task"])
        self.task_button.setEnabled(enabled)

    def add_ec_members(self) -> int:
        """Add the EC's members not listed yet, as one undo step; how many were added."""
        meeting = self.current_id
        if meeting is None or not self.attendance.maybe_leave():
            return 0
        try:
            rows = minutes_service.ec_participants(self.ctx.records, meeting)
        except IaliError as exc:
            QMessageBox.warning(self, translate("MeetingPage", "Not added"), str(exc))
            return 0
        if not rows:
            self.ctx.events.notice.emit(translate(
                "MeetingPage", "Every EC member is listed already."))
            return 0
        outcome = push(self.ctx, ChangeSetCommand(
            self.ctx, translate("MeetingPage", "Add the EC members"),
            [Change("create", "event_participant", new_id(), row) for row in rows]))
        if not outcome.ok:
            QMessageBox.warning(self, translate("MeetingPage", "Not added"), outcome.error)
            return 0
        return len(rows)

    def open_task_dialog(self) -> ActionTaskDialog | None:
        """The dialog for the selected action item (window-modal; returned for tests)."""
        row_id = self.decisions.form.row_id
        if row_id is None:
            return None
        dialog = ActionTaskDialog(self.ctx, row_id, self)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.task_dialog = dialog
        dialog.open()
        return dialog


def _taller(panel: ChildRecordsPanel, field: str, height: int) -> None:
    editor = panel.form.editors.get(field)
    if isinstance(editor, LongTextEditor):
        editor.edit.setFixedHeight(height)


def _parent_first(changes: list[Change]) -> list[Change]:
    """A new meeting is created before anything that refers to it."""
    return sorted(changes, key=lambda c: c.type_name != "event")
