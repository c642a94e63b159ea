"""Members of IALI, their yearly dues and their adoption of IALI's tools."""

from __future__ import annotations

from iali_desktop.domain import choices as c
from iali_desktop.store import base as f
from iali_desktop.store.base import Mapped, RecordMeta, Replicated


class Member(Replicated):
    __tablename__ = "member"
    record = RecordMeta("Member", "Members", ("organisation",), ("organisation",), "members")

    organisation: Mapped[str | None] = f.ref("Organisation", "organisation", required=True)
    category: Mapped[str | None] = f.ref("Category", "term", vocabulary="membership_category")
    status: Mapped[str | None] = f.choice("Status", c.MemberStatus, required=True)
    joined_on: Mapped[str | None] = f.date("Joined")
    code_of_integrity_on: Mapped[str | None] = f.date("Global Code of Integrity adopted")
    common_principles_on: Mapped[str | None] = f.date("Common Principles adopted")
    notes: Mapped[str | None] = f.longtext("Notes")


class Dues(Replicated):
    __tablename__ = "dues"
    record = RecordMeta("Dues", "Dues", ("member", "year"), ("-year",), "members")

    member: Mapped[str | None] = f.ref("Member", "member", required=True)
    year: Mapped[int | None] = f.integer("Year", required=True, minimum=1972, maximum=2100)
    amount: Mapped[str | None] = f.decimal("Amount")
    currency: Mapped[str | None] = f.text("Currency", search=False)
    paid_on: Mapped[str | None] = f.date("Paid on")
