"""This replica's Ed25519 key pair and the fingerprints people compare by eye."""

from __future__ import annotations

import base64
import hashlib


def generate() -> tuple[bytes, bytes]:
    """A new key pair as (raw private bytes, raw public bytes)."""
    # cryptography loads here, not with the module: the window shows the fingerprint of
    # an existing key at start-up and needs no new key (nor cryptography) for that.
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
    public = key.public_key().public_bytes(serialization.Encoding.Raw,
                                           serialization.PublicFormat.Raw)
    return private, public


def fingerprint(public: bytes) -> str:
    """SHA-256 of the public key, base32, in groups of four: easy to read out on a call."""
    digest = base64.b32encode(hashlib.sha256(public).digest()).decode("ascii").rstrip("=")
    return "-".join(digest[i:i + 4] for i in range(0, 32, 4))
