"""One change per line: the JSON-lines part of a bundle, written and checked.

Each line is the canonical JSON (sorted keys, no spaces) of one field version. Reading
insists on exactly that form, which rejects duplicate keys, NaN/Infinity and padding at
the cost of one re-serialisation; nesting is bounded because every key has a fixed flat
type (the parser's own depth limit stops a deeply nested line before that). Every value
is checked against its record type's FieldSpec and must already be canonical, exactly as
a local write would have stored it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

import orjson

from iali_desktop.domain import erasure
from iali_desktop.domain.demo_data import MARK
from iali_desktop.domain.errors import BundleError, ValidationError
from iali_desktop.domain.fields import FieldSpec
from iali_desktop.domain.translation import _
from iali_desktop.domain.values import check
from iali_desktop.domain.versions import DELETED_FIELD, ERASED_FIELD
from iali_desktop.store.catalog import record_types

from .manifest import MAX_INT, UUID_RE

MAX_SEQ = 2**53
MAX_LINKS = 10_000
_KEYS = frozenset({"replica", "seq", "hlc", "type", "row", "field", "value", "supersedes"})
_KEYS_SEEN = _KEYS | {"seen"}

StageRow = tuple[str, int, int, str, str, str, str, str | None]


# `value` is the last key of a canonical line, and `,"value":` cannot occur inside a JSON
# string (its quote would be escaped), so the first occurrence is the key.
_VALUE_KEY = b',"value":'
_VALUE_AT = len(_VALUE_KEY)


def sealed_digest(line: bytes, chain: bytes) -> bytes:
    """SHA-256(chain || the sealed line): what an author's hash chain takes one step
    (`authorship.py`). Sealing replaces a line's value by its digest
    (`domain/erasure.py`), so erasing a value leaves every chain intact; the sealed line
    is hashed in pieces, never built (this runs for every line of an import)."""
    at = line.find(_VALUE_KEY)
    if at < 0 or not line.endswith(b"}\n"):
        # not a change line: the checker refuses it before any chain counts
        return hashlib.sha256(chain + line).digest()
    at += _VALUE_AT
    digest = hashlib.sha256(chain)
    digest.update(line[:at])
    digest.update(b'"')
    digest.update(erasure.encoded_digest(line[at:-2]))
    digest.update(b'"}\n')
    return digest.digest()


def encode(replica: str, seq: int, hlc: int, record_type: str, row_id: str, field: str,
           value: str, supersedes: list[list[Any]], seen: str | None) -> bytes:
    line: dict[str, Any] = {"replica": replica, "seq": seq, "hlc": hlc, "type": record_type,
                            "row": row_id, "field": field, "value": value,
                            "supersedes": supersedes}
    if seen is not None:
        line["seen"] = orjson.loads(seen)
    return orjson.dumps(line, option=orjson.OPT_SORT_KEYS) + b"\n"


@dataclass
class LineChecker:
    """Turns lines into rows to stage, refusing the first line that is not acceptable."""

    specs: dict[str, dict[str, FieldSpec]]
    line_no: int = 0
    # What the lines held, noted as they pass, so that the importer's checks need not
    # scan the staged lines again: an erasure, an erased value, the demo dataset's mark,
    # an attachment's content digest (and their authors, `authors`).
    erasures: bool = False
    erased_values: bool = False
    demo_marked: bool = False
    attachment_digests: bool = False
    _replicas: set[str] = field(default_factory=set)
    _rows: set[str] = field(default_factory=set)
    _values: set[tuple[str, str, str]] = field(default_factory=set)

    @classmethod
    def for_schema(cls) -> LineChecker:
        return cls({name: dict(rt.field_map) for name, rt in record_types().items()})

    @property
    def authors(self) -> frozenset[str]:
        """The replicas whose changes the lines carry."""
        return frozenset(self._replicas)

    def parse(self, raw: bytes) -> tuple[StageRow, list[tuple[str, int]]]:
        self.line_no += 1
        try:
            data = orjson.loads(raw)
            if orjson.dumps(data, option=orjson.OPT_SORT_KEYS) != raw:
                raise ValueError("not canonical")
        except (orjson.JSONDecodeError, orjson.JSONEncodeError, ValueError, TypeError):
            raise self._bad(_("is not canonical JSON (duplicate keys, NaN, nesting or "
                              "altered)")) from None
        try:
            return self._check(data)
        except (KeyError, TypeError, ValueError, AttributeError, ValidationError) as exc:
            detail = f": {exc}" if isinstance(exc, ValidationError) else ""
            raise self._bad(_("is not a valid change{detail}", detail=detail)) from None

    def _bad(self, why: str) -> BundleError:
        return BundleError(_("change {line_no} of the bundle {why}", line_no=self.line_no, why=why))

    def _check(self, data: Any) -> tuple[StageRow, list[tuple[str, int]]]:
        if type(data) is not dict:
            raise ValueError("keys")
        # Every key of _KEYS is read here (a missing one raises KeyError); with the count,
        # the keys are then exactly _KEYS, or _KEYS and "seen".
        replica, seq, stamp, record_type, row_id, field, value, links = (
            data["replica"], data["seq"], data["hlc"], data["type"], data["row"],
            data["field"], data["value"], data["supersedes"])
        size = len(data)
        if size != 8 and (size != 9 or "seen" not in data):
            raise ValueError("keys")
        if replica not in self._replicas:  # a bundle holds few authors: check each once
            if type(replica) is not str or not UUID_RE.match(replica):
                raise ValueError("replica")
            self._replicas.add(replica)
        if row_id not in self._rows:  # a record's fields come together: check its id once
            if type(row_id) is not str or not UUID_RE.match(row_id):
                raise ValueError("row")
            if len(self._rows) >= 10_000:
                self._rows.clear()  # a cache, not a record of every id (memory stays flat)
            self._rows.add(row_id)
        if type(seq) is not int or not 1 <= seq <= MAX_SEQ:
            raise ValueError("seq")
        if type(stamp) is not int or not 0 <= stamp <= MAX_INT:
            raise ValueError("hlc")
        if type(value) is not str:
            raise ValueError("value")
        if MARK in value:
            self.demo_marked = True
        if field == DELETED_FIELD:
            if record_type not in self.specs or value not in ("true", "false"):
                raise ValueError("deleted")
        elif field == ERASED_FIELD:
            if record_type not in self.specs or value != "true":
                raise ValueError("erased")
            self.erasures = True
        elif len(value) == erasure.ERASED_LENGTH and value.startswith(erasure.PREFIX):
            # `erasure.is_erased`, inlined: this branch is taken for every line
            if not self.specs[record_type][field].personal:
                raise ValueError("only personal data is erased")
            self.erased_values = True
        else:
            if record_type == "attachment" and field == "sha256":
                self.attachment_digests = True
            # Choices, flags and references repeat: a short value accepted once for a
            # field is accepted again (check() depends on nothing else). Small, bounded.
            short = len(value) <= 64
            if not short or (record_type, field, value) not in self._values:
                clean = check(self.specs[record_type][field], orjson.loads(value))
                if orjson.dumps(clean, option=orjson.OPT_SORT_KEYS).decode() != value:
                    raise ValueError("value not canonical")
                if short:
                    if len(self._values) >= 10_000:
                        self._values.clear()
                    self._values.add((record_type, field, value))
        supersedes = [] if links == [] else _links(links)
        seen: str | None = None
        if size == 9:
            if field != DELETED_FIELD:
                raise ValueError("seen")
            _links(data["seen"])
            seen = orjson.dumps(data["seen"]).decode()
        return (replica, seq, stamp, record_type, row_id, field, value, seen), supersedes


def _whole(value: Any, low: int, high: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValueError("number")


def _links(value: Any) -> list[tuple[str, int]]:
    if not isinstance(value, list) or len(value) > MAX_LINKS:
        raise ValueError("links")
    out: list[tuple[str, int]] = []
    for pair in value:
        if not isinstance(pair, list) or len(pair) != 2:
            raise ValueError("link")
        replica, seq = pair
        if not isinstance(replica, str) or not UUID_RE.match(replica):
            raise ValueError("link replica")
        _whole(seq, 1, MAX_SEQ)
        out.append((replica, seq))
    return out
