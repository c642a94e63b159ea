"""Printed documents (ReportLab): the EC meeting pack and minutes, period reports and
directories.

The GUI and the CLI call the `build_*` functions; each takes an open workspace, a path to
write, a language (en, fr, es), a page size (A4 or Letter), an optional progress callback
`(done, total, message)` and an optional as-of date (today by default, the meeting's date
for the meeting pack: it decides what is overdue and is the PDF's creation date), and
returns the path written. The meeting pack also takes the action plan to report on and
the agenda items' attached files (`papers`).
"""

from .annual_report import build_annual_report
from .directory import build_directory
from .i18n import LANGUAGES
from .meeting_pack import build_meeting_pack
from .minutes import build_minutes
from .progress_report import build_progress_report

__all__ = ["LANGUAGES", "build_annual_report", "build_directory", "build_meeting_pack",
           "build_minutes", "build_progress_report"]
