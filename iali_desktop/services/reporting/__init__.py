"""What each printed report shows, gathered as plain data (no Qt, no ReportLab, no SQL).

The `reports` package turns these dataclasses into pages. Every read goes through the
record, plan and overview services, so a report and the dashboard agree on what
"overdue" or "due for review" means on a given day (`as_of`).
"""

from .common import (
    UNKNOWN,
    AreaStatus,
    EngagementLine,
    EventLine,
    OutcomeLine,
    PlanStatus,
    TaskLine,
    UpdateLine,
    mean_progress,
)
from .conflicts import ConflictLine, open_conflicts
from .directory import Directory, SkillGroup, directory, expert_directory
from .meeting import AgendaLine, MeetingPack, meeting_day, meeting_pack
from .minutes import CarriedAction, Minutes, carried_forward
from .pack_papers import PaperFile, PapersSource, papers_for
from .period import (
    Figures,
    IborLine,
    PeriodReport,
    PublicationLine,
    annual_report,
    progress_report,
)

__all__ = [
    "UNKNOWN",
    "AgendaLine",
    "AreaStatus",
    "CarriedAction",
    "ConflictLine",
    "Directory",
    "EngagementLine",
    "EventLine",
    "Figures",
    "IborLine",
    "MeetingPack",
    "Minutes",
    "OutcomeLine",
    "PaperFile",
    "PapersSource",
    "PeriodReport",
    "PlanStatus",
    "PublicationLine",
    "SkillGroup",
    "TaskLine",
    "UpdateLine",
    "annual_report",
    "carried_forward",
    "directory",
    "expert_directory",
    "mean_progress",
    "meeting_day",
    "meeting_pack",
    "open_conflicts",
    "papers_for",
    "progress_report",
]
