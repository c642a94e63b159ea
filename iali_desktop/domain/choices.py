"""The fixed choice lists named by the action plans and the issue of record kinds.

Lists the seeds are silent about (membership categories, skill categories, IBOR
stages, assistance criteria) are not here: they are editable `term` records.
"""

from __future__ import annotations

import enum


class PlanStatus(enum.StrEnum):
    DRAFT = "draft"
    PROPOSED = "proposed"
    ADOPTED = "adopted"
    CLOSED = "closed"


class TaskKind(enum.StrEnum):
    ONGOING_ACTIVITY = "ongoing_activity"
    SPECIFIC_TASK = "specific_task"


class TaskStatus(enum.StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    ON_HOLD = "on_hold"
    DONE = "done"
    CANCELLED = "cancelled"


OPEN_TASK_STATUSES = (TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, TaskStatus.ON_HOLD)


class OutcomeStatus(enum.StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    PARTLY_ACHIEVED = "partly_achieved"
    NOT_ACHIEVED = "not_achieved"


class OrganisationKind(enum.StrEnum):
    INTERNATIONAL_BODY = "international_body"
    REGIONAL_ALLIANCE = "regional_alliance"
    EMPLOYER_OR_WORKER_BODY = "employer_or_worker_body"
    LOBBY_GROUP_OR_NGO = "lobby_group_or_ngo"
    FUNDER = "funder"
    NATIONAL_INSPECTORATE = "national_inspectorate"
    OTHER = "other"


class Sphere(enum.StrEnum):
    """IALI's spheres of influence (Action Area 2 of the 2011-2014 plan)."""

    INTERNATIONAL = "international"
    REGIONAL = "regional"
    NATIONAL = "national"
    SOCIAL_PARTNERS = "social_partners"
    FUNDING = "funding"
    OTHER = "other"


class PersonRole(enum.StrEnum):
    PRESIDENT = "president"
    EC_MEMBER = "ec_member"
    REGIONAL_REPRESENTATIVE = "regional_representative"
    SECRETARIAT = "secretariat"
    EXPERT = "expert"
    CONTACT = "contact"


class EngagementKind(enum.StrEnum):
    MEETING = "meeting"
    CONFERENCE = "conference"
    CALL = "call"
    EMAIL = "email"
    VISIT = "visit"
    WEBINAR = "webinar"
    LETTER = "letter"
    OTHER = "other"


class AgreementKind(enum.StrEnum):
    MOU = "mou"
    COOPERATION_AGREEMENT = "cooperation_agreement"
    LETTER_OF_INTENT = "letter_of_intent"
    PARTNERSHIP = "partnership"
    OTHER = "other"


class AgreementStatus(enum.StrEnum):
    PROPOSED = "proposed"
    NEGOTIATING = "negotiating"
    SIGNED = "signed"
    EXPIRED = "expired"
    TERMINATED = "terminated"


class EventKind(enum.StrEnum):
    IALI_CONFERENCE = "iali_conference"
    REGIONAL_CONFERENCE = "regional_conference"
    WEBINAR = "webinar"
    EC_MEETING = "ec_meeting"
    CONGRESS_GENERAL_ASSEMBLY = "congress_general_assembly"
    WORLD_CONGRESS = "world_congress"
    OTHER = "other"


class EventStatus(enum.StrEnum):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    HELD = "held"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class DatePrecision(enum.StrEnum):
    """How much of a stored date is known: the seed's "in year 2023" is stored as
    2023-01-01 with YEAR. No value means the whole date is known."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class IaliRole(enum.StrEnum):
    ORGANISER = "organiser"
    CO_ORGANISER = "co_organiser"
    SPEAKER = "speaker"
    PARTICIPANT = "participant"
    SPONSOR = "sponsor"
    OBSERVER = "observer"


class ParticipantRole(enum.StrEnum):
    CHAIR = "chair"
    SPEAKER = "speaker"
    PANELLIST = "panellist"
    DELEGATE = "delegate"
    ORGANISER = "organiser"
    OBSERVER = "observer"


class Attendance(enum.StrEnum):
    """Whether a participant of a meeting was there (recorded after it, for the minutes)."""

    PRESENT = "present"
    APOLOGIES = "apologies"
    ABSENT = "absent"


class MinutesStatus(enum.StrEnum):
    """A meeting's minutes are a draft until the next meeting approves them."""

    DRAFT = "draft"
    APPROVED = "approved"


class DecisionKind(enum.StrEnum):
    DECISION = "decision"
    ACTION_ITEM = "action_item"


class DecisionStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    CARRIED_FORWARD = "carried_forward"
    CANCELLED = "cancelled"


class MemberStatus(enum.StrEnum):
    APPLICANT = "applicant"
    ACTIVE = "active"
    LAPSED = "lapsed"
    SUSPENDED = "suspended"
    RESIGNED = "resigned"


class Availability(enum.StrEnum):
    AVAILABLE = "available"
    LIMITED = "limited"
    UNAVAILABLE = "unavailable"


class ListingStatus(enum.StrEnum):
    PROPOSED = "proposed"
    LISTED = "listed"
    DELISTED = "delisted"


class EcDecision(enum.StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    DECLINED = "declined"
    DEFERRED = "deferred"


class PublicationKind(enum.StrEnum):
    ACTION_PLAN = "action_plan"
    CODE = "code"
    GUIDE = "guide"
    REPORT = "report"
    NEWSLETTER = "newsletter"
    STATEMENT = "statement"
    WEBSITE = "website"
    OTHER = "other"


class Vocabulary(enum.StrEnum):
    """The editable lists kept as `term` records."""

    MEMBERSHIP_CATEGORY = "membership_category"
    SKILL_CATEGORY = "skill_category"
    IBOR_STAGE = "ibor_stage"
    ASSISTANCE_CRITERION = "assistance_criterion"



class AgendaItemKind(enum.StrEnum):
    """What an EC agenda item is about; it decides which papers a new item starts with
    (`domain/agenda.py`)."""

    OPENING = "opening"
    PREVIOUS_MINUTES = "previous_minutes"
    ACTION_PLAN = "action_plan"
    REGIONAL_REPORTS = "regional_reports"
    FINANCE = "finance"
    PARTNERSHIPS = "partnerships"
    ASSISTANCE = "assistance"
    EXPERTS = "experts"
    EVENTS = "events"
    ELECTION = "election"
    ANY_OTHER_BUSINESS = "any_other_business"
    OTHER = "other"


class AgendaPaper(enum.StrEnum):
    """What the meeting pack prints under an agenda item: the files attached to it, or a
    section the app writes from the records. The secretary picks them per item."""

    ATTACHED_FILES = "attached_files"
    PLAN_STATUS = "plan_status"
    AWAITING_DECISION = "awaiting_decision"
    REGIONAL_REPORTS = "regional_reports"
    MOU_REGISTER = "mou_register"
    EVENTS_CALENDAR = "events_calendar"
    MEMBERS_DUES = "members_dues"
    EXPERT_LISTING = "expert_listing"
    OPEN_ACTIONS = "open_actions"
