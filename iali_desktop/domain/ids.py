"""Record ids: UUIDv7, random for new records and derived for seed records.

A seed record gets the same id on every install (derived from its stable key), so two
installs that later sync never duplicate the action plans.
"""

from __future__ import annotations

import hashlib
import uuid

SEED_EPOCH_MS = 1_306_886_400_000  # 2011-06-01T00:00:00Z, when the first seeded plan was proposed
SEED_REPLICA = "00000000-0000-7000-8000-000000000001"


def new_id() -> str:
    # uuid6 loads importlib.metadata and email parsing (25 ms): not before the window's
    # first paint, which makes no record.
    import uuid6

    return str(uuid6.uuid7())


def derived_id(key: str, epoch_ms: int = SEED_EPOCH_MS) -> str:
    """A UUIDv7-shaped id whose random bits come from a hash of `key`."""
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    value = (epoch_ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version 7
    value |= (int.from_bytes(digest[:2], "big") & 0x0FFF) << 64  # rand_a
    value |= 0b10 << 62  # RFC 4122 variant
    value |= int.from_bytes(digest[2:10], "big") & ((1 << 62) - 1)  # rand_b
    return str(uuid.UUID(int=value))


def is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False
