"""Ed25519 signatures over the exact manifest bytes, behind a fixed label and version.

The manifest lists the SHA-256 and size of every other part, so one signature covers
the whole bundle (the signify `-C` idea). The label keeps a bundle signature from ever
being valid as a signature of anything else this key signs.
"""

from __future__ import annotations

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from iali_desktop.domain.errors import BundleError
from iali_desktop.domain.translation import _

from .limits import FORMAT_VERSION

LABEL = b"IALI Desktop bundle manifest\x00"


def signed_bytes(manifest: bytes, version: int = FORMAT_VERSION) -> bytes:
    return LABEL + str(version).encode("ascii") + b"\x00" + manifest


def sign(private_key: bytes, manifest: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private_key).sign(signed_bytes(manifest))


def verify(public_key: bytes, manifest: bytes, signature: bytes,
           version: int = FORMAT_VERSION) -> None:
    try:
        key = Ed25519PublicKey.from_public_bytes(public_key)
        key.verify(signature, signed_bytes(manifest, version))
    except (InvalidSignature, ValueError):
        raise BundleError(_("the bundle's signature does not match its content (altered or "
                            "damaged)")) from None
