"""Hybrid logical clock: one integer `(unix_ms << 16) | counter` that never goes back.

Causality comes from `supersedes`, not from the clock; the clock only orders concurrent
versions, so a skewed clock can change which value is shown first but cannot lose one.
"""

from __future__ import annotations

import time

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1
FUTURE_TOLERANCE_MS = 10 * 60 * 1000  # later than this ahead of our wall clock is suspicious


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def pack(ms: int, counter: int = 0) -> int:
    return (ms << COUNTER_BITS) | counter


def physical_ms(stamp: int) -> int:
    return stamp >> COUNTER_BITS


def tick(last: int, now_ms: int | None = None) -> int:
    """The next local stamp: the wall clock if it moved on, else last + 1."""
    now = pack(wall_ms() if now_ms is None else now_ms)
    return now if now > last else last + 1


def observe(last: int, remote: int) -> int:
    """Merge a received stamp so later local stamps sort after it."""
    return max(last, remote)


def is_suspicious(stamp: int, now_ms: int | None = None) -> bool:
    now = wall_ms() if now_ms is None else now_ms
    return physical_ms(stamp) > now + FUTURE_TOLERANCE_MS
