"""The sample-data database: a separate file holding the fictional demo dataset.

"Explore with sample data" opens it, creating it on first use; the user's own database
is never touched. Because the file is flagged as a demo database, the window marks every
page, every printed page says so, and it neither makes nor takes bundles.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from iali_desktop.domain.errors import DatabaseError
from iali_desktop.domain.translation import _

from . import paths
from .setup import initialise, rename
from .workspace import Workspace

log = logging.getLogger(__name__)

SAMPLE_REPLICA_NAME = "Sample data (fictional)"


def open_demo_database(path: Path | None = None, today: dt.date | None = None) -> Workspace:
    """Open the sample-data database, creating and filling it when it does not exist.

    A file at that place that is not a demo database (a user's own, moved there) is
    refused rather than filled."""
    target = Path(path) if path is not None else paths.demo_db_path()
    if not target.exists():
        log.info("creating the sample-data database at %s", target)
        return create_demo_database(target, today=today)[0]
    ws = Workspace.open(target)
    if not ws.identity().demo:
        ws.close()
        raise DatabaseError(_("{target} holds a database of real records, not the sample data; it "
                              "was left as it is", target=target))
    return ws


def create_demo_database(path: Path, name: str | None = None, today: dt.date | None = None
                         ) -> tuple[Workspace, int]:
    """A new database with both seeded plans and the demo dataset, and how many demo
    records were added (0: the file was a demo database already). Refused, with the file
    left as it was, if it already holds records of its own (see `add_demo_data`)."""
    new = not Path(path).exists()
    ws, _created = initialise(path, (name or SAMPLE_REPLICA_NAME) if new else None)
    try:
        from .demo import add_demo_data  # the demo dataset loads only to fill one

        added = 0 if ws.identity().demo else add_demo_data(ws, today)
        if name and not new:
            rename(ws, name)
    except BaseException:
        ws.close()
        raise
    return ws, added

