"""Calendar files of events (`text/calendar`): the feed of upcoming events and one event's file,
built by events/calendars.py from published events only."""

from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import renderers, serializers
from rest_framework.exceptions import NotFound
from rest_framework.response import Response

from api import queries, schema
from api.views import PublicReadView
from cms.languages import LANGUAGE_CODES
from events.calendars import calendar
from events.models import EventPage

ICS = OpenApiResponse(
    response=OpenApiTypes.BINARY,
    description="An iCalendar file (RFC 5545) in UTF-8.",
)


class CalendarRenderer(renderers.BaseRenderer):
    media_type = "text/calendar"
    format = "ics"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return data


class CalendarView(PublicReadView):
    renderer_classes = (CalendarRenderer,)
    takes_script = False  # a file, not a JSON answer

    def ics(self, events, name, filename):
        response = Response(
            calendar(events, name=name), content_type="text/calendar; charset=utf-8"
        )
        response["Content-Disposition"] = f'inline; filename="{filename}"'
        return response


class FeedQuery(serializers.Serializer):
    locale = serializers.ChoiceField(
        choices=LANGUAGE_CODES, required=False, help_text="Default: every language."
    )


class EventFeedView(CalendarView):
    """Upcoming published events, soonest first, for a calendar app to subscribe to."""

    query_class = FeedQuery

    @extend_schema(
        operation_id="events_calendar",
        summary="The feed of upcoming events (iCalendar)",
        parameters=[FeedQuery],
        responses={(200, "text/calendar"): ICS, **schema.problems(400, 503)},
        tags=["events"],
    )
    def get(self, request):
        language = self.query().get("locale")
        rows = queries.ordered(
            queries.events(queries.public_pages(language=language), upcoming=True),
            "starts_at",
            language=language,
        ).values_list("page_id", flat=True)
        events = EventPage.objects.in_bulk(list(rows[:500]))
        ordered = [events[page_id] for page_id in rows[:500] if page_id in events]
        return self.ics(ordered, _("Tendik: events"), f"tendik-events-{language or 'all'}.ics")


class EventCalendarView(CalendarView):
    """One published event as a calendar file (what "add to calendar" downloads)."""

    @extend_schema(
        operation_id="event_calendar",
        summary="One event as a calendar file (iCalendar)",
        responses={(200, "text/calendar"): ICS, **schema.problems(404, 503)},
        tags=["events"],
    )
    def get(self, request, page_id):
        public = queries.public_pages(types=("event",)).filter(page_id=page_id).exists()
        event = EventPage.objects.filter(pk=page_id).first() if public else None
        if event is None:
            raise NotFound(_("No published event has the id %(id)s.") % {"id": page_id})
        return self.ics([event], event.title, f"{event.slug}.ics")
