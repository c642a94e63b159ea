"""Files attached to records: the replicated attachment record and the local file content.

The `attachment` record syncs like any other (its fields carry the file's name, type,
size and SHA-256 digest). The content lives in two local tables keyed by that digest, so
identical content is kept once however many attachments (or replicas' attachments) name
it: `blob_chunk` holds it in pieces of about 1 MiB, so no file is ever whole in memory,
and a `blob` row says that every piece of a digest is present and was verified.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Index, Integer, LargeBinary, String

from iali_desktop.store import base as f
from iali_desktop.store.base import Base, Mapped, RecordMeta, Replicated, column


class Attachment(Replicated):
    """A file attached to a record of any type (`owner_type`, `owner_id`)."""

    __tablename__ = "attachment"
    record = RecordMeta("Attachment", "Attachments", ("name",), ("name", "added_at"),
                        "files")

    # Not a reference field: the owner may be of any record type.
    owner_type: Mapped[str | None] = f.text("Record type", required=True,
                                            search=False, table=False)
    owner_id: Mapped[str | None] = f.text("Record", required=True, search=False,
                                          table=False)
    name: Mapped[str | None] = f.text("File name", required=True)
    media_type: Mapped[str | None] = f.text("Media type", search=False)
    size: Mapped[int | None] = f.integer("Size (bytes)", required=True, minimum=0)
    sha256: Mapped[str | None] = f.text("SHA-256", required=True, search=False, table=False)
    added_by: Mapped[str | None] = f.text("Added by", search=False)
    added_at: Mapped[str | None] = f.text("Added on", search=False)

    __table_args__ = (Index("ix_attachment_owner", "owner_type", "owner_id"),)


class Blob(Base):
    """File content held here, complete and verified: its digest and size in bytes."""

    __tablename__ = "blob"

    sha256: Mapped[str] = column(String(64), primary_key=True)
    size: Mapped[int] = column(BigInteger, nullable=False)


class BlobChunk(Base):
    """Piece `n` (from 0) of the content whose digest is `sha256`.

    A rowid table: each piece's bytes sit in the row's overflow pages and are read one
    piece at a time. Pieces whose digest has no `blob` row are not content (a write still
    in its transaction, or one refused half-way and cleared before its rollback).
    """

    __tablename__ = "blob_chunk"

    id: Mapped[int] = column(Integer, primary_key=True)
    sha256: Mapped[str] = column(String(64), nullable=False)
    n: Mapped[int] = column(Integer, nullable=False)
    data: Mapped[bytes] = column(LargeBinary, nullable=False)

    __table_args__ = (Index("ux_blob_chunk_piece", "sha256", "n", unique=True),)
