"""The association's name and logo, which head the printed documents.

Kept in this database's local settings (like the profile): a colleague's bundle never
changes how this secretariat's papers are headed. The logo is kept as the image's bytes,
so a pack still prints it after the original file is moved or deleted.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path

from iali_desktop.domain.errors import ValidationError
from iali_desktop.domain.translation import _
from iali_desktop.store import replica as replica_store

from .workspace import Workspace

ASSOCIATION_KEY = "association"
DEFAULT_NAME = "International Association of Labour Inspection"
MAX_LOGO_BYTES = 2 * 1024 * 1024
_IMAGE_MAGIC = {b"\x89PNG\r\n\x1a\n": "PNG", b"\xff\xd8\xff": "JPEG"}


@dataclass(frozen=True)
class Association:
    name: str = DEFAULT_NAME
    logo: bytes | None = None  # a PNG or JPEG image


def load_association(ws: Workspace) -> Association:
    """The saved name and logo, or the defaults (IALI's name, no logo)."""
    with ws.read() as tx:
        state = replica_store.load(tx)
    raw = (state.settings if state else {}).get(ASSOCIATION_KEY)
    if not isinstance(raw, dict):
        return Association()
    logo = raw.get("logo")
    return Association(str(raw.get("name") or DEFAULT_NAME),
                       base64.b64decode(logo) if isinstance(logo, str) and logo else None)


def save_association(ws: Workspace, association: Association) -> None:
    name = " ".join(association.name.split())
    if not name:
        raise ValidationError(_("the association's name cannot be empty"))
    if association.logo is not None:
        check_logo(association.logo)
    with ws.write() as tx:
        state = replica_store.load(tx)
        settings = dict(state.settings) if state else {}
        settings[ASSOCIATION_KEY] = {
            "name": name,
            "logo": base64.b64encode(association.logo).decode("ascii")
            if association.logo else None}
        replica_store.set_settings(tx, settings)


def read_logo(path: Path) -> bytes:
    """The bytes of a logo image file, refused with one sentence when unusable."""
    try:
        size = path.stat().st_size
        if size > MAX_LOGO_BYTES:
            raise ValidationError(_("{name} is {size} KiB; a logo can be at most {limit} MiB",
                                    name=path.name, size=size // 1024,
                                    limit=MAX_LOGO_BYTES // 1024 // 1024))
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(_("cannot read {path}: {strerror}",
                                path=path, strerror=exc.strerror or exc)) from None
    check_logo(data, path.name)
    return data


def check_logo(data: bytes, name: str = "the logo") -> None:
    if len(data) > MAX_LOGO_BYTES:
        raise ValidationError(_("{name} is larger than {limit} MiB",
                                name=name, limit=MAX_LOGO_BYTES // 1024 // 1024))
    if not any(data.startswith(magic) for magic in _IMAGE_MAGIC):
        raise ValidationError(_("{name} is not a PNG or JPEG image", name=name))
