"""The printed reports as the window offers them, and the one call that builds each.

The dialog, the menu and the EC meeting page's "Meeting pack" and "Minutes" actions all
describe a
report as a `ReportRequest` and print it through `build()`, so there is one path from
the window to the `iali_desktop.reports` API (which knows nothing of Qt).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from iali_desktop.services.workspace import A_REPORT, Workspace

Progress = Callable[[int, int, str], None]
PAGE_SIZES = ("A4", "Letter")


class ReportKind(Enum):
    """Which document; the value names the default file."""

    MEETING_PACK = "ec-meeting-pack"
    MINUTES = "ec-meeting-minutes"
    ANNUAL = "annual-evaluation-report"
    PROGRESS = "progress-report"
    DIRECTORY = "directory-of-organisations"
    EXPERTS = "directory-of-experts"

    @property
    def subject(self) -> str | None:
        """What the user picks before printing: a meeting, a year, a plan, or nothing."""
        return {ReportKind.MEETING_PACK: "meeting", ReportKind.MINUTES: "meeting",
                ReportKind.ANNUAL: "year",
                ReportKind.PROGRESS: "plan"}.get(self)


@dataclass(frozen=True)
class ReportRequest:
    """Everything one print needs; `subject` is a meeting id, a year or a plan id."""

    kind: ReportKind
    subject: str | int | None
    out: Path
    lang: str = "en"
    page_size: str = "A4"
    as_of: dt.date | None = None  # the meeting pack's day (the meeting's date when None)
    plan_id: str | None = None  # the meeting pack's plan (the one covering its year)


def build(ws: Workspace, request: ReportRequest, progress: Progress | None = None) -> Path:
    """Write the requested PDF; the reports API raises IaliError for what a person can fix."""
    # ReportLab and the documents load on the first print, not with the window.
    from iali_desktop.reports import (
        build_annual_report,
        build_directory,
        build_meeting_pack,
        build_minutes,
        build_progress_report,
    )

    kind, subject, out = request.kind, request.subject, request.out
    lang, size = request.lang, request.page_size
    ws.refuse_own_files(out, A_REPORT)
    if kind is ReportKind.MEETING_PACK:
        return build_meeting_pack(ws, str(subject), out, lang, size, progress,
                                  as_of=request.as_of, plan_id=request.plan_id)
    if kind is ReportKind.MINUTES:
        return build_minutes(ws, str(subject), out, lang, size, progress)
    if kind is ReportKind.ANNUAL:
        return build_annual_report(ws, int(subject or 0), out, lang, size, progress)
    if kind is ReportKind.PROGRESS:
        return build_progress_report(ws, str(subject), out, lang, size, progress)
    return build_directory(ws, out, kind is ReportKind.EXPERTS, lang, size, progress)

def default_file_name(kind: ReportKind, tag: str | None = None,
                      today: dt.date | None = None, language: str = "en") -> str:
    """"ec-meeting-pack-2026-12-25.pdf": the kind, then the meeting's date, the year or the
    plan's period (`tag`), or today's date for the directories; then the language when it
    is not English ("…-2026-12-25-fr.pdf"), so two languages do not overwrite each other."""
    suffix = tag or (today or dt.date.today()).isoformat()
    lang = "" if language == "en" else f"-{language}"
    return f"{kind.value}-{suffix}{lang}.pdf"
