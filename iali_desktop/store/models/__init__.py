"""Every table of the database. Importing this package registers them all on `Base`."""

from iali_desktop.store.models.events import AgendaItem, Decision, Event, EventParticipant
from iali_desktop.store.models.expertise import (
    AssistanceRequest,
    CriterionAssessment,
    Expert,
    IborAssessment,
    Publication,
    Term,
)
from iali_desktop.store.models.files import Attachment, Blob, BlobChunk
from iali_desktop.store.models.local import Change, ChangeEdge, LocalState, Peer, ReceivedBundle
from iali_desktop.store.models.membership import Dues, Member
from iali_desktop.store.models.partners import (
    Agreement,
    Engagement,
    Organisation,
    Person,
    Region,
    RepresentativeAssignment,
)
from iali_desktop.store.models.plan import ActionArea, ActionPlan, KeyOutcome, Task, TaskUpdate

__all__ = [
    "ActionArea", "ActionPlan", "AgendaItem", "Agreement", "AssistanceRequest", "Attachment",
    "Blob", "BlobChunk", "Change",
    "ChangeEdge", "CriterionAssessment", "Decision", "Dues", "Engagement", "Event",
    "EventParticipant", "Expert", "IborAssessment", "KeyOutcome", "LocalState", "Member",
    "Organisation", "Peer", "Person", "Publication", "ReceivedBundle", "Region",
    "RepresentativeAssignment", "Task", "TaskUpdate", "Term",
]
