"""The EC meetings: each meeting's details, its ordered agenda, and its decisions and
action items, on one page.

The generic record page shows events of kind "EC meeting" only (new ones get that kind);
the agenda and the decisions are child lists of the selected meeting, edited in place,
and the toolbar prints the meeting's pack.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from iali_desktop.gui.context import AppContext
from iali_desktop.gui.records.child_records_panel import ChildRecordsPanel
from iali_desktop.gui.records.meeting_pack_action import MeetingPackAction
from iali_desktop.gui.records.record_page import RecordPage
from iali_desktop.gui.records.scopes import next_or_latest_meeting
from iali_desktop.gui.reports.launcher import ReportLauncher
from iali_desktop.gui.shortcuts import with_shortcut_tip

translate = QCoreApplication.translate


class MeetingPage(RecordPage):
    """EC meetings with agenda (ordered, renumbered as one undo step) and decisions."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "event", parent, fixed={"kind": "ec_meeting"})
        # The page lists EC meetings only: its words say so, not "events".
        self.filter_bar.search.setPlaceholderText(
            translate("MeetingPage", "Search EC meetings…"))
        self.new_action.setText(translate("MeetingPage", "&New EC meeting"))
        with_shortcut_tip(self.new_action)
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
        self.tabs.insertTab(1, self.agenda, translate("MeetingPage", "Agenda"))
        # Short tab titles: four tabs must fit the detail side of a 1280 px window in
        # every language; the tooltip says what the tab holds.
        self.tabs.insertTab(2, self.decisions, translate("MeetingPage", "Decisions"))
        self.tabs.setTabToolTip(
            2, translate("MeetingPage", "Decisions and action items"))
        self._panels += [self.agenda, self.decisions]
        self.watch_panel(self.agenda)
        self.watch_panel(self.decisions)
        self.new_action.setText(translate("MeetingPage", "&New EC meeting"))
        self.pack_action = MeetingPackAction(ctx, self)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.pack_action)
        self._panels.append(self.pack_action)
        for panel in (self.agenda, self.decisions, self.pack_action):
            panel.set_record(self.current_id)

    def landing_record(self) -> str | None:
        """Open on the next EC meeting (the one being prepared), else the latest."""
        return next_or_latest_meeting(self.ctx)

    def use_launcher(self, launcher: ReportLauncher) -> None:
        """Print through the window's launcher (its folder, its viewer)."""
        self.pack_action.use_launcher(launcher)
