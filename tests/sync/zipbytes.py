"""The byte layout of a zip, for tests that lie in its records (end of central directory,
central directory entries, local headers) without going through `zipfile`."""

from __future__ import annotations

import struct
from dataclasses import dataclass

EOCD = struct.Struct("<4sHHHHIIH")  # signature .. comment length: 22 bytes
CENTRAL = struct.Struct("<4s6H3I5H2I")  # 46 bytes
LOCAL = struct.Struct("<4s5H3I2H")  # 30 bytes
ZIP64_EOCD = struct.Struct("<4sQ2H2I4Q")  # 56 bytes
ZIP64_LOCATOR = struct.Struct("<4sIQI")  # 20 bytes

# Offsets inside a central directory entry.
CD_VERSION_NEEDED = 6
CD_FLAGS = 8
CD_COMPRESSION = 10
CD_COMPRESSED_SIZE = 20
CD_SIZE = 24
CD_HEADER_OFFSET = 42


@dataclass(frozen=True)
class Layout:
    eocd: int  # where the end-of-central-directory record starts
    cd_offset: int
    cd_size: int
    entries: list[int]  # where each central directory entry starts
    local: list[int]  # each entry's local header offset, as the directory says


def layout(data: bytes) -> Layout:
    eocd = len(data) - EOCD.size
    fields = EOCD.unpack_from(data, eocd)
    assert fields[0] == b"PK\x05\x06" and fields[7] == 0
    cd_size, cd_offset = fields[5], fields[6]
    entries, local = [], []
    at = cd_offset
    while at < cd_offset + cd_size:
        entry = CENTRAL.unpack_from(data, at)
        entries.append(at)
        local.append(entry[16])
        at += CENTRAL.size + entry[10] + entry[11] + entry[12]
    return Layout(eocd, cd_offset, cd_size, entries, local)


def patch(data: bytes, offset: int, fmt: str, value: int) -> bytes:
    out = bytearray(data)
    struct.pack_into(fmt, out, offset, value)
    return bytes(out)


def central_entry(name: bytes, offset: int = 0) -> bytes:
    return CENTRAL.pack(b"PK\x01\x02", 20, 20, 0, 0, 0, 0, 0, 0, 0, len(name), 0, 0, 0, 0,
                        0, offset) + name


def eocd(entries: int, cd_size: int, cd_offset: int) -> bytes:
    return EOCD.pack(b"PK\x05\x06", 0, 0, entries, entries, cd_size, cd_offset, 0)


def zip64_tail(entries: int, cd_size: int, cd_offset: int, record_at: int,
               record_size: int = 44) -> bytes:
    """A zip64 end record, its locator and a classic end record that defers to them."""
    record = ZIP64_EOCD.pack(b"PK\x06\x06", record_size, 45, 45, 0, 0, entries, entries,
                             cd_size, cd_offset)
    locator = ZIP64_LOCATOR.pack(b"PK\x06\x07", 0, record_at, 1)
    return record + locator + EOCD.pack(b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF,
                                        0xFFFFFFFF, 0)
