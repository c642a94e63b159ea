"""The zip container: written byte-for-byte reproducibly, read defensively.

Python's `zipfile` accepts duplicate names, has no ratio limit and trusts the sizes in
the central directory, so the end records are checked by hand first (`zipframe`: three
entries and at most `max_files` file entries, a directory no larger than they need),
then the directory itself before anything is decompressed (exact member allow-list, no
duplicates, regular files, stored or deflate, no zip features beyond those, sizes, ratio,
no overlapping entries; file entries stored, not compressed), and the bytes it actually
inflates are counted. Whatever `zipfile` raises on a damaged file becomes one
`BundleError`.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from typing import IO

from iali_desktop.domain.errors import BundleError
from iali_desktop.domain.translation import _

from .limits import CHANGES, FILE_PREFIX, MANIFEST, MEMBERS, SIGNATURE, Limits
from .zipframe import data_span, read_frame

FIXED_DATE = (1980, 1, 1, 0, 0, 0)  # identical content, identical bytes
UTF8_NAMES = 0x800  # the only general-purpose flag a bundle may carry (bit 0 has its message)
MAX_VERSION_NEEDED = 45  # zip64; what zipfile writes
# What zipfile raises on damaged input, besides BadZipFile (its version and feature
# checks raise NotImplementedError; short or odd fields raise the others).
_DAMAGE = (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError,
           zlib.error, RuntimeError, struct.error, OverflowError, IndexError, KeyError)


# A file entry's name is its content's digest: no name the sender chose ever reaches a
# path, and `../x`, `/etc/passwd` or `files/a/../b` are simply not allowed names.
FILE_MEMBER = re.compile(r"^files/[0-9a-f]{64}\Z")


def file_member(sha256: str) -> str:
    return FILE_PREFIX + sha256


def member_info(name: str, compress: bool) -> zipfile.ZipInfo:
    """A ZipInfo with every field that could vary between machines fixed."""
    info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.create_system = 3
    info.external_attr = 0o644 << 16
    return info


def _cap(limits: Limits, name: str) -> int:
    caps = {MANIFEST: limits.manifest_size, SIGNATURE: limits.signature_size,
            CHANGES: limits.changes_size}
    # A file's own limit is checked, with its name, against the signed manifest
    # (sync/files.py); here the bundle's size caps it.
    return caps.get(name, limits.file_size)


class SafeZip:
    """A bundle's zip, checked: members can only be read through counted streams."""

    def __init__(self, fileobj: IO[bytes], size: int, limits: Limits) -> None:
        self.limits = limits
        if size > limits.file_size:
            raise BundleError(_("the bundle is larger than {limit} MiB (the limit in Settings; "
                                "import --max-bundle-size raises it)",
                                limit=limits.file_size // 2**20))
        self._fh = fileobj
        # before zipfile builds anything
        frame = read_frame(fileobj, size, len(MEMBERS), limits.max_files)
        try:
            fileobj.seek(0)
            self._zip = zipfile.ZipFile(fileobj)
            infos = self._zip.infolist()
        except NotImplementedError as exc:
            raise BundleError(_("the bundle uses zip features this version does not read ({exc})",
                                exc=exc)) from None
        except _DAMAGE as exc:
            raise BundleError(_("this is not a readable bundle (damaged or truncated: {exc})",
                                exc=exc)
                              ) from None
        self.infos = self._check_directory(infos, frame.directory_offset)

    def _check_directory(self, infos: list[zipfile.ZipInfo], directory_offset: int
                         ) -> dict[str, zipfile.ZipInfo]:
        found: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            name = info.filename
            if name not in MEMBERS and not FILE_MEMBER.match(name):
                raise BundleError(_("the bundle holds an unexpected entry {name}", name=repr(name)))
            if name in found:
                raise BundleError(_("the bundle holds the entry {name} twice", name=repr(name)))
            if info.is_dir() or (info.external_attr >> 28) not in (0, 0o10):
                raise BundleError(_("the bundle entry {name} is not a regular file",
                                    name=repr(name)))
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise BundleError(_("the bundle entry {name} uses an unsupported compression",
                                    name=repr(name)))
            if info.flag_bits & 0x1:
                raise BundleError(_("the bundle entry {name} is zip-encrypted", name=repr(name)))
            if info.flag_bits & ~UTF8_NAMES or info.extract_version > MAX_VERSION_NEEDED:
                raise BundleError(_("the bundle entry {name} uses zip features this version does "
                                    "not read", name=repr(name)))
            if info.file_size > _cap(self.limits, name):
                raise BundleError(_("the bundle entry {name} is larger than allowed",
                                    name=repr(name)))
            if name not in MEMBERS and (info.compress_type != zipfile.ZIP_STORED
                                        or info.compress_size != info.file_size):
                raise BundleError(_("the bundle's file entry {name} is compressed; file entries "
                                    "are stored as they are", name=repr(name)))
            if (info.file_size > self.limits.ratio_floor
                    and info.file_size > self.limits.ratio * max(info.compress_size, 1)):
                raise BundleError(_("the bundle entry {name} is compressed suspiciously well (a "
                                    "zip bomb?)", name=repr(name)))
            found[name] = info
        missing = [m for m in MEMBERS if m not in found]
        if missing:
            raise BundleError(_("the bundle lacks its {entry} entry", entry=repr(missing[0])))
        # Entries must not overlap (the overlapping-entry zip bomb) nor reach into the
        # directory; the local headers say where each member's data really starts.
        spans = sorted(data_span(self._fh, i.header_offset, i.compress_size)
                       for i in found.values())
        for index, (_start, end) in enumerate(spans):
            limit = spans[index + 1][0] if index + 1 < len(spans) else directory_offset
            if end > limit:
                raise BundleError(_("the bundle's entries overlap or are truncated"))
        return found

    def chunks(self, name: str) -> Iterator[bytes]:
        """A member's bytes in chunks, with our own count against its declared size."""
        info = self.infos[name]
        total = 0
        try:
            with self._zip.open(info) as fh:
                while True:
                    block = fh.read(self.limits.chunk)
                    if not block:
                        break
                    total += len(block)
                    if total > info.file_size or total > _cap(self.limits, name):
                        raise BundleError(_("the bundle entry {name} is larger than it claims",
                                            name=repr(name)))
                    yield block
        except NotImplementedError as exc:
            raise BundleError(_("the bundle uses zip features this version does not read ({name}: "
                                "{exc})", name=name, exc=exc)) from None
        except _DAMAGE as exc:
            raise BundleError(_("the bundle is damaged ({name}: {exc})",
                                name=name, exc=exc)) from None
        if total != info.file_size:
            raise BundleError(_("the bundle entry {name} is truncated", name=repr(name)))

    def files(self) -> dict[str, zipfile.ZipInfo]:
        """The file entries, by their content's digest."""
        return {name[len(FILE_PREFIX):]: info for name, info in self.infos.items()
                if name not in MEMBERS}

    def read(self, name: str) -> bytes:
        return b"".join(self.chunks(name))

    def lines(self, name: str) -> Iterator[bytes]:
        """A member's lines (without the newline), each capped at the line limit."""
        cap = self.limits.line_size
        pending = b""
        for block in self.chunks(name):
            pending += block
            if b"\n" not in block:
                if len(pending) > cap:
                    raise BundleError(_("a line of {name} is longer than {limit} MiB",
                                        name=name, limit=cap // 2**20))
                continue
            parts = pending.split(b"\n")
            pending = parts.pop()
            for part in parts:
                if len(part) > cap:
                    raise BundleError(_("a line of {name} is longer than {limit} MiB",
                                        name=name, limit=cap // 2**20))
                yield part
            if len(pending) > cap:
                raise BundleError(_("a line of {name} is longer than {limit} MiB",
                                    name=name, limit=cap // 2**20))
        if pending:
            raise BundleError(_("{name} does not end with a newline (truncated?)", name=name))

    def close(self) -> None:
        self._zip.close()
