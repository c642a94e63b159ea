"""File sizes as people read them."""

from __future__ import annotations

_UNITS = ("KB", "MB", "GB", "TB")


def human_size(size: int) -> str:
    """`size` bytes in the largest unit that keeps it at 1 or more (1000-based, as file
    managers show it): "512 bytes", "1.5 MB", "200 MB"."""
    if size < 1000:
        return "1 byte" if size == 1 else f"{size} bytes"
    value = float(size)
    unit = _UNITS[0]
    for candidate in _UNITS:
        unit = candidate
        value /= 1000
        if value < 1000:
            break
    return f"{value:.1f} {unit}" if value < 10 else f"{value:.0f} {unit}"
