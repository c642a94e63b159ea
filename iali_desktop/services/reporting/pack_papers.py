"""The files attached to an agenda item, as the meeting pack prints them.

The pack takes papers as plain data (`PaperFile`: name, size, type, whether the content is
here, and how to open it), so the printing code does not depend on where files are kept.
`papers_for` is the one place that asks the attachments service for them.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from functools import partial
from typing import BinaryIO

from .. import attachments
from ..workspace import Workspace

Opener = Callable[[], AbstractContextManager[BinaryIO]]
PapersSource = Callable[[str], list["PaperFile"]]  # agenda item id -> its attached files
PDF = "application/pdf"
SPOOL_BYTES = 16 << 20


@dataclass(frozen=True)
class PaperFile:
    """One file attached to an agenda item."""

    name: str
    size: int  # bytes
    media_type: str
    present: bool  # False: known from a colleague's change, its content not received yet
    open: Opener  # a context manager yielding the content as a binary stream

    @property
    def is_pdf(self) -> bool:
        return self.media_type == PDF or (self.media_type in ("", "application/octet-stream")
                                          and self.name.lower().endswith(".pdf"))


def papers_for(ws: Workspace, agenda_item_id: str) -> list[PaperFile]:
    """The files attached to the agenda item, oldest first."""
    found = attachments.list_for(ws, "agenda_item", agenda_item_id)
    return [PaperFile(a.name, a.size, a.media_type, a.present, partial(_seekable, ws, a.id))
            for a in sorted(found, key=lambda a: (a.added_at, a.name, a.id))]


@contextmanager
def _seekable(ws: Workspace, attachment_id: str) -> Iterator[BinaryIO]:
    """The content as a seekable file (pypdf reads a PDF from its end): in memory up to
    SPOOL_BYTES, in a temporary file beyond, so a large paper is never whole in memory."""
    with tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES) as copy, \
            attachments.open_content(ws, attachment_id) as content:
        shutil.copyfileobj(content, copy, 1 << 20)
        copy.seek(0)
        yield copy  # type: ignore[misc]


def source_for(ws: Workspace) -> PapersSource:
    return partial(papers_for, ws)
