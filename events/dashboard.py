"""The dashboard panel of events: the upcoming events, soonest first, with their seats, the
registrations waiting for an organiser's approval and the length of each waiting list. Reads in
two queries however many events."""

from django.utils import timezone

from cms.dashboard import DashboardPanel
from cms.languages import one_version_each
from events import queries
from events.models import EventPage

EVENTS_SHOWN = 10


class UpcomingEventsPanel(DashboardPanel):
    name = "upcoming_events"
    template_name = "events/dashboard/upcoming_events.html"
    order = 310

    def is_shown(self):
        return self.user.has_perm("events.view_registration")

    def get_context_data(self, parent_context):
        versions = (
            EventPage.objects.filter(ends_at__gte=timezone.now())
            .select_related("locale")
            .order_by("starts_at", "pk")
        )
        events = one_version_each(versions)
        shown = events[:EVENTS_SHOWN]
        counts = queries.events_figures(shown)
        rows = [{"page": event, **counts[event.translation_key]} for event in shown]
        return {"rows": rows, "total": len(events)}
