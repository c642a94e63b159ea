"""Opening a bundle file: container checks, decryption, signature, format, digests.

Nothing here touches the database. What needs it (trust, replay, schema, apply) is the
importer's job; this module only answers "is this a well-formed bundle signed by the key
it names, and are its parts the ones the signature covers?".
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from iali_desktop.domain.errors import BundleError

from . import crypto, signing
from .container import SafeZip
from .limits import CHANGES, DEFAULT_LIMITS, MANIFEST, SIGNATURE, Limits
from .manifest import Manifest, format_version, load_json, parse, schema_hash, sender_key

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
            raise BundleError("the bundle's manifest lists parts this version does not know")
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
            raise BundleError("the bundle's changes do not match its signed manifest "
                              "(altered or damaged)")

    def lines(self) -> Iterator[bytes]:
        return self.zip.lines(CHANGES)


def check_schema(manifest: Manifest, head: str, known: set[str]) -> None:
    """Newer schema: refuse. Same revision but other field meanings: refuse. Older: fine,
    each value is still validated against this version's fields."""
    if manifest.schema_version not in known:
        raise BundleError("this bundle was made by a newer IALI Desktop "
                          f"(schema {manifest.schema_version}); update IALI Desktop to import it")
    if manifest.schema_version == head and manifest.schema_hash != schema_hash():
        raise BundleError("this bundle's record types differ from this version's although "
                          "both claim the same schema; it cannot be imported safely")


@contextmanager
def open_bundle(path: Path, passphrase: str | None = None,
                limits: Limits = DEFAULT_LIMITS) -> Iterator[OpenedBundle]:
    path = Path(path)
    try:
        size = path.stat().st_size
        fh: IO[bytes] = path.open("rb")
    except OSError as exc:
        raise BundleError(f"cannot read {path.name}: {exc.strerror}") from None
    if size > limits.file_size:
        fh.close()
        raise BundleError(f"the bundle is larger than {limits.file_size // 2**20} MiB")
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
    signature = safe.read(SIGNATURE)
    if len(signature) != 64:
        raise BundleError("the bundle's signature is damaged")
    data = load_json(body, "manifest")
    format_version(data)
    signing.verify(sender_key(data), body, signature)
    manifest = parse(data)
    return OpenedBundle(manifest, hashlib.sha256(body).hexdigest(), encrypted, safe)
