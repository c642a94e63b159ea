"""The annual evaluation report: the plan that covers a year, with that year's work."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from iali_desktop.services.association import load_association
from iali_desktop.services.reporting import annual_report
from iali_desktop.services.workspace import Workspace

from .document import Progress, options
from .period import render_period


def build_annual_report(ws: Workspace, year: int, out: Path, lang: str = "en",
                        page_size: str = "A4", progress: Progress | None = None,
                        as_of: dt.date | None = None) -> Path:
    """Print the evaluation of `year` to `out`; returns the path written."""
    tr = options(lang, page_size)
    if progress:
        progress(0, 100, tr("Reading the data"))
    report = annual_report(ws, year, as_of or dt.date.today())
    return render_period(report, out, tr, tr("Annual evaluation report {year}", year=year),
                         tr("Evaluation of the IALI action plan for {year}",
                            year=year), page_size, progress,
                         ws.identity().demo, load_association(ws).name)
