"""Check-in and attendance: the organiser's rules at the door, and who counts as an attendee.

- Check-in is by day (the event's Almaty calendar days). Only a registration holding a seat is
  checked in; a person who came without one is added as a walk-in (a confirmed registration the
  organiser makes), or checked in if their address is already registered.
- The unique constraint (registration, day) keeps two organisers scanning the same code at once
  to one row; undoing deletes it. Every change goes into the event page's history with the
  registration's number, never a name (page history is seen by more people than registrations).
- Who attended is the event's rule (every day, or at least N days), applied once here for the
  admin, the API's figures, certificates and campaign indicators.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from urllib.parse import parse_qs, urlencode, urlsplit

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from cms.errors import DomainError
from cms.opt_in import LinkExpired, LinkInvalid, LinkTokens, normalise_email, person_key
from events.models import Attendance, EventPage, Registration, days_needed, event_days
from events.signals import seats_changed

# The code in the QR of a seat's email: it names the registration and is checked with the
# hub's key, so a guessed number checks nobody in.
CHECK_IN_CODES = LinkTokens(salt="events.check-in", days_setting="CHECK_IN_CODE_DAYS")

Status = Registration.Status


class CheckInError(DomainError):
    kind = "conflict"


def check_in_code(registration: Registration) -> str:
    return CHECK_IN_CODES.issue(registration)


def check_in_url(registration: Registration, event: EventPage) -> str:
    """What the QR of a seat's email holds: the organisers' check-in screen with the code, so a
    phone's own camera app opens it too."""
    path = reverse("events_check_in", args=[event.pk])
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return f"{base}{path}?{urlencode({'code': check_in_code(registration)})}"


def registration_for_code(event: EventPage, code: str) -> Registration:
    """The registration of `event` that a scanned code names (the code, or the whole URL of
    check_in_url); CheckInError otherwise."""
    code = code.strip()
    if "code=" in code:
        code = parse_qs(urlsplit(code).query).get("code", [""])[0]
    try:
        return CHECK_IN_CODES.find(
            code, Registration.objects.filter(event_key=event.translation_key)
        )
    except (LinkInvalid, LinkExpired):
        raise CheckInError(_("This code is not a registration for this event.")) from None


def _check_day(event: EventPage, day: date) -> None:
    if day not in event.days:
        raise CheckInError(_("The event does not take place on that day."))


def check_in(event: EventPage, registration_id: int, day: date, *, user) -> bool:
    """Marks the registration present on `day`; False when it already was."""
    _check_day(event, day)
    registration = Registration.objects.filter(
        pk=registration_id, event_key=event.translation_key
    ).first()
    if registration is None:
        raise CheckInError(_("This registration is not for this event."))
    if registration.status != Status.CONFIRMED:
        raise CheckInError(
            _("%(name)s has no seat (%(status)s): give them a seat first.")
            % {"name": registration.full_name, "status": registration.get_status_display()}
        )
    try:
        with transaction.atomic():
            Attendance.objects.create(registration=registration, day=day, checked_in_by=user)
            _log(event, "tendik.events.check_in", user, registration, day)
    except IntegrityError:
        return False  # another organiser checked them in a moment ago
    _after_commit_attendance_changed(event)
    return True


def undo_check_in(event: EventPage, registration_id: int, day: date, *, user) -> bool:
    """Takes back a check-in made by mistake; False when there was none."""
    with transaction.atomic():
        deleted, _by_model = Attendance.objects.filter(
            registration_id=registration_id,
            registration__event_key=event.translation_key,
            day=day,
        ).delete()
        if deleted:
            registration = Registration.objects.get(pk=registration_id)
            _log(event, "tendik.events.undo_check_in", user, registration, day)
    if deleted:
        _after_commit_attendance_changed(event)
    return bool(deleted)


