"""Sorting names as readers expect them: "Émilie" with the E's, before "Rahul".

Python's own order is by code point, which puts every accented capital after "Z". This
key compares the letters without their accents and case first (as the Unicode collation
algorithm's first level does for Latin, Greek and Cyrillic), then the accents, then the
case, so the order is stable and "Emilie" / "Émilie" / "emilie" stay next to each other.
PyICU would add per-language tailoring (Spanish "ñ" after "n"), at the cost of a large
compiled dependency; the accent-blind order is right for the languages IALI works in.
"""

from __future__ import annotations

import unicodedata


def _base(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def sort_key(text: str | None) -> tuple[str, str, str]:
    """A key for `sorted` that orders names by their letters, accents and case last."""
    value = (text or "").strip()
    return (_base(value).casefold(), unicodedata.normalize("NFKD", value).casefold(), value)
