"""The manifest: who sent a bundle, what they hold, and the digest of every part.

It is canonical JSON (sorted keys, no spaces), and a manifest that is not byte-for-byte
canonical is refused: that alone rejects duplicate keys, NaN, Infinity and any second
spelling of the same content, so the signed bytes and the parsed meaning cannot differ.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import orjson

from iali_desktop.domain.errors import BundleError
from iali_desktop.domain.ids import derived_id
from iali_desktop.domain.names import clean_name
from iali_desktop.domain.translation import _
from iali_desktop.store.catalog import record_types
from iali_desktop.store.checkpoints import Checkpoint

from .keys import fingerprint
from .limits import FORMAT_NAME, FORMAT_VERSION

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
MAX_INT = 2**63 - 1
MAX_REPLICAS = 100_000


@dataclass(frozen=True)
class Part:
    sha256: str
    size: int


@dataclass(frozen=True)
class FileEntry:
    """An attached file's content carried as the zip member `files/<sha256>`; `name` is
    one attachment's file name, for messages only (never a path)."""

    sha256: str
    size: int
    name: str


@dataclass(frozen=True)
class Sender:
    replica_id: str
    name: str
    public_key: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


@dataclass(frozen=True)
class Manifest:
    bundle_id: str
    app_version: str
    schema_version: str
    schema_hash: str
    sender: Sender
    vector: dict[str, int]  # what the sender holds: replica -> highest contiguous seq
    known_vectors: dict[str, dict[str, int]]  # what the sender knows others hold
    replicas: dict[str, str]  # display names of the replicas it knows
    scope: str  # "full" or "delta"
    to: str | None  # the peer a delta was made for
    base: dict[str, int]  # what the delta assumed the receiver already held
    changes: int
    max_hlc: int
    parts: dict[str, Part]
    checkpoints: dict[str, Checkpoint]  # each author's signed chain (see authorship.py)
    demo: bool = False  # made from a database of the fictional demo dataset: refused
    files: tuple[FileEntry, ...] = ()  # file content carried (sync/files.py)
    wants: tuple[str, ...] = ()  # digests of attached files the sender lacks

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT_NAME, "format_version": FORMAT_VERSION,
            "bundle_id": self.bundle_id, "app_version": self.app_version,
            "schema_version": self.schema_version, "schema_hash": self.schema_hash,
            "sender": {"replica_id": self.sender.replica_id, "name": self.sender.name,
                       "public_key": base64.b64encode(self.sender.public_key).decode(),
                       "fingerprint": self.sender.fingerprint},
            "vector": self.vector, "known_vectors": self.known_vectors,
            "replicas": self.replicas, "scope": self.scope, "to": self.to, "base": self.base,
            "counts": {"changes": self.changes}, "max_hlc": self.max_hlc,
            "parts": {n: {"sha256": p.sha256, "size": p.size} for n, p in self.parts.items()},
            "checkpoints": {r: {"seq": c.seq, "chain": c.chain,
                                "signature": base64.b64encode(c.signature).decode(),
                                "public_key": base64.b64encode(c.public_key).decode()}
                            for r, c in self.checkpoints.items()},
            **({"demo": True} if self.demo else {}),
            **({"files": [{"name": e.name, "sha256": e.sha256, "size": e.size}
                          for e in self.files]} if self.files else {}),
            **({"wants": list(self.wants)} if self.wants else {}),
        }

    def to_bytes(self) -> bytes:
        return orjson.dumps(self.to_dict(), option=orjson.OPT_SORT_KEYS)

    def with_content_id(self) -> Manifest:
        """The bundle id derived from everything else: same content, same id and bytes."""
        return replace(self, bundle_id=_id_of(replace(self, bundle_id="").to_bytes()))


def _id_of(body: bytes) -> str:
    return derived_id("bundle:" + hashlib.sha256(body).hexdigest())


def content_id(data: dict[str, Any]) -> str:
    """The id a manifest's content gives (the manifest as signed, its id left empty)."""
    return _id_of(orjson.dumps({**data, "bundle_id": ""}, option=orjson.OPT_SORT_KEYS))


@cache
def schema_hash() -> str:
    """A digest of every record type's fields and kinds: what a bundle's values mean."""
    shape = {name: [[f.name, f.kind.value, list(f.choices), f.target or ""] for f in rt.fields]
             for name, rt in record_types().items()}
    return hashlib.sha256(orjson.dumps(shape, option=orjson.OPT_SORT_KEYS)).hexdigest()


def load_json(raw: bytes, what: str) -> Any:
    try:
        data = orjson.loads(raw)
        canonical = orjson.dumps(data, option=orjson.OPT_SORT_KEYS)
    except (orjson.JSONDecodeError, orjson.JSONEncodeError, TypeError):
        raise BundleError(_("the bundle's {part} is not valid JSON", part=_(what))) from None
    if canonical != raw:
        raise BundleError(_("the bundle's {part} is not in canonical form (duplicate keys or "
                            "altered)", part=_(what)))
    return data


def format_version(data: Any) -> int:
    """The format version, checked before the signature (it selects the signed label).
    An older one is returned: the reader refuses it once the signature names who made
    it (`older_format`)."""
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise BundleError(_("this is not an IALI Desktop bundle"))
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BundleError(_("the bundle's format version is damaged"))
    if version > FORMAT_VERSION:
        raise BundleError(_("this bundle was made by a newer IALI Desktop; update IALI Desktop to "
                            "import it"))
    return version