def add_walk_in(
    event: EventPage,
    *,
    day: date,
    user,
    full_name: str,
    email: str,
    organisation: str = "",
    position: str = "",
    audience: str = "",
    region: str = "",
    language: str,
) -> Registration:
    """Someone at the door: a confirmed registration (outside the capacity; the organiser let
    them in), checked in for `day`. A registered address is checked in as itself, and given its
    seat back if it had none."""
    _check_day(event, day)
    email = normalise_email(email)
    now = timezone.now()
    with transaction.atomic():
        registration, created = Registration.objects.get_or_create(
            event_key=event.translation_key,
            email=email,
            defaults={
                "full_name": full_name.strip(),
                "organisation": organisation.strip(),
                "position": position.strip(),
                "audience": audience,
                "region": region,
                "locale": language,
                "status": Status.CONFIRMED,
                "seat_given_at": now,
                "walk_in": True,
                "person_key": person_key(email),
            },
        )
        if not created and registration.status != Status.CONFIRMED:
            registration.status = Status.CONFIRMED
            registration.seat_given_at = now
            registration.walk_in = True
            registration.save(update_fields=["status", "seat_given_at", "walk_in"])
        if created or registration.walk_in:
            _log(event, "tendik.events.walk_in", user, registration, day)
        Attendance.objects.get_or_create(
            registration=registration, day=day, defaults={"checked_in_by": user}
        )
        _log(event, "tendik.events.check_in", user, registration, day)
    _after_commit_attendance_changed(event)
    return registration


def _log(event, action, user, registration, day):
    log(
        instance=event,
        action=action,
        user=user,
        data={"registration": registration.pk, "day": day.isoformat()},
    )


def _after_commit_attendance_changed(event):
    # Attendance moves the event's and its campaign's figures: the same signal as seats.
    key = event.translation_key
    transaction.on_commit(lambda: seats_changed.send(sender=Attendance, event_key=key))


# Who attended --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Attendee:
    registration_id: int
    event_key: object
    person: str  # the same for one address across events, even once anonymised
    audience: str
    region: str
    organisation: str
    days: int


EVENT_RULE_FIELDS = ("translation_key", "starts_at", "ends_at", "attendance_rule")


def attendees(event_keys) -> list[Attendee]:
    """Everyone who attended any of the events (translation keys) under each event's rule, in
    two queries."""
    event_keys = list(event_keys)
    needed = {}
    for key, starts_at, ends_at, rule, min_days in EventPage.objects.filter(
        translation_key__in=event_keys
    ).values_list(*EVENT_RULE_FIELDS, "attendance_min_days"):
        # Every version carries the same (synchronised) settings; any one will do.
        needed[key] = days_needed(
            rule=rule, min_days=min_days, days=len(event_days(starts_at, ends_at))
        )
    rows = (
        Registration.objects.filter(event_key__in=event_keys, status=Status.CONFIRMED)
        .annotate(days=Count("attendances"))
        .filter(days__gt=0)
        .order_by("pk")
        .values_list("pk", "event_key", "person_key", "audience", "region", "organisation", "days")
    )
    return [
        Attendee(pk, key, person or f"registration:{pk}", audience, region, organisation, days)
        for pk, key, person, audience, region, organisation, days in rows
        if days >= needed.get(key, 1)
    ]


def attendee_count(event_key, *, needed: int) -> int:
    """How many attended one event, given the days its rule asks for: one query, for answers
    that read the event's rule fields already (api/responses.py)."""
    return (
        Registration.objects.filter(event_key=event_key, status=Status.CONFIRMED)
        .annotate(days=Count("attendances"))
        .filter(days__gte=needed)
        .count()
    )


def attendance_by_day(event: EventPage) -> dict[date, int]:
    """People checked in on each day of the event."""
    counts = dict(
        Attendance.objects.filter(registration__event_key=event.translation_key)
        .order_by()
        .values_list("day")
        .annotate(number=Count("pk"))
    )
    return {day: counts.get(day, 0) for day in event.days}


def closing_figures(event: EventPage) -> dict:
    """The closing report's figures: attendees, walk-ins among them, regions, and the
    organisations they came from with how many people each (busiest first)."""
    present = attendees([event.translation_key])
    organisations = defaultdict(int)
    for attendee in present:
        organisations[attendee.organisation.strip() or ""] += 1
    walk_ins = set(
        Registration.objects.filter(
            pk__in=[attendee.registration_id for attendee in present], walk_in=True
        ).values_list("pk", flat=True)
    )
    return {
        "attendees": len(present),
        "walk_ins": len(walk_ins),
        "regions": len({attendee.region for attendee in present if attendee.region}),
        "organisations": sorted(organisations.items(), key=lambda item: (-item[1], item[0])),
        "by_day": attendance_by_day(event),
    }
