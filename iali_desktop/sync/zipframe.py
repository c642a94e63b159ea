"""The zip's frame, read by hand before `zipfile` sees the file: end records, local headers.

`zipfile` believes the end-of-central-directory record: it reads as many directory bytes
as that record says and builds one object per entry (about 500 bytes each: a million
entries, which need no signature, cost 500 MB), and a zip64 record can ask it to read
terabytes. So the end records are parsed here first, exactly where `zipfile` will look
for them, and refused unless they describe what a bundle can be: exactly three entries,
a small directory that ends where the end records begin (nothing appended, no comment).
After that `zipfile` has at most a few kilobytes to parse.

The local headers are read here too: their name and extra-field lengths decide where a
member's data really starts, so overlapping members are found with the true spans.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import IO

from iali_desktop.domain.errors import BundleError
from iali_desktop.domain.translation import N_, _

END = struct.Struct("<4s4H2IH")  # end of central directory: 22 bytes
END64 = struct.Struct("<4sQ2H2I4Q")  # zip64 end of central directory: 56 bytes
LOCATOR = struct.Struct("<4sIQI")  # zip64 end locator: 20 bytes
LOCAL = struct.Struct("<4s5H3I2H")  # local file header: 30 bytes

# Three directory entries of a bundle take about 200 bytes (with zip64 extras, 300).
MAX_DIRECTORY = 4096
# Each file entry (`files/` and a 64-digit digest) adds at most this much: a 46-byte
# header, the 70-byte name and a zip64 extra field.
FILE_DIRECTORY_ENTRY = 160
NOT_A_ZIP = N_("this is not a readable bundle")


@dataclass(frozen=True)
class Frame:
    directory_offset: int  # members' data must end before this
    directory_size: int


def _read_at(fh: IO[bytes], offset: int, size: int) -> bytes:
    try:
        fh.seek(offset)
        data = fh.read(size)
    except (OSError, ValueError, OverflowError) as exc:
        raise BundleError(_("{refusal} (cannot read it: {exc})",
                            refusal=_(NOT_A_ZIP), exc=exc)) from None
    if len(data) != size:
        raise BundleError(_("{refusal} (damaged or truncated)", refusal=_(NOT_A_ZIP)))
    return data


def read_frame(fh: IO[bytes], size: int, entries: int, extra: int = 0) -> Frame:
    """The end records, checked; costs three small reads whatever the file holds.

    `entries` members exactly, or up to `extra` more (the file entries of a bundle that
    carries attached files), with a directory no larger than those entries need."""
    if size < END.size:
        raise BundleError(_("{refusal} (too short)", refusal=_(NOT_A_ZIP)))
    at = size - END.size
    sig, disk, directory_disk, here, total, cd_size, cd_offset, comment = END.unpack(
        _read_at(fh, at, END.size))
    if sig != b"PK\x05\x06" or comment:
        raise BundleError(_("{refusal} (its end is not a zip end record: damaged, truncated, or "
                            "something was appended)", refusal=_(NOT_A_ZIP)))
    if at >= LOCATOR.size:
        locator = LOCATOR.unpack(_read_at(fh, at - LOCATOR.size, LOCATOR.size))
        if locator[0] == b"PK\x06\x07":
            # zipfile then reads the zip64 record right before the locator, whatever the
            # locator says: both must agree, and the record must have no extensions.
            at -= LOCATOR.size + END64.size
            if at < 0 or locator[1] != 0 or locator[2] != at or locator[3] != 1:
                raise BundleError(_("{refusal} (its zip64 end locator is damaged)",
                                    refusal=_(NOT_A_ZIP)))
            (sig64, record_size, _made, _needed, disk, directory_disk, here, total, cd_size,
             cd_offset) = END64.unpack(_read_at(fh, at, END64.size))
            if sig64 != b"PK\x06\x06" or record_size != END64.size - 12:
                raise BundleError(_("{refusal} (its zip64 end record is damaged)",
                                    refusal=_(NOT_A_ZIP)))
    if disk or directory_disk:
        raise BundleError(_("{refusal} (it claims to span several disks)", refusal=_(NOT_A_ZIP)))
    if here != total or not entries <= total <= entries + extra:
        if extra:
            raise BundleError(_("the bundle's zip lists {total} entries; a bundle has {entries} "
                                "and at most {extra} files",
                                total=total, entries=entries, extra=extra))
        raise BundleError(_("the bundle's zip lists {total} entries; a bundle has exactly "
                            "{entries}", total=total, entries=entries))
    if cd_size > MAX_DIRECTORY + FILE_DIRECTORY_ENTRY * (total - entries):
        raise BundleError(_("the bundle's central directory is {cd_size} bytes, more than {total} "
                            "entries can take", cd_size=cd_size, total=total))
    if cd_offset + cd_size != at:
        raise BundleError(_("the bundle's central directory is not where its end record says "
                            "(damaged, or data was added)"))
    return Frame(cd_offset, cd_size)


def data_span(fh: IO[bytes], header_offset: int, compress_size: int) -> tuple[int, int]:
    """Where a member's local header starts and where its data really ends."""
    sig, *fields = LOCAL.unpack(_read_at(fh, header_offset, LOCAL.size))
    if sig != b"PK\x03\x04":
        raise BundleError(_("{refusal} (a member's local header is damaged)",
                            refusal=_(NOT_A_ZIP)))
    name_length, extra_length = fields[-2], fields[-1]
    return header_offset, header_offset + LOCAL.size + name_length + extra_length + \
        compress_size
