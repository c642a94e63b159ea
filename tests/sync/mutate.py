"""A seeded mutator over real bundles: container bytes, zip records, manifest JSON, change
lines, the encryption header. Manifests and lines are re-signed after mutation, so the
mutations reach the parsers behind the signature check."""

from __future__ import annotations

import json
import random
import struct
from collections.abc import Callable
from typing import Any

import orjson

from iali_desktop.store.replica import ReplicaState
from iali_desktop.sync import crypto, signing
from iali_desktop.sync.limits import CHANGES, MANIFEST, SIGNATURE

from . import forge
from . import zipbytes as zb

INTERESTING_INTS = [0, 1, 2, 3, -1, 7, 0x7F, 0xFF, 0x100, 0xFFFF, 0x10000, 2**31 - 1,
                    2**31, 2**32 - 1, 2**32, 2**53, 2**63 - 1, 2**63, 2**64 - 1, 2**64]
INTERESTING_TEXT = ["", " ", "\n", "\0", "x" * 300, "é", "\ud7ff", "🙂" * 50, "../x",
                    "NaN", "null", "true", "1e309", "00000000-0000-0000-0000-000000000000",
                    "region", "_deleted", "name", '"x"', "\\u0000"]


def interesting_value(rng: random.Random) -> Any:
    choice = rng.randrange(10)
    if choice < 3:
        return rng.choice(INTERESTING_INTS)
    if choice < 6:
        return rng.choice(INTERESTING_TEXT)
    if choice == 6:
        return rng.choice([None, True, False, 1.5, -0.0, 1e300])
    if choice == 7:
        return rng.choice([[], {}, [[]], {"a": 1}, [1, 2, 3], [["x", 1]], {"": None}])
    if choice == 8:
        depth = rng.choice([5, 50, 200])  # orjson writes at most 254 levels
        return orjson.loads(b"[" * depth + b"]" * depth)
    return "".join(chr(rng.randrange(32, 0x2FFF)) for _ in range(rng.randrange(1, 40)))


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out += _paths(value, (*prefix, index))
    return out


def mutate_json(rng: random.Random, data: Any) -> Any:
    """One edit somewhere in the tree: replace a value, drop or add a key, swap in a
    value from elsewhere in the same tree."""
    paths = _paths(data)
    path = rng.choice(paths)
    if not path:
        return interesting_value(rng) if rng.random() < 0.2 else data
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    how = rng.randrange(4)
    if how == 0 and isinstance(parent, dict):
        del parent[last]
    elif how == 1 and isinstance(parent, dict):
        parent[rng.choice([*INTERESTING_TEXT, "extra"])] = interesting_value(rng)
    elif how == 2:
        other = rng.choice(paths)
        node = data
        for step in other:
            node = node[step]
        parent[last] = orjson.loads(orjson.dumps(node))
    else:
        parent[last] = interesting_value(rng)
    return data


def serialise(rng: random.Random, data: Any) -> bytes:
    """Mostly canonical; sometimes another spelling of the same data."""
    try:
        canonical = orjson.dumps(data, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError:  # an integer beyond 64 bits: the standard library's
        return json.dumps(data, sort_keys=True, separators=(",", ":"),
                          ensure_ascii=False).encode()
    roll = rng.random()
    if roll < 0.85:
        return canonical
    if roll < 0.9:
        return orjson.dumps(data, option=orjson.OPT_INDENT_2)
    if roll < 0.95 and canonical.startswith(b'{"'):
        end = canonical.index(b",") if b"," in canonical else len(canonical) - 1
        return canonical[:end] + b"," + canonical[1:]  # the first key twice
    return canonical.replace(b":", b": ", 1)


def mutate_bytes(rng: random.Random, data: bytes, edits: int = 3) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, edits)):
        if not out:
            out += rng.randbytes(rng.randrange(1, 64))
            continue
        at = rng.randrange(len(out))
        how = rng.randrange(6)
        if how == 0:
            out[at] ^= 1 << rng.randrange(8)
        elif how == 1:
            out[at] = rng.choice([0, 0xFF, 0x7F, 0x80, rng.randrange(256)])
        elif how == 2:
            out[at:at] = rng.randbytes(rng.randrange(1, 64))
        elif how == 3:
            del out[at:at + rng.randrange(1, 64)]
        elif how == 4:
            out[at:at] = out[at:at + rng.randrange(1, 256)]
        else:
            del out[at:]
    return bytes(out)


def _field_offsets(data: bytes) -> list[tuple[int, str]]:
    """Every numeric field of the zip records, with its struct format."""
    layout = zb.layout(data)
    fields = [(layout.eocd + 4 + 2 * i, "<H") for i in range(4)]
    fields += [(layout.eocd + 12, "<I"), (layout.eocd + 16, "<I"), (layout.eocd + 20, "<H")]
    for entry in layout.entries:
        fields += [(entry + 4 + 2 * i, "<H") for i in range(6)]
        fields += [(entry + 16 + 4 * i, "<I") for i in range(3)]
        fields += [(entry + 28 + 2 * i, "<H") for i in range(5)]
        fields += [(entry + 38, "<I"), (entry + 42, "<I")]
    for local in layout.local:
        fields += [(local + 4 + 2 * i, "<H") for i in range(5)]
        fields += [(local + 14 + 4 * i, "<I") for i in range(3)]
        fields += [(local + 26, "<H"), (local + 28, "<H")]
    return fields


