"""Opening a bundle file: container checks, decryption, signature, format, digests.

Nothing here touches the database. What needs it (trust, replay, schema, apply) is the
importer's job; this module only answers "is this a well-formed bundle signed by the key
it names, and are its parts the ones the signature covers?".
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from iali_desktop.domain.errors import BundleError
from iali_desktop.domain.translation import N_, _

from . import crypto, signing
from .container import SafeZip
from .limits import CHANGES, DEFAULT_LIMITS, FORMAT_VERSION, MANIFEST, SIGNATURE, Limits
from .manifest import (
    Manifest,
    format_version,
    load_json,
    older_format,
    parse,
    schema_hash,
    sender_key,
)

Progress = Callable[[int, int, str], None] | None


@dataclass
class OpenedBundle:
    """A bundle whose structure and signature have been checked."""

    manifest: Manifest
    manifest_sha256: str  # identifies the content whatever the encryption
    encrypted: bool
    zip: SafeZip

    def verify_digests(self, progress: Progress = None) -> None:
        """Stream every part once and compare with the signed size and SHA-256."""
        if set(self.manifest.parts) != {CHANGES}:
            raise BundleError(_("the bundle's manifest lists parts this version does not know"))
        part = self.manifest.parts[CHANGES]
        digest = hashlib.sha256()
        size = 0
        for block in self.zip.chunks(CHANGES):
            digest.update(block)
            size += len(block)
            if progress is not None and size % (8 * 2**20) < len(block):
                progress(size, part.size, "checking the bundle")
        if progress is not None:
            progress(size, part.size, "checking the bundle")
        if size != part.size or digest.hexdigest() != part.sha256:
            raise BundleError(_("the bundle's changes do not match its signed manifest (altered or "
                                "damaged)"))

    def lines(self) -> Iterator[bytes]:
        return self.zip.lines(CHANGES)


def check_schema(manifest: Manifest, head: str, known: set[str]) -> None:
    """Newer schema: refuse. Same revision but other field meanings: refuse. Older: fine,
    each value is still validated against this version's fields."""
    if manifest.schema_version not in known:
        raise BundleError(_("this bundle was made by a newer IALI Desktop (schema "
                            "{schema_version}); update IALI Desktop to import it",
                            schema_version=manifest.schema_version))
    if manifest.schema_version == head and manifest.schema_hash != schema_hash():
        raise BundleError(_("this bundle's record types differ from this version's although both "
                            "claim the same schema; it cannot be imported safely"))


# Opening a FIFO for reading without O_NONBLOCK waits for a writer, forever; a terminal
# could become our controlling terminal. Neither flag matters for a regular file.
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
               | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0))


def open_regular(path: Path, limits: Limits) -> tuple[IO[bytes], int]:
    """The file opened for reading, and its size: a regular file (a symlink to one is
    fine) within the size cap. A FIFO, a device (or a symlink to /dev/zero), a folder
    is refused without a byte read; the checks are made on the opened descriptor, so
    the name cannot be swapped for something else between check and open."""
    refusal = _("cannot read {name}: it is not a regular file (a folder, device or pipe)",
                name=path.name)
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # not even opened: devices may react
            raise BundleError(refusal)
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise BundleError(_("cannot read {name}: {strerror}",
                            name=path.name, strerror=exc.strerror)) from None
    try:
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode):
            raise BundleError(refusal)
        if opened.st_size > limits.file_size:
            raise BundleError(_("the bundle is larger than {limit} MiB (the limit in Settings; "
                                "import --max-bundle-size raises it)",
                                limit=limits.file_size // 2**20))
        return os.fdopen(fd, "rb"), opened.st_size
    except BaseException:
        os.close(fd)
        raise


@contextmanager
def open_bundle(path: Path, passphrase: str | None = None,
                limits: Limits = DEFAULT_LIMITS) -> Iterator[OpenedBundle]:
    fh, size = open_regular(Path(path), limits)
    try:
        head = fh.read(16)
        encrypted = crypto.is_encrypted(head)
        source: IO[bytes] = fh
        inner_size = size
        if encrypted:
            plain = crypto.DecryptedFile(fh, size, passphrase)
            source, inner_size = plain, plain.size  # type: ignore[assignment]
        else:
            fh.seek(0)
        safe = SafeZip(source, inner_size, limits)
        try:
            yield _verified(safe, encrypted)
        finally:
            safe.close()
    finally:
        fh.close()


def _verified(safe: SafeZip, encrypted: bool) -> OpenedBundle:
    body = safe.read(MANIFEST)
    # Parsed before the signature can be checked (it names the key): its cost in objects
    # is capped first. Brackets inside strings count too; a real manifest has few.
    if body.count(b"{") + body.count(b"[") > safe.limits.manifest_containers or \
            body.count(b",") > safe.limits.manifest_values:
        raise BundleError(_("the bundle's manifest has more structure than a manifest needs; "
                            "refused"))
    signature = safe.read(SIGNATURE)
    if len(signature) != 64:
        raise BundleError(_("the bundle's signature is damaged"))
    data = load_json(body, N_("manifest"))
    version = format_version(data)
    signing.verify(sender_key(data), body, signature, version)
    if version < FORMAT_VERSION:  # its sender is known now: the refusal can name them
        raise older_format(data)
    manifest = parse(data)
    return OpenedBundle(manifest, hashlib.sha256(body).hexdigest(), encrypted, safe)
