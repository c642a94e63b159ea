"""What each printed report shows, gathered as plain data (no Qt, no ReportLab, no SQL).

The `reports` package turns these dataclasses into pages. Every read goes through the
record, plan and overview services, so a report and the dashboard agree on what
"overdue" or "due for review" means on a given day (`as_of`).
"""

from .common import (
    AreaStatus,
    EngagementLine,
    EventLine,
    OutcomeLine,
    PlanStatus,
    TaskLine,
    UpdateLine,
)
from .directory import Directory, SkillGroup, directory, expert_directory
from .meeting import PAPERS, MeetingPack, meeting_pack, open_conflicts
from .minutes import CarriedAction, Minutes, carried_forward
from .period import Figures, PeriodReport, annual_report, progress_report

__all__ = [
    "PAPERS", "AreaStatus", "CarriedAction", "Directory", "EngagementLine", "EventLine",
    "Figures", "MeetingPack", "Minutes", "OutcomeLine", "PeriodReport", "PlanStatus",
    "SkillGroup", "TaskLine", "UpdateLine", "annual_report", "carried_forward", "directory",
    "expert_directory", "meeting_pack", "open_conflicts", "progress_report",
]
