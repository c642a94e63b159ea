"""The lines of the meeting pack's generated sections, as plain data."""

from __future__ import annotations

from dataclasses import dataclass

from .common import EngagementLine, EventLine


@dataclass(frozen=True)
class CriterionLine:
    name: str
    met: bool | None
    score: int | None
    note: str


@dataclass(frozen=True)
class RequestLine:
    subject: str
    requester: str
    received: str | None
    age_days: int | None
    description: str
    criteria: tuple[CriterionLine, ...]

    @property
    def met_count(self) -> int:
        return sum(1 for c in self.criteria if c.met)

    @property
    def score(self) -> int:
        return sum(c.score or 0 for c in self.criteria)


@dataclass(frozen=True)
class AllianceLine:
    name: str
    representatives: tuple[str, ...]


@dataclass(frozen=True)
class RegionReport:
    name: str
    representatives: tuple[str, ...]
    alliances: tuple[AllianceLine, ...]
    engagements: tuple[EngagementLine, ...]
    upcoming: tuple[EventLine, ...]


@dataclass(frozen=True)
class AgreementLine:
    title: str
    parties: tuple[str, ...]
    kind: str
    status: str
    signed_on: str | None
    review_on: str | None
    expires_on: str | None
    document_ref: str
    review_due: bool


@dataclass(frozen=True)
class MemberLine:
    organisation: str
    country: str
    category: str
    status: str
    joined_on: str | None
    dues: str  # "500 EUR" or ""
    paid_on: str | None
    code_of_integrity_on: str | None
    common_principles_on: str | None
    unpaid: bool


@dataclass(frozen=True)
class Membership:
    year: int
    members: tuple[MemberLine, ...]
    by_status: dict[str, int]
    unpaid: int
    paid: int


@dataclass(frozen=True)
class ExpertChange:
    name: str
    status: str
    changed_on: str | None
    reason: str
    skills: tuple[str, ...]


@dataclass(frozen=True)
class ActionItemLine:
    text: str
    owner: str
    due_date: str | None
    status: str
    overdue: bool
