"""Tables that belong to this install alone: the change log, peers, received bundles.

The change log is replicated (its rows travel in bundles) but it is not a record type
users edit; the other tables here never leave this machine.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Index, Integer, LargeBinary, String, Text, text

from iali_desktop.store.base import Base, Mapped, column


class LocalState(Base):
    """This replica: its identity, key pair and clocks. Exactly one row, id = 1."""

    __tablename__ = "local_state"

    id: Mapped[int] = column(Integer, primary_key=True)
    replica_id: Mapped[str] = column(String(36), nullable=False)
    name: Mapped[str] = column(Text, nullable=False)
    private_key: Mapped[bytes] = column(LargeBinary, nullable=False)
    public_key: Mapped[bytes] = column(LargeBinary, nullable=False)
    last_hlc: Mapped[int] = column(BigInteger, default=0, nullable=False)
    last_seq: Mapped[int] = column(Integer, default=0, nullable=False)
    created_at: Mapped[str] = column(String(32), nullable=False)
    demo: Mapped[bool] = column(Boolean, default=False, nullable=False)
    settings: Mapped[dict[str, Any]] = column(JSON, default=dict, nullable=False)


class Change(Base):
    """One version of one field of one record, identified by (replica, seq).

    `supersedes` is kept as edges in `change_edge`; `seen` lists, for a delete, the
    versions of the record's other fields its author had, so that an edit the deleter
    never saw keeps the record alive on every replica alike. `is_head` is derived locally:
    true when no version of the same field supersedes this one.
    """

    __tablename__ = "change"

    replica: Mapped[str] = column(String(36), primary_key=True)
    seq: Mapped[int] = column(Integer, primary_key=True)
    hlc: Mapped[int] = column(BigInteger, nullable=False)
    record_type: Mapped[str] = column(String(40), nullable=False)
    row_id: Mapped[str] = column(String(36), nullable=False)
    field: Mapped[str] = column(String(60), nullable=False)
    value: Mapped[str] = column(Text, nullable=False)  # canonical JSON
    seen: Mapped[str | None] = column(Text, nullable=True)  # JSON [[replica, seq], ...]
    is_head: Mapped[bool] = column(Boolean, default=True, nullable=False)

    __table_args__ = (
        Index("ix_change_field", "record_type", "row_id", "field"),
        Index("ix_change_heads", "record_type", "row_id", "field",
              sqlite_where=text("is_head = 1")),
    )


class ChangeEdge(Base):
    """Version (by_replica, by_seq) supersedes version (sup_replica, sup_seq) of one field."""

    __tablename__ = "change_edge"

    by_replica: Mapped[str] = column(String(36), primary_key=True)
    by_seq: Mapped[int] = column(Integer, primary_key=True)
    sup_replica: Mapped[str] = column(String(36), primary_key=True)
    sup_seq: Mapped[int] = column(Integer, primary_key=True)

    __table_args__ = (Index("ix_change_edge_sup", "sup_replica", "sup_seq"),)


class Peer(Base):
    """Another replica we have heard of: its key, our trust in it and what it has."""

    __tablename__ = "peer"

    replica_id: Mapped[str] = column(String(36), primary_key=True)
    name: Mapped[str] = column(Text, nullable=False)
    public_key: Mapped[bytes | None] = column(LargeBinary, nullable=True)
    fingerprint: Mapped[str | None] = column(String(80), nullable=True)
    trusted: Mapped[bool] = column(Boolean, default=False, nullable=False)
    known_vector: Mapped[dict[str, Any]] = column(JSON, default=dict, nullable=False)
    last_import_at: Mapped[str | None] = column(String(32), nullable=True)
    last_export_at: Mapped[str | None] = column(String(32), nullable=True)


class ReceivedBundle(Base):
    """A bundle already applied here: importing it again is a no-op, not an error."""

    __tablename__ = "received_bundle"

    bundle_id: Mapped[str] = column(String(36), primary_key=True)
    sha256: Mapped[str] = column(String(64), nullable=False)
    sender: Mapped[str] = column(String(36), nullable=False)
    imported_at: Mapped[str] = column(String(32), nullable=False)
    summary: Mapped[dict[str, Any]] = column(JSON, default=dict, nullable=False)
