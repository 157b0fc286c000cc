"""The events app's models: the event pages (event.py), registrations (registration.py) and
what happens at and after the event: attendance and certificates (attendance.py)."""

from events.models.attendance import Attendance, Certificate, CertificateRun
from events.models.event import (
    LANGUAGE_NAMES,
    AudienceCategory,
    EventAudience,
    EventIndexPage,
    EventPage,
    EventPartner,
    EventQuestion,
    EventSpeaker,
    days_needed,
    event_days,
    region_choices,
    registration_window_open,
)
from events.models.registration import (
    Registration,
    RegistrationExport,
    RegistrationQuerySet,
    SeatLock,
    private_storage,
)

__all__ = [
    "Attendance",
    "Certificate",
    "CertificateRun",
    "LANGUAGE_NAMES",
    "AudienceCategory",
    "EventAudience",
    "EventIndexPage",
    "EventPage",
    "EventPartner",
    "EventQuestion",
    "EventSpeaker",
    "Registration",
    "RegistrationExport",
    "RegistrationQuerySet",
    "SeatLock",
    "private_storage",
    "days_needed",
    "event_days",
    "region_choices",
    "registration_window_open",
]
