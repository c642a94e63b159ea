"""Open sync conflicts, listed for the secretary to settle before printing a pack.

The pack handed to the EC carries no conflicts appendix: the pack dialog warns with this
list instead (a checklist before printing)."""

from __future__ import annotations

from dataclasses import dataclass

from ..sync import SyncService
from ..workspace import Workspace


@dataclass(frozen=True)
class CompetingValue:
    text: str
    replica: str  # the name of the replica that wrote it
    when: str  # ISO time (UTC)
    shown: bool  # the value every replica displays until someone resolves it


@dataclass(frozen=True)
class ConflictLine:
    record_type: str
    title: str
    field: str  # the field's label
    values: tuple[CompetingValue, ...]


def open_conflicts(ws: Workspace) -> tuple[ConflictLine, ...]:
    """Fields edited concurrently on two replicas and not yet resolved, as the sync
    service sees them (the same list as the Conflicts page)."""
    return tuple(
        ConflictLine(group.record_type, group.title or group.row_id, c.label, tuple(
            CompetingValue(v.text, v.replica_name, v.when, v.winner) for v in c.values))
        for group in SyncService(ws).conflicts() for c in group.fields)
