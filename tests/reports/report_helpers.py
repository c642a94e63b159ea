"""Reading printed reports back: page text, outline, sections (pypdf)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from pypdf import PdfReader

TODAY = dt.date(2026, 3, 10)
REPLICA = "Secretariat – Émilie"


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def flat(text: str) -> str:
    """Text with every run of whitespace as one space (cells wrap lines anywhere)."""
    return re.sub(r"\s+", " ", text)


def outline_titles(path: Path) -> list[tuple[int, str]]:
    """(depth, title) of every outline entry, in order."""
    out: list[tuple[int, str]] = []

    def walk(items: list[object], depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                out.append((depth, str(item.title)))  # type: ignore[attr-defined]

    walk(PdfReader(path).outline, 0)
    return out


def section_text(path: Path, title: str) -> str:
    """The flattened text of the pages from the section's first page to the next
    top-level section's page."""
    reader = PdfReader(path)
    top = [item for item in reader.outline if not isinstance(item, list)]
    starts = [(str(item.title), reader.get_destination_page_number(item)) for item in top]
    for i, (name, first) in enumerate(starts):
        if name == title:
            last = starts[i + 1][1] if i + 1 < len(starts) else len(reader.pages) - 1
            pages = reader.pages[first:max(last, first) + 1]
            return flat(" ".join(page.extract_text() or "" for page in pages))
    raise AssertionError(f"no section {title!r} in the outline")
