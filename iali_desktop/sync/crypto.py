"""Optional passphrase encryption of a signed bundle: scrypt + AES-256-GCM in chunks.

Layout: `IALIENC1`, a 4-byte big-endian header length, a canonical JSON header (KDF
parameters, salt, nonce prefix), then the signed zip cut into 64 KiB chunks, each sealed
with AES-GCM under nonce = prefix(7) + chunk counter(4) + last-chunk flag(1) and the
magic + header as associated data. So the header is authenticated, chunks cannot be
reordered, dropped or truncated unnoticed, and the work factor is checked against what
this app writes *before* any key is derived: a tiny file cannot demand gigabytes.
The decrypted zip is never written to disk; it is read through `DecryptedFile`.
"""

from __future__ import annotations

import base64
import io
import os
import struct
from typing import IO

import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from iali_desktop.domain.errors import BundleError
from iali_desktop.domain.translation import N_, _

MAGIC = b"IALIENC1"
CHUNK = 64 * 1024
TAG = 16
LOG_N = 15  # what this app writes: 32 MiB and ~0.1 s; more is refused when reading
R, P = 8, 1
MAX_HEADER = 4096


def is_encrypted(head: bytes) -> bool:
    return head.startswith(MAGIC)


def _key(passphrase: str, salt: bytes, log_n: int) -> AESGCM:
    kdf = Scrypt(salt=salt, length=32, n=2**log_n, r=R, p=P)
    return AESGCM(kdf.derive(passphrase.encode("utf-8")))


# The refusals that ask for a (different) passphrase; the import dialog offers the
# passphrase field when it meets one of them.
EMPTY_PASSPHRASE = N_("the passphrase is empty")
PASSPHRASE_NEEDED = N_("this bundle is encrypted: give its passphrase")
WRONG_PASSPHRASE = N_("wrong passphrase, or the bundle was altered")
PASSPHRASE_REFUSALS = (EMPTY_PASSPHRASE, PASSPHRASE_NEEDED, WRONG_PASSPHRASE)


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", index, 1 if last else 0)


def encrypt(source: IO[bytes], target: IO[bytes], passphrase: str) -> None:
    """Seal `source` (the signed zip) into `target`, streaming."""
    if not passphrase:
        raise BundleError(_(EMPTY_PASSPHRASE))
    salt, prefix = os.urandom(16), os.urandom(7)
    header = orjson.dumps({
        "aead": "AES-256-GCM", "chunk": CHUNK, "kdf": "scrypt", "log_n": LOG_N, "r": R,
        "p": P, "salt": base64.b64encode(salt).decode(), "nonce": base64.b64encode(prefix)
        .decode(), "version": 1}, option=orjson.OPT_SORT_KEYS)
    aad = MAGIC + struct.pack(">I", len(header)) + header
    target.write(aad)
    aead = _key(passphrase, salt, LOG_N)
    index = 0
    block = source.read(CHUNK)
    while True:
        following = source.read(CHUNK)
        last = not following
        target.write(aead.encrypt(_nonce(prefix, index, last), block, aad))
        if last:
            return
        block, index = following, index + 1


class DecryptedFile(io.RawIOBase):
    """A read-only, seekable view of the plaintext; every chunk is authenticated first."""

    def __init__(self, fileobj: IO[bytes], size: int, passphrase: str | None) -> None:
        super().__init__()
        self._f = fileobj
        fileobj.seek(0)
        head = fileobj.read(len(MAGIC) + 4)
        if len(head) < len(MAGIC) + 4 or not head.startswith(MAGIC):
            raise BundleError(_("the encrypted bundle is truncated"))
        (length,) = struct.unpack(">I", head[len(MAGIC):])
        if length > MAX_HEADER:
            raise BundleError(_("the encrypted bundle's header is too large"))
        header_bytes = fileobj.read(length)
        self._aad = head + header_bytes
        self._start = len(self._aad)
        salt, self._prefix, log_n = _parse_header(header_bytes)
        if passphrase is None or passphrase == "":
            raise BundleError(_(PASSPHRASE_NEEDED))
        body = size - self._start
        full = CHUNK + TAG
        self._count = max(1, -(-body // full))
        last_len = body - (self._count - 1) * full
        if body < TAG or last_len < TAG:
            raise BundleError(_("the encrypted bundle is truncated"))
        self._aead = _key(passphrase, salt, log_n)
        self._size = (self._count - 1) * CHUNK + last_len - TAG
        self._cache: tuple[int, bytes] = (-1, b"")
        self._pos = 0
        for index in range(self._count):  # authenticate everything before use
            self._chunk(index, first_pass=True)

    def _chunk(self, index: int, first_pass: bool = False) -> bytes:
        if self._cache[0] == index:
            return self._cache[1]
        self._f.seek(self._start + index * (CHUNK + TAG))
        sealed = self._f.read(CHUNK + TAG)
        last = index == self._count - 1
        try:
            plain = self._aead.decrypt(_nonce(self._prefix, index, last), sealed, self._aad)
        except InvalidTag:
            if first_pass and index == 0:
                raise BundleError(_(WRONG_PASSPHRASE)) from None
            raise BundleError(_("the encrypted bundle was altered or truncated")) from None
        self._cache = (index, plain)
        return plain

    @property
    def size(self) -> int:
        return self._size

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        if self._pos >= self._size:
            return 0
        index, offset = divmod(self._pos, CHUNK)
        data = self._chunk(index)[offset:offset + len(buffer)]
        buffer[:len(data)] = data
        self._pos += len(data)
        return len(data)


def _parse_header(raw: bytes) -> tuple[bytes, bytes, int]:
    try:
        header = orjson.loads(raw)
        if not isinstance(header, dict) or orjson.dumps(header, option=orjson.OPT_SORT_KEYS
                                                        ) != raw:
            raise ValueError("not canonical")
        log_n, r, p = header["log_n"], header["r"], header["p"]
        salt = base64.b64decode(header["salt"], validate=True)
        prefix = base64.b64decode(header["nonce"], validate=True)
        fixed = (header["kdf"], header["aead"], header["chunk"], header["version"])
    except (ValueError, KeyError, TypeError, orjson.JSONDecodeError):
        raise BundleError(_("the encrypted bundle's header is damaged")) from None
    if fixed != ("scrypt", "AES-256-GCM", CHUNK, 1) or len(prefix) != 7 or len(salt) != 16:
        raise BundleError(_("the bundle uses an encryption this version does not know"))
    if not isinstance(log_n, int) or not isinstance(r, int) or not isinstance(p, int) or \
            log_n > LOG_N or log_n < 10 or r != R or p != P:
        raise BundleError(_("the bundle's encryption header demands an unreasonable key-derivation "
                            "work factor; refused"))
    return salt, prefix, log_n
