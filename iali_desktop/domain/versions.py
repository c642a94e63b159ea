"""Field versions: the unit of change that is logged, bundled and merged.

Each write of a field is a `Version` identified by `(replica, seq)`. `supersedes` lists
the versions of the same field its author had; a version nothing supersedes is a *head*.
One head is the normal case; several heads holding different values are an open conflict
whose displayed winner is the head with the highest `(hlc, replica)`. Several heads
holding the same value (two people typed the same thing) are no conflict: the value is
simply current, and the next edit anywhere supersedes them all. A delete is a version of
the field `_deleted`; its `seen` lists the heads of the record's other fields its author
had.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

DELETED_FIELD = "_deleted"
# An erasure of a record's personal data: a version of this field, value "true" (see
# domain/erasure.py). It is never a conflict and never an edit a delete must have seen.
ERASED_FIELD = "_erased"

VersionId = tuple[str, int]


@dataclass(frozen=True, slots=True)
class Version:
    replica: str
    seq: int
    hlc: int
    record_type: str
    row_id: str
    field: str
    value: str  # canonical JSON text of the value
    supersedes: tuple[VersionId, ...] = ()
    seen: tuple[VersionId, ...] | None = None

    @property
    def vid(self) -> VersionId:
        return (self.replica, self.seq)

    @property
    def order_key(self) -> tuple[int, str]:
        return (self.hlc, self.replica)


@dataclass(frozen=True, slots=True)
class Head:
    """A current value of a field, as the merge sees it."""

    replica: str
    seq: int
    hlc: int
    value: str
    seen: tuple[VersionId, ...] | None = None

    @property
    def vid(self) -> VersionId:
        return (self.replica, self.seq)


def winner(heads: Iterable[Head]) -> Head:
    return max(heads, key=lambda h: (h.hlc, h.replica))


def in_conflict(values: Iterable[str]) -> bool:
    """Whether a field's heads (their canonical JSON values) are an open conflict: only
    when they differ. Values are canonical text, so equal values are equal strings; erased
    values (whatever they were) are one value, nobody's to choose any more."""
    from .erasure import conflict_key

    return len({conflict_key(v) for v in values}) > 1


def is_deleted(deleted_heads: list[Head], other_heads: Iterable[Head]) -> bool:
    """Deleted only if the winning `_deleted` version is true and its author had seen every
    current version of the other fields; an edit the deleter never saw keeps the record
    alive (a "deleted while edited" review item), the same on every replica."""
    if not deleted_heads:
        return False
    top = winner(deleted_heads)
    if top.value != "true":
        return False
    seen = set(top.seen or ())
    return all(h.vid in seen for h in other_heads)
