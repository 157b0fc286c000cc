"""Reads of events and their registrations, written once for the API, the built-in site, the
admin and the dashboard: seats taken, the registration state a reader sees, and the figures.

An event's registrations belong to all its language versions together (`event_key` is the
pages' `translation_key`), so everything here takes any version and reads the whole group.
"""

from django.db.models import Count, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from cms.languages import SOURCE_LANGUAGE
from events.models import AudienceCategory, Registration, registration_window_open

# What a reader may be told about registering (the API's `registration_state`).
OPEN, WAITING_LIST, FULL, CLOSED, NOT_REQUIRED = (
    "open",
    "waiting_list",
    "full",
    "closed",
    "not_required",
)
REGISTRATION_STATES = (OPEN, WAITING_LIST, FULL, CLOSED, NOT_REQUIRED)
SEAT_FIELDS = (
    "is_cancelled",
    "capacity",
    "takes_registrations",
    "has_waiting_list",
    "registration_opens_at",
    "registration_closes_at",
    "ends_at",
)


def registrations_where(condition: Q | None = None):
    """How many registrations of the event on the row (any language version) meet `condition`,
    0 when none: a subquery for `.annotate()` on events."""
    matching = (
        Registration.objects.filter(condition or Q(), event_key=OuterRef("translation_key"))
        .order_by()
        .values("event_key")
        .annotate(number=Count("pk"))
        .values("number")
    )
    return Coalesce(Subquery(matching), Value(0))


def seats_taken(event_key) -> int:
    """Confirmed registrations of the event over every language version."""
    return Registration.objects.filter(event_key=event_key).holding_seats().count()


def with_seats_taken(events):
    """`events` (a queryset of EventPage) annotated with `seats_taken`: confirmed registrations
    over every language version."""
    return events.annotate(seats_taken=registrations_where(Q(status=Registration.Status.CONFIRMED)))


def seat_figures(event: dict, now=None) -> dict:
    """`registration_state` and `seats_left` of an event, from its SEAT_FIELDS and `seats_taken`
    (a row of `with_seats_taken(...).values(...)`, or the same keys). A cancelled event is
    `closed`.

    `seats_left` is null when the event takes no registrations or has no capacity."""
    now = now or timezone.now()
    capacity, taken = event["capacity"], event["seats_taken"]
    if not event["takes_registrations"]:
        return {"registration_state": NOT_REQUIRED, "seats_left": None}
    seats_left = None if capacity is None else max(capacity - taken, 0)
    if event["is_cancelled"] or not registration_window_open(
        takes_registrations=True,
        opens_at=event["registration_opens_at"],
        closes_at=event["registration_closes_at"],
        ends_at=event["ends_at"],
        now=now,
    ):
        state = CLOSED
    elif capacity is None or taken < capacity:
        state = OPEN
    else:
        state = WAITING_LIST if event["has_waiting_list"] else FULL
    return {"registration_state": state, "seats_left": seats_left}


def events_figures(events) -> dict:
    """{translation key: registrations by status} for EventPage objects, in one query."""
    keys = [event.translation_key for event in events]
    counts = (
        Registration.objects.filter(event_key__in=keys)
        .order_by()
        .values_list("event_key", "status")
        .annotate(number=Count("pk"))
    )
    found = {key: dict.fromkeys(Registration.Status.values, 0) for key in keys}
    for key, status, number in counts:
        found[key][status] = number
    return found


def filter_registrations(
    registrations, *, status: str = "", audience: str = "", query: str = "", by_email: bool = False
):
    """Registrations in a status, of an audience category, and matching a name, organisation
    (or an address, for those who may see them)."""
    if status:
        registrations = registrations.filter(status=status)
    if audience:
        registrations = registrations.filter(audience=audience)
    if query:
        matches = Q(full_name__icontains=query) | Q(organisation__icontains=query)
        if by_email:
            matches |= Q(email__icontains=query)
        registrations = registrations.filter(matches)
    return registrations


def figures(event_key) -> dict:
    """The admin's and dashboard's figures of one event: registrations by status, by audience
    category and by region (people who gave up their seat or were declined are not counted in
    the last two)."""
    registrations = Registration.objects.filter(event_key=event_key)
    by_status = dict(registrations.order_by().values_list("status").annotate(number=Count("pk")))
    present = registrations.exclude(
        status__in=(Registration.Status.CANCELLED, Registration.Status.DECLINED)
    )
    return {
        "by_status": {status: by_status.get(status, 0) for status in Registration.Status.values},
        "by_audience": dict(
            present.order_by().values_list("audience").annotate(number=Count("pk"))
        ),
        "by_region": dict(present.order_by().values_list("region").annotate(number=Count("pk"))),
    }


def audience_names(language: str) -> dict[str, str]:
    """{slug: name} of the audience categories, in `language` where translated."""
    names = {}
    for slug, name, code in AudienceCategory.objects.values_list(
        "slug", "name", "locale__language_code"
    ):
        if code == language or (code == SOURCE_LANGUAGE and slug not in names):
            names[slug] = name
    return names
