"""The dashboard: what needs attention in the current plan, on one screen.

The questions (what is overdue, what is due for review ...) are answered by the
Qt-free `services.overview.Overview`, shared with the printed packs, so the window and
the paper never disagree; this page only lays the answers out and links each to its
record. It reloads when records change, or when next shown if it was hidden.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from iali_desktop.services.overview import Overview
from iali_desktop.services.peer_list import list_peers
from iali_desktop.services.plans import PlanService
from iali_desktop.services.records import Record

from .context import AppContext
from .dashboard_cards import AreaBar, ListCard, ProgressCard, Row
from .formatting import format_date, format_moment, format_number
from .labels import choice_label

RELOAD_DELAY_MS = 200
LATEST_ENGAGEMENTS = 8
TASK_ROWS = 100  # overdue and due-soon tasks listed; a larger plan's others are counted
# The record types each part of the page is read from (titles included: an owner's name,
# a member's organisation): a change to other types leaves that part as it is.
READS = {
    "plan": frozenset({"action_plan", "action_area", "task"}),  # heading and progress
    "tasks": frozenset({"action_plan", "task", "person"}),
    "events": frozenset({"event"}),
    "requests": frozenset({"assistance_request"}),
    "agreements": frozenset({"agreement"}),
    "dues": frozenset({"member", "dues", "organisation"}),
    "engagements": frozenset({"engagement"}),
}


class DashboardPage(QWidget):
    """Plan progress, deadlines, events, pending decisions, dues and sync at a glance."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.plans = PlanService(ctx.records)
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.progress = ProgressCard(self)
        self.overdue = ListCard("overdueTasks", 3, self)
        self.due_soon = ListCard("dueSoonTasks", 3, self)
        self.events = ListCard("upcomingEvents", 3, self)
        self.requests = ListCard("pendingRequests", 2, self)
        self.agreements = ListCard("agreementsForReview", 2, self)
        self.dues = ListCard("unpaidDues", 2, self)
        self.engagements = ListCard("latestEngagements", 2, self)
        self.sync = ListCard("syncStatus", 2, self)
        for card in self.cards():
            card.open_record.connect(ctx.events.open_record)
        self.progress.open_record.connect(ctx.events.open_record)

        content = QWidget(self)
        grid = QGridLayout(content)
        grid.setContentsMargins(16, 12, 16, 16)
        grid.setSpacing(12)
        grid.addWidget(self.heading, 0, 0, 1, 2)
        grid.addWidget(self.progress, 1, 0, 1, 2)
        pairs = [(self.overdue, self.due_soon), (self.events, self.requests),
                 (self.agreements, self.dues), (self.engagements, self.sync)]
        for row, (left, right) in enumerate(pairs, start=2):
            grid.addWidget(left, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(right, row, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(pairs) + 2, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self._dirty = True
        self._changed: set[str] | None = set()  # types changed since the last load (None: any)
        self._loaded_on: dt.date | None = None
        self._plan_id: str | None = None
        self._timer = QTimer(self, singleShot=True, interval=RELOAD_DELAY_MS)
        self._timer.timeout.connect(self._reload_if_visible)
        ctx.events.changed.connect(self._schedule)
        self.reload()

    def cards(self) -> list[ListCard]:
        return [self.overdue, self.due_soon, self.events, self.requests, self.agreements,
                self.dues, self.engagements, self.sync]

    # -- loading ---------------------------------------------------------------------

    def reload(self) -> None:
        """Read every part of the page again."""
        self._changed = None
        self._load_changed()

    def _load_changed(self) -> None:
        """Read again the parts that show records of the types changed since the last
        load (all of them on a new day: what is overdue or due soon moved)."""
        changed, self._changed, self._dirty = self._changed, set(), False
        overview = Overview(self.ctx.records, self.today)
        if overview.today != self._loaded_on:
            changed, self._loaded_on = None, overview.today

        def stale(part: str) -> bool:
            return changed is None or not READS[part].isdisjoint(changed)

        if stale("plan"):
            plan = self.plans.current_plan()
            self._plan_id = plan["id"] if plan else None
            self._retitle(plan)
            self._load_progress(self._plan_id)
        if stale("tasks"):
            self._load_tasks(overview, self._plan_id)
        if stale("events"):
            self._load_events(overview)
        if stale("requests"):
            self._load_requests(overview)
        if stale("agreements"):
            self._load_agreements(overview)
        if stale("dues"):
            self._load_dues(overview)
        if stale("engagements"):
            self._load_engagements(overview)
        self._load_sync()  # colleagues' exchanges are no records: read each time (one query)

    def _load_progress(self, plan_id: str | None) -> None:
        bars: list[AreaBar] = []
        if plan_id:
            for area in self.plans.area_summaries(plan_id):
                label = f"{area.area['number'] or ''}. {area.area['role_name'] or ''}"
                detail = self.tr("Tasks done: %1/%2").replace("%1", str(area.done)).replace(
                    "%2", str(area.counted))
                bars.append(AreaBar(area.area["id"], label, area.progress, detail))
        self.progress.set_areas(bars)

    def _task_rows(self, tasks: list[Record], alert: bool) -> list[Row]:
        owners = self.ctx.records.titles("person", [t["owner"] for t in tasks if t["owner"]])
        return [Row((t["title"] or "", owners.get(t["owner"] or "", ""),
                     format_date(t["due_date"])), "task", t["id"],
                    tooltip=t["title"] or "", alert=alert) for t in tasks]

    def _load_tasks(self, overview: Overview, plan_id: str | None) -> None:
        # The first TASK_ROWS of each list, then how many more (the Tasks page has all).
        overdue = self._task_rows(overview.overdue_tasks(plan_id, TASK_ROWS + 1), True)
        if len(overdue) > TASK_ROWS:
            overdue[TASK_ROWS:] = [self._more(overview.overdue_count(plan_id) - TASK_ROWS)]
        self.overdue.set_rows(overdue, self.tr("No overdue tasks."))
        soon = self._task_rows(overview.due_soon_tasks(plan_id, limit=TASK_ROWS + 1), False)
        if len(soon) > TASK_ROWS:
            soon[TASK_ROWS:] = [self._more(overview.due_soon_count(plan_id) - TASK_ROWS)]
        self.due_soon.set_rows(soon, self.tr("Nothing due in the next 30 days."))

    def _more(self, count: int) -> Row:
        return Row((self.tr("… and %n more (see Tasks)", "", count), "", ""))

    def _load_events(self, overview: Overview) -> None:
        rows = [Row((e["name"] or "", choice_label(e["kind"]), format_date(e["start_date"])),
                    "event", e["id"]) for e in overview.upcoming_events()]
        self.events.set_rows(rows, self.tr("No events in the next 90 days."))

    def _load_requests(self, overview: Overview) -> None:
        rows = []
        for pending in overview.pending_requests():
            r = pending.request
            age = (self.tr("%n day(s)", "", pending.age_days)
                   if pending.age_days is not None else self.tr("date unknown"))
            rows.append(Row((r["subject"] or "", age), "assistance_request", r["id"]))
        self.requests.set_rows(rows, self.tr("No request is waiting for the EC."))

    def _load_agreements(self, overview: Overview) -> None:
        rows = [Row((a["title"] or "", format_date(a["review_on"])), "agreement", a["id"],
                    alert=bool(a["review_on"] and a["review_on"] < overview.today.isoformat()))
                for a in overview.agreements_due_for_review()]
        self.agreements.set_rows(rows, self.tr("No agreement is due for review."))

    def _load_dues(self, overview: Overview) -> None:
        unpaid = overview.unpaid_dues()
        names = self.ctx.records.titles("member", [u.member["id"] for u in unpaid])
        rows = []
        for u in unpaid:
            amount = ""
            if u.dues is not None and u.dues.get("amount"):
                amount = f"{format_number(u.dues['amount'])} {u.dues.get('currency') or ''}"
            rows.append(Row((names.get(u.member["id"], ""), amount.strip()), "member",
                            u.member["id"]))
        self.dues.set_rows(rows, self.tr("Every active member has paid this year."))
        self.dues.title.setText(self.tr("Unpaid dues %1").replace(
            "%1", str(overview.today.year)))

    def _load_engagements(self, overview: Overview) -> None:
        rows = [Row((e["summary"] or "", format_date(e["date"])), "engagement", e["id"])
                for e in overview.latest_engagements(LATEST_ENGAGEMENTS)]
        self.engagements.set_rows(rows, self.tr("No engagement logged yet."))

    def _load_sync(self) -> None:
        rows = []
        for peer in list_peers(self.ctx.ws, with_lacks=False):  # lacks are not shown
            last = max(peer.last_import_at or "", peer.last_export_at or "")
            rows.append(Row((peer.name, format_moment(last, with_time=False) or self.tr("never"))))
        self.sync.set_rows(rows, self.tr("No bundle exchanged with a colleague yet."))

    # -- refresh and language --------------------------------------------------------

    def _schedule(self, type_name: str) -> None:
        if self._changed is not None:
            if type_name:
                self._changed.add(type_name)
            else:  # a change of any type (an import, another database)
                self._changed = None
        self._dirty = True
        self._timer.start()

    def _reload_if_visible(self) -> None:
        if self.isVisible():
            self._load_changed()

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            self._load_changed()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.reload()
        super().changeEvent(event)

    def _retitle(self, plan: Record | None) -> None:
        self.heading.setText(plan["title"] if plan else self.tr("No action plan yet"))
        self.heading.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.progress.title.setText(self.tr("Progress per action area"))
        self.overdue.title.setText(self.tr("Overdue tasks"))
        self.due_soon.title.setText(self.tr("Due in the next 30 days"))
        self.events.title.setText(self.tr("Upcoming events (90 days)"))
        self.requests.title.setText(self.tr("Assistance requests awaiting the EC"))
        self.agreements.title.setText(self.tr("Agreements due for review"))
        self.engagements.title.setText(self.tr("Latest engagements"))
        self.sync.title.setText(self.tr("Sync: last exchange per colleague"))
        task_headers = [self.tr("Task"), self.tr("Owner"), self.tr("Due")]
        self.overdue.set_headers(task_headers)
        self.due_soon.set_headers(task_headers)
        self.events.set_headers([self.tr("Event"), self.tr("Kind"), self.tr("Starts")])
        self.requests.set_headers([self.tr("Subject"), self.tr("Waiting")])
        self.agreements.set_headers([self.tr("Agreement"), self.tr("Review due")])
        self.dues.set_headers([self.tr("Member"), self.tr("Amount")])
        self.engagements.set_headers([self.tr("Summary"), self.tr("Date")])
        self.sync.set_headers([self.tr("Colleague"), self.tr("Last exchange")])
