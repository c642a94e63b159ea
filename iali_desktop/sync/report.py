"""What an import did (or, in a preview, would do): plain frozen data for the CLI and GUI."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from iali_desktop.domain.translation import ngettext


@dataclass(frozen=True)
class TypeCounts:
    """Records of one type that the bundle creates, changes, deletes or brings back."""

    record_type: str
    new: int = 0
    changed: int = 0
    deleted: int = 0
    restored: int = 0


@dataclass(frozen=True)
class FieldRef:
    record_type: str
    row_id: str
    field: str


@dataclass(frozen=True)
class MissingRef:
    """A reference to a record this database does not hold yet; it resolves on arrival."""

    record_type: str
    row_id: str
    field: str
    target_type: str
    target_id: str


@dataclass(frozen=True)
class FutureStamp:
    """A change stamped later than this machine's clock allows (a skewed clock)."""

    replica: str
    seq: int
    hlc: int


@dataclass(frozen=True)
class HeldGroup:
    """Versions by one author kept aside, not applied, until what they lack arrives:
    `reason` "proof": the author's own signed chain (they came through a relay and some
    of the author's earlier changes are missing here); "version": versions they name as
    replaced (`supersedes`, `seen`) that are not here yet."""

    author: str  # the author's name as this database knows it, quoted, or a short id
    author_id: str
    reason: str
    count: int


@dataclass(frozen=True)
class ImportReport:
    bundle_id: str
    sender_id: str
    sender_name: str
    fingerprint: str
    newly_trusted: bool  # the import pins a signer that was not trusted before
    encrypted: bool
    scope: str
    dry_run: bool
    already_applied: bool
    changes_in_bundle: int
    changes_new: int
    changes_known: int
    types: tuple[TypeCounts, ...] = ()
    new_conflicts: tuple[FieldRef, ...] = ()
    deleted_while_edited: tuple[FieldRef, ...] = ()  # field is "_deleted"
    missing_refs: tuple[MissingRef, ...] = ()
    future_stamps: tuple[FutureStamp, ...] = ()
    future_count: int = 0
    # Complete counts (the tuples above list at most 200 items each).
    conflict_count: int = 0
    deleted_while_edited_count: int = 0
    missing_ref_count: int = 0
    # Authors whose signatures could not be checked yet: some of their earlier changes
    # are missing here (a bundle made for someone else); the next bundle checks them.
    unverified_authors: tuple[str, ...] = ()
    held: tuple[HeldGroup, ...] = ()
    held_applied: int = 0  # versions held by earlier imports that this one applied
    erased: bool = False  # personal values were erased (see sync/apply.py Outcome)
    looks_like: tuple[str, ...] = ()  # other peers whose names look like the sender's
    # Attached files (sync/files_in.py): stored by this import, carried but already held
    # here (not read), carried but named by no attachment (not read, not stored).
    files_received: int = 0
    file_bytes: int = 0
    files_already_held: int = 0
    files_ignored: int = 0
    backup: str | None = None
    message: str = ""

    def summary(self) -> dict[str, Any]:
        """A JSON-friendly form (also what is recorded with the received bundle)."""
        return {
            "bundle_id": self.bundle_id, "sender": {"id": self.sender_id,
                                                    "name": self.sender_name,
                                                    "fingerprint": self.fingerprint},
            "newly_trusted": self.newly_trusted, "encrypted": self.encrypted,
            "scope": self.scope, "dry_run": self.dry_run,
            "already_applied": self.already_applied,
            "changes": {"in_bundle": self.changes_in_bundle, "new": self.changes_new,
                        "known": self.changes_known},
            "types": {t.record_type: {"new": t.new, "changed": t.changed,
                                      "deleted": t.deleted, "restored": t.restored}
                      for t in self.types},
            "new_conflicts": [[c.record_type, c.row_id, c.field] for c in self.new_conflicts],
            "deleted_while_edited": [[c.record_type, c.row_id]
                                     for c in self.deleted_while_edited],
            "missing_refs": [[m.record_type, m.row_id, m.field, m.target_type, m.target_id]
                             for m in self.missing_refs],
            "counts": {"conflicts": self.conflict_count,
                       "deleted_while_edited": self.deleted_while_edited_count,
                       "missing_refs": self.missing_ref_count},
            "future_stamps": {"count": self.future_count,
                              "examples": [[f.replica, f.seq, f.hlc]
                                           for f in self.future_stamps]},
            "unverified_authors": list(self.unverified_authors),
            "held": [{"author": h.author, "author_id": h.author_id, "reason": h.reason,
                      "count": h.count} for h in self.held],
            "held_applied": self.held_applied, "looks_like": list(self.looks_like),
            "files": {"received": self.files_received, "bytes": self.file_bytes,
                      "already_held": self.files_already_held,
                      "ignored": self.files_ignored},
            "backup": self.backup, "message": self.message,
        }


def held_sentence(h: HeldGroup) -> str:
    """One plain sentence about versions held aside (used by the CLI and the window)."""
    if h.reason == "proof":
        return ngettext("{n} change by {author} held until {author}'s own signed proof arrives "
                        "(earlier changes by {author} are missing here)",
                        "{n} changes by {author} held until {author}'s own signed proof "
                        "arrives (earlier changes by {author} are missing here)",
                        h.count, author=h.author)
    return ngettext("{n} change by {author} held until the version it replaces arrives",
                    "{n} changes by {author} held until the versions they replace arrive",
                    h.count, author=h.author)
