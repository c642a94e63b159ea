"""People's display names from outside: made safe to show, and compared as a reader sees them.

A bundle's sender chooses its own name. Invisible characters (zero-width spaces and
joiners, direction overrides and isolates, soft hyphens: Unicode category Cf) would let
"Ana" arrive as a different string that prints the same, or as one whose text runs
backwards on screen; they are removed before a name is stored or shown. Letters from
other scripts that look like Latin ones (Cyrillic "а", Greek "Α") survive, since real
names use those scripts: `skeleton` folds them so that two look-alike names are noticed
and told apart by key fingerprint.
"""

from __future__ import annotations

import unicodedata

# Cyrillic and Greek letters that render like Latin letters in common fonts.
_CONFUSABLE = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j",
    "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ѡ": "w", "ɡ": "g",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "γ": "y", "ζ": "z",
    "0": "o", "1": "l", "|": "l", "ı": "i",
})


def clean_name(text: str) -> str:
    """`text` without invisible or direction-changing characters, spaces collapsed."""
    visible = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return " ".join(visible.split())


def skeleton(text: str) -> str:
    """What a reader sees: compatibility-folded, case-folded, look-alike letters folded,
    accents and spaces ignored. Two names with one skeleton are easily mistaken."""
    folded = unicodedata.normalize("NFKD", clean_name(text)).casefold()
    bare = "".join(ch for ch in folded if not unicodedata.combining(ch) and not ch.isspace())
    return bare.translate(_CONFUSABLE).replace("rn", "m").replace("vv", "w")


def sort_key(text: str | None) -> str | None:
    """Where a name sorts by language rules, not code points: "Émilie" beside "Emil",
    before "Rahul". Letters without their accents, case folded; the exact text breaks ties
    so the order is stable. (The window sorts its own lists with Qt's collator.)"""
    if text is None:
        return None
    folded = text.casefold()
    if text.isascii():  # nothing to decompose (most text): the same key, ten times faster
        return f"{folded}\x00{folded}"
    base = "".join(ch for ch in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(ch)).casefold()
    return f"{base}\x00{folded}"