def mutate_zip_fields(rng: random.Random, data: bytes) -> bytes:
    """Lies in the zip records themselves: counts, sizes, offsets, lengths, versions."""
    fields = _field_offsets(data)
    out = data
    for _ in range(rng.randint(1, 3)):
        offset, fmt = rng.choice(fields)
        limit = 2 ** (8 * struct.calcsize(fmt))
        current = struct.unpack_from(fmt, out, offset)[0]
        value = rng.choice([0, 1, 3, 4, 0x14, 0x2D, 0x3F, 0x40, 0xFFFF, 0xFFFFFFFF,
                            len(data), current + rng.randint(-64, 64),
                            rng.randrange(limit)]) % limit
        out = zb.patch(out, offset, fmt, value)
    if rng.random() < 0.15:  # a zip64 end record, honest or not
        layout = zb.layout(data)  # the original's: `out` may lie about itself already
        lies = {"entries": rng.choice([3, 2, 2**32, 2**64 - 1]),
                "cd_size": rng.choice([layout.cd_size, 2**40, 2**63 - 1, 0]),
                "cd_offset": rng.choice([layout.cd_offset, 0, 2**63 - 1]),
                "record_at": rng.choice([layout.eocd, layout.eocd - 1, 2**63]),
                "record_size": rng.choice([44, 0, 2**63])}
        out = out[:layout.eocd] + zb.zip64_tail(**lies)
    return out


class Mutator:
    """Bundles derived from one good bundle by `signer`, each with its kind."""

    def __init__(self, rng: random.Random, good: bytes, signer: ReplicaState,
                 encrypted: bytes, passphrase: str) -> None:
        self.rng = rng
        self.good = good
        self.signer = signer
        self.members = forge.read_members_bytes(good)
        self.encrypted = encrypted
        self.passphrase = passphrase
        self.kinds: list[tuple[str, float, Callable[[], bytes]]] = [
            ("container bytes", 0.25, lambda: mutate_bytes(rng, self.good)),
            ("zip records", 0.2, lambda: mutate_zip_fields(rng, self.good)),
            ("manifest", 0.2, self._manifest),
            ("change lines", 0.3, self._lines),
            ("encryption", 0.05, self._encryption),
        ]

    def next(self) -> tuple[str, bytes, str | None]:
        kind, _weight, make = self.rng.choices(self.kinds, [k[1] for k in self.kinds])[0]
        passphrase = self.passphrase if kind == "encryption" else None
        return kind, make(), passphrase

    def _bundle(self, changes: bytes, manifest: bytes) -> bytes:
        signature = signing.sign(self.signer.private_key, manifest)
        return forge.zip_bytes([(CHANGES, changes), (MANIFEST, manifest),
                                (SIGNATURE, signature)])

    def _manifest(self) -> bytes:
        data = orjson.loads(self.members[MANIFEST])
        for _ in range(self.rng.randint(1, 3)):
            data = mutate_json(self.rng, data)
        return self._bundle(self.members[CHANGES], serialise(self.rng, data))

    def _lines(self) -> bytes:
        lines = self.members[CHANGES].splitlines(keepends=True)
        for _ in range(self.rng.randint(1, 3)):
            at = self.rng.randrange(len(lines))
            how = self.rng.randrange(10)
            try:
                parsed = orjson.loads(lines[at])
            except orjson.JSONDecodeError:  # spoilt by an earlier edit
                how = 6
            if how < 6:
                lines[at] = serialise(self.rng, mutate_json(self.rng, parsed)) + b"\n"
            elif how == 6:
                lines[at] = mutate_bytes(self.rng, lines[at], 2)
            elif how == 7:
                lines.insert(at, lines[self.rng.randrange(len(lines))])
            elif how == 8 and len(lines) > 1:
                del lines[at]
            else:
                other = self.rng.randrange(len(lines))
                lines[at], lines[other] = lines[other], lines[at]
        changes = b"".join(lines)
        manifest = forge.manifest_bytes(self.signer, changes)
        if self.rng.random() < 0.2:  # and a lie about the count or the parts
            data = mutate_json(self.rng, orjson.loads(manifest))
            manifest = serialise(self.rng, data)
        return self._bundle(changes, manifest)

    def _encryption(self) -> bytes:
        data = self.encrypted
        (length,) = struct.unpack_from(">I", data, len(crypto.MAGIC))
        start = len(crypto.MAGIC) + 4
        if self.rng.random() < 0.6:
            header = mutate_json(self.rng, orjson.loads(data[start:start + length]))
            raw = serialise(self.rng, header)
            return (crypto.MAGIC + struct.pack(">I", len(raw)) + raw
                    + data[start + length:])
        if self.rng.random() < 0.5:
            return zb.patch(data, len(crypto.MAGIC), ">I",
                            self.rng.choice([0, 1, length - 1, 4096, 4097, 2**32 - 1]))
        return mutate_bytes(self.rng, data)