def older_format(data: dict[str, Any]) -> BundleError:
    """The refusal of a correctly signed bundle of an older format, naming its sender."""
    try:
        who = f"'{_name(data['sender']['name'])}'"
    except (KeyError, TypeError, ValueError):
        who = "its sender"
    return BundleError(_("this bundle was made by an older IALI Desktop (bundle format "
                         "{format_version}); ask {who} to update IALI Desktop and send it again",
                         format_version=data['format_version'], who=who))


def sender_key(data: dict[str, Any]) -> bytes:
    try:
        key = base64.b64decode(data["sender"]["public_key"], validate=True)
    except (KeyError, TypeError, ValueError):
        raise BundleError(_("the bundle's sender key is damaged")) from None
    if len(key) != 32:
        raise BundleError(_("the bundle's sender key is damaged"))
    return key


def parse(data: dict[str, Any]) -> Manifest:
    """Every field checked for type and range; anything off is one BundleError."""
    try:
        sender = data["sender"]
        key = sender_key(data)
        manifest = Manifest(
            bundle_id=_uuid(data["bundle_id"]), app_version=_text(data["app_version"], 40),
            schema_version=_text(data["schema_version"], 40),
            schema_hash=_text(data["schema_hash"], 64),
            sender=Sender(_uuid(sender["replica_id"]), _name(sender["name"]), key),
            vector=_vector(data["vector"]),
            known_vectors={_uuid(k): _vector(v) for k, v in _dict(data["known_vectors"]).items()},
            replicas={_uuid(k): _name(v) for k, v in _dict(data["replicas"]).items()},
            scope=_choice(data["scope"], ("full", "delta")),
            to=None if data["to"] is None else _uuid(data["to"]),
            base=_vector(data["base"]), changes=_int(data["counts"]["changes"]),
            max_hlc=_int(data["max_hlc"]),
            parts={_text(n, 40): Part(_text(p["sha256"], 64), _int(p["size"]))
                   for n, p in _dict(data["parts"]).items()},
            checkpoints={_uuid(r): Checkpoint(r, _int(c["seq"]), _hex(c["chain"]),
                                              _b64(c["signature"], 64),
                                              _b64(c["public_key"], 32))
                         for r, c in _dict(data["checkpoints"]).items()},
            demo=_flag(data.get("demo", False)),
            files=tuple(FileEntry(_hex(e["sha256"]), _int(e["size"]), _file_name(e["name"]))
                        for e in _list(data.get("files", []), ("name", "sha256", "size"))),
            wants=tuple(_hex(w) for w in _list(data.get("wants", []), None)),
        )
        if sender["fingerprint"] != manifest.sender.fingerprint:
            raise ValueError("fingerprint")
    except (KeyError, TypeError, ValueError, AttributeError):
        raise BundleError(_("the bundle's manifest is incomplete or damaged")) from None
    # The id is the digest of the signed content: one id, one content. Without this a
    # bundle claiming a genuine bundle's id, imported first, would get the genuine one
    # refused as "a different bundle with the same id".
    if manifest.bundle_id != content_id(data):
        raise BundleError(_("the bundle's id does not match its content (forged or altered); "
                            "refused"))
    return manifest


def _dict(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict) or len(value) > MAX_REPLICAS:
        raise ValueError("dict")
    return value


def _list(value: Any, keys: tuple[str, ...] | None) -> list[Any]:
    """A list of at most MAX_REPLICAS items; with `keys`, objects of exactly those."""
    if not isinstance(value, list) or len(value) > MAX_REPLICAS:
        raise ValueError("list")
    if keys is not None and any(not isinstance(v, dict) or tuple(sorted(v)) != keys
                                for v in value):
        raise ValueError("entry")
    return value


def _file_name(value: Any) -> str:
    # Shown in one-line messages only, never used as a path.
    text = _text(value, 255)
    if any(ord(ch) < 32 or 127 <= ord(ch) < 160 for ch in text):
        raise ValueError("name")
    return clean_name(text)


def _uuid(value: Any) -> str:
    if not isinstance(value, str) or not UUID_RE.match(value):
        raise ValueError("uuid")
    return value


def _text(value: Any, limit: int) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise ValueError("text")
    return value


def _hex(value: Any) -> str:
    if not isinstance(value, str) or len(value) != 64 or value.strip("0123456789abcdef"):
        raise ValueError("hex")
    return value


def _b64(value: Any, size: int) -> bytes:
    raw = base64.b64decode(_text(value, 200), validate=True)
    if len(raw) != size:
        raise ValueError("base64")
    return raw


def _name(value: Any) -> str:
    # Names end up in one-line messages and tables: no control characters; invisible
    # and direction-override characters are dropped (see domain/names.py).
    text = _text(value, 120)
    if any(ord(ch) < 32 or 127 <= ord(ch) < 160 for ch in text):
        raise ValueError("name")
    return clean_name(text)


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_INT:
        raise ValueError("int")
    return value


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("flag")
    return value


def _choice(value: Any, options: tuple[str, ...]) -> str:
    if value not in options:
        raise ValueError("choice")
    return str(value)


def _vector(value: Any) -> dict[str, int]:
    return {_uuid(k): _int(v) for k, v in _dict(value).items()}
