"""The 3-yearly progress report to the General Assembly: one plan over its whole period."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from iali_desktop.services.association import load_association
from iali_desktop.services.reporting import progress_report
from iali_desktop.services.workspace import Workspace

from .document import Progress, options
from .period import render_period


def build_progress_report(ws: Workspace, plan_id: str, out: Path, lang: str = "en",
                          page_size: str = "A4", progress: Progress | None = None,
                          as_of: dt.date | None = None) -> Path:
    """Print the progress of the plan `plan_id` to `out`; returns the path written."""
    tr = options(lang, page_size)
    if progress:
        progress(0, 100, tr("Reading the data"))
    report = progress_report(ws, plan_id, as_of or dt.date.today())
    return render_period(report, out, tr, tr("Progress report to the General Assembly"),
                         tr("Progress on {plan}", plan=report.plan.title), page_size, progress,
                         ws.identity().demo, load_association(ws).name)
