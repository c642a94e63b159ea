"""Chunks of bytes (a file's pieces in the database, a zip member's blocks) read as one
raw binary stream, holding one chunk at a time."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from typing import Any


class ChunkStream(io.RawIOBase):
    """`chunks` as a readable stream; `tick(size)` is told of each chunk as it is taken."""

    def __init__(self, chunks: Iterator[bytes],
                 tick: Callable[[int], None] | None = None) -> None:
        self._chunks = chunks
        self._tick = tick
        self._current = b""
        self._offset = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while self._offset >= len(self._current):
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._current, self._offset = chunk, 0
            if self._tick is not None:
                self._tick(len(chunk))
        view = memoryview(buffer).cast("B")
        count = min(len(view), len(self._current) - self._offset)
        view[:count] = self._current[self._offset:self._offset + count]
        self._offset += count
        return count
