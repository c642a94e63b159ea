"""Technical assistance requests: the generic record page plus the assessment against the
editable criteria and the EC's decision."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QScrollArea, QWidget

from iali_desktop.gui.context import AppContext
from iali_desktop.gui.records.criteria_panel import CriteriaPanel
from iali_desktop.gui.records.record_page import RecordPage
from iali_desktop.gui.records.scopes import oldest_pending_request

translate = QCoreApplication.translate


class AssistanceRequestPage(RecordPage):
    """Requests with a criteria checklist, a total score and the EC decision."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "assistance_request", parent)
        self.criteria = CriteriaPanel(ctx, self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.criteria)
        self.tabs.insertTab(
            1, scroll, translate("AssistanceRequestPage", "Assessment and decision")
        )
        self._panels.append(self.criteria)
        self.watch_panel(self.criteria)
        self.criteria.set_record(self.current_id)

    def landing_record(self) -> str | None:
        """Open on the request that has waited longest for the EC, else the first row."""
        return oldest_pending_request(self.ctx) or super().landing_record()
