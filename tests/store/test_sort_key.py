"""The language-order key lists, stored keys and ORDER BY use: the shortcut taken for
plain ASCII text gives the key the full decomposition gives."""

from __future__ import annotations

import random
import string
import unicodedata

from iali_desktop.domain.names import sort_key


def _decomposed(text: str) -> str:
    base = "".join(ch for ch in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(ch)).casefold()
    return f"{base}\x00{text.casefold()}"


def test_ascii_and_accented_texts_get_the_key_of_the_full_decomposition() -> None:
    rng = random.Random(5)
    letters = string.printable + "ÉéèÅøßẞİıǅﬁΩω"
    texts = ["", "Rahul", "Émilie", "emil", "MOU signed", "ILO\x00x", "\x7f",
             *(chr(i) * 2 for i in range(128)),
             *("".join(rng.choice(letters) for _ in range(rng.randrange(12)))
               for _ in range(5000))]
    for text in texts:
        assert sort_key(text) == _decomposed(text), repr(text)
    assert sort_key(None) is None
    assert sorted(["Rahul", "émilie", "Emil"], key=sort_key) == ["Emil", "émilie", "Rahul"]
