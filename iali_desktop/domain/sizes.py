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


_FACTORS = {"": 1, "b": 1, "k": 1000, "kb": 1000, "m": 1000**2, "mb": 1000**2,
            "g": 1000**3, "gb": 1000**3, "t": 1000**4, "tb": 1000**4, "kib": 1024,
            "mib": 1024**2, "gib": 1024**3, "tib": 1024**4}


def parse_size(text: str) -> int:
    """A size as people write it ("500MB", "2 GB", "1.5GiB", "1048576") in bytes;
    ValueError for anything else."""
    compact = text.strip().lower().replace(" ", "").replace("_", "")
    number = compact.rstrip("kmgtib")
    unit = compact[len(number):]
    if unit not in _FACTORS or not number:
        raise ValueError(text)
    value = float(number) * _FACTORS[unit]
    if not 0 < value < 2**62:
        raise ValueError(text)
    return int(value)
