"""Erased personal values: what a version's value becomes when its person is erased.

A version's value is canonical JSON text. Erasing replaces it, in place, by
`erased:<hex>`, where `<hex>` is the SHA-256 of the value as a bundle line spells it
(the JSON string holding the canonical text). That text is never valid JSON, so no real
value can look like it. The digest is what the authors' hash chains cover in place of
the value (`sync/authorship.py`), so a version keeps its id, its place in its author's
signed chain, and its identity when the same version arrives again unerased: the two
are recognised as one version, and the erased form is kept.
"""

from __future__ import annotations

import hashlib

import orjson

PREFIX = "erased:"
ERASED_LENGTH = len(PREFIX) + 64  # of an erased value's text
_ENCODED_PREFIX = b'"erased:'
_ENCODED_DIGEST_AT = len(_ENCODED_PREFIX)
_ENCODED_SIZE = _ENCODED_DIGEST_AT + 65  # the prefix, 64 hex digits, the closing quote


def encoded_digest(encoded: bytes) -> bytes:
    """The digest of a value from its JSON-string spelling in a bundle line, in the
    ASCII an author's hash chain takes in: the digest itself for an erased value, else
    the SHA-256 (hex) of those bytes."""
    if len(encoded) == _ENCODED_SIZE and encoded.startswith(_ENCODED_PREFIX):
        return encoded[_ENCODED_DIGEST_AT:-1]
    return hashlib.sha256(encoded).hexdigest().encode()


def digest(value: str) -> str:
    """The digest of a stored value text (erased or not); the same as `encoded_digest`
    of its spelling in a line."""
    return encoded_digest(orjson.dumps(value)).decode("ascii")


def is_erased(value: str | None) -> bool:
    return value is not None and value.startswith(PREFIX) and len(value) == ERASED_LENGTH


def erase(value: str) -> str:
    """The erased form of a stored value text (an erased one stays as it is)."""
    return value if is_erased(value) else PREFIX + digest(value)


def conflict_key(value: str) -> str:
    """Values compared for conflicts: every erased value counts as one."""
    return PREFIX if is_erased(value) else value


def value_of(text: str) -> object:
    """The value a stored text stands for: None once erased (`is_erased`, inlined: this
    runs once per field of every row an import derives)."""
    if len(text) == ERASED_LENGTH and text.startswith(PREFIX):
        return None
    return orjson.loads(text)
