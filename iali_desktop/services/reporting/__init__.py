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
from .conflicts import ConflictLine, open_conflicts
from .directory import Directory, SkillGroup, directory, expert_directory
from .meeting import AgendaLine, MeetingPack, meeting_day, meeting_pack
from .pack_papers import PaperFile, PapersSource, papers_for
from .period import Figures, PeriodReport, annual_report, progress_report

__all__ = [
    "AgendaLine", "AreaStatus", "ConflictLine", "Directory", "EngagementLine", "EventLine",
    "Figures", "MeetingPack", "OutcomeLine", "PaperFile", "PapersSource", "PeriodReport",
    "PlanStatus", "SkillGroup", "TaskLine", "UpdateLine", "annual_report", "directory",
    "expert_directory", "meeting_day", "meeting_pack", "open_conflicts", "papers_for",
    "progress_report",
]
