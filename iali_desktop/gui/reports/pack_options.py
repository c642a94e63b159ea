"""The meeting pack dialog's own rows: the action plan, the day the pack is "as of", and
the open sync conflicts to settle before printing.

The pack is made as of a day (the meeting's date unless the secretary picks another), so
a pack for a past meeting shows that period and printing it again gives the same file.
Open conflicts are not printed in the pack handed to the EC; they are listed here, as a
checklist for the secretary.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLabel, QWidget

from iali_desktop.gui.context import AppContext
from iali_desktop.gui.formatting import date_format
from iali_desktop.gui.labels import type_label
from iali_desktop.services.plans import PlanService
from iali_desktop.services.reporting import open_conflicts

translate = QCoreApplication.translate
WARNING_STYLE = "color: #8a5300;"
SHOWN_CONFLICTS = 5


class PackOptions:
    """Adds the plan, as-of and conflicts rows to the report dialog's form."""

    def __init__(self, ctx: AppContext, form: QFormLayout, parent: QWidget) -> None:
        self.plan = QComboBox(parent)
        self.plan.addItem(translate("PackOptions", "The plan covering the meeting's year"), None)
        plans = sorted(PlanService(ctx.records).plans(),
                       key=lambda p: p.get("period_start") or 0, reverse=True)
        for plan in plans:
            self.plan.addItem(str(plan.get("title") or ""), plan["id"])
        self.as_of = QDateEdit(parent)
        self.as_of.setCalendarPopup(True)
        # As every date in the window: the locale's order with four digits ("1/2/27" was
        # the locale's short form, unlike the meeting's own dates beside it).
        self.as_of.setDisplayFormat(date_format())
        self.as_of.setAccessibleName(translate("PackOptions", "Data as of"))
        self.as_of.setToolTip(translate(
            "PackOptions", "The pack shows the records as they stood on this day; the same "
                           "data and day print the same file."))
        self.as_of.dateChanged.connect(self._edited)
        self._chosen_day = False  # once the secretary picks a day, keep it
        self._setting = False
        self.conflicts = QLabel(parent)
        self.conflicts.setWordWrap(True)
        self.conflicts.setStyleSheet(WARNING_STYLE)
        self.conflicts.setAccessibleName(translate("PackOptions", "Open sync conflicts"))
        form.addRow(translate("PackOptions", "Action &plan:"), self.plan)
        form.addRow(translate("PackOptions", "Data &as of:"), self.as_of)
        form.addRow(self.conflicts)
        self._show_conflicts(ctx)

    def meeting_changed(self, start: str | None) -> None:
        """Follow the chosen meeting's date until the secretary picks a day."""
        if self._chosen_day:
            return
        day = dt.date.fromisoformat(start) if start else dt.date.today()
        self._setting = True
        self.as_of.setDate(QDate(day.year, day.month, day.day))
        self._setting = False

    def _edited(self, _date: QDate) -> None:
        if not self._setting:
            self._chosen_day = True

    def day(self) -> dt.date:
        date = self.as_of.date()
        return dt.date(date.year(), date.month(), date.day())

    def plan_id(self) -> str | None:
        data = self.plan.currentData()
        return str(data) if data else None

    def _show_conflicts(self, ctx: AppContext) -> None:
        found = open_conflicts(ctx.ws)
        if not found:
            self.conflicts.hide()
            return
        lines = [f"• {type_label(c.record_type)} “{c.title}”: {c.field}"
                 for c in found[:SHOWN_CONFLICTS]]
        if len(found) > SHOWN_CONFLICTS:
            lines.append(translate("PackOptions", "… and %n more", "",
                                   len(found) - SHOWN_CONFLICTS))
        head = translate("PackOptions", "Before printing: %n field(s) have values from two "
                                        "computers that nobody has settled yet. The pack "
                                        "prints the value shown now; settle them on the "
                                        "Conflicts page first.", "", len(found))
        self.conflicts.setText("\n".join([head, *lines]))
        self.conflicts.show()
