"""Choice lists that the OpenAPI document names as enums (SPECTACULAR_SETTINGS's
ENUM_NAME_OVERRIDES names them after these)."""

from api.page_types import TYPE_NAMES
from consultations.models import ConsultationPage, Contribution
from events.indicators import MEASURES
from events.models import EventQuestion, Registration
from events.queries import REGISTRATION_STATES as registration_states

PETITION_STATES = ["open", "closed", "delivered"]  # StateEnum
# PageSummaryTypeEnum: the types of the plain list card; a petition's card and an event's have
# their own schemas.
PLAIN_CARD_TYPES = [name for name in TYPE_NAMES if name not in {"petition", "event"}]
PETITION_TYPE = ["petition"]  # PetitionPageTypeEnum, of the page and of its card
CONSULTATION_TYPE = ["consultation"]
CONSULTATION_PHASES = list(ConsultationPage.Phase.values)
CONTRIBUTION_KINDS = list(Contribution.Kind.values)
CONTRIBUTION_DISPOSITIONS = list(Contribution.Disposition.values)
CONTRIBUTION_LINK_STATUSES = ["pending", "published", "hidden"]
CONTRIBUTION_OUTCOMES = list(Contribution.Outcome.values)
VERSION_KINDS = ["draft", "amended", "adopted"]
TIMELINE_STEPS = ["presented", "opened", "closed", "submitted", "answered"]
EVENT_TYPE = ["event"]  # EventPageTypeEnum, of the page and of its card
EVENT_KINDS = [
    "training", "workshop", "seminar", "conference", "public_discussion", "webinar",
]  # fmt: skip
EVENT_FORMATS = ["in_person", "online", "hybrid"]
REGISTRATION_STATES = list(registration_states)  # events/queries.py
QUESTION_KINDS = list(EventQuestion.Kind.values)
INDICATOR_SOURCES = ["manual", "computed"]
INDICATOR_MEASURES = list(MEASURES)  # events/indicators.py
REGISTRANT_STATUSES = list(Registration.Status.values)
# A public form's 202 (signing, registering): SigningAcceptedStatusEnum.
ACCEPTED_STATUSES = ["pending"]
SIGNATURE_LINK_STATUSES = ["confirmed", "withdrawn"]  # SigningStateStatusEnum
