"""The admin's event screens: every event with its seats, and per event its registrations as
figures, small charts and a searchable list, with what organisers do to them (approve, decline,
promote from the waiting list, cancel: events/registrations.py; reads in events/queries.py).

Registrant data is shown only here, to users with `events.view_registration`; acting on it
needs `events.change_registration`, and full addresses `events.export_registrant_emails`.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cms import csv_exports
from cms.admin_search import PostedSearchMixin
from cms.charts import with_shares
from cms.languages import SOURCE_LANGUAGE, one_version_each, source_versions
from cms.regions import region_name
from events import queries, registration_exports, registrations
from events.models import EventPage, Registration, RegistrationExport

PER_PAGE = 50
Status = Registration.Status

# action → (the service, the message once done)
ACTIONS = {
    "approve": (registrations.approve, gettext_lazy("%(name)s is approved: %(status)s.")),
    "decline": (registrations.decline, gettext_lazy("%(name)s is declined.")),
    "promote": (registrations.promote, gettext_lazy("%(name)s has a seat now.")),
    "cancel": (registrations.cancel_by_organiser, gettext_lazy("%(name)s is cancelled.")),
}
# What may be done to a registration in each status (the services refuse the rest too).
ACTIONS_BY_STATUS = {
    Status.AWAITING_APPROVAL: ("approve", "decline", "cancel"),
    Status.WAITING: ("promote", "decline", "cancel"),
    Status.CONFIRMED: ("cancel",),
    Status.UNCONFIRMED: ("cancel",),
}


def _require(user, codename):
    if not user.has_perm(f"events.{codename}"):
        raise PermissionDenied


class ExportForm(forms.Form):
    status = forms.ChoiceField(
        label=gettext_lazy("Registrations"),
        required=False,
        choices=[("", gettext_lazy("All"))] + Status.choices,
        initial=Status.CONFIRMED,
    )
    include_emails = forms.BooleanField(label=gettext_lazy("With email addresses"), required=False)


class RegistrationFilterForm(forms.Form):
    q = forms.CharField(
        label=gettext_lazy("Name, organisation or email"), required=False, max_length=200
    )
    status = forms.ChoiceField(
        label=gettext_lazy("Status"),
        required=False,
        choices=[("", gettext_lazy("All"))] + Status.choices,
    )
    audience = forms.ChoiceField(label=gettext_lazy("Audience category"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        language = translation.get_language() or SOURCE_LANGUAGE
        self.fields["audience"].choices = [("", gettext_lazy("All"))] + sorted(
            queries.audience_names(language[:2]).items(), key=lambda item: item[1]
        )


class EventListView(WagtailAdminTemplateMixin, TemplateView):
    """Every event (one version each), upcoming first, with its seats and waiting list."""

    template_name = "events/admin/event_list.html"
    page_title = gettext_lazy("Event registrations")
    header_icon = "date"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def dispatch(self, request, *args, **kwargs):
        _require(request.user, "view_registration")
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        now = timezone.now()
        versions = EventPage.objects.select_related("locale").order_by("starts_at", "pk")
        events = one_version_each(versions)
        upcoming = [event for event in events if event.ends_at >= now]
        past = [event for event in reversed(events) if event.ends_at < now]
        counts = queries.events_figures(events)
        context["rows"] = [
            {"page": event, "upcoming": event.ends_at >= now, **counts[event.translation_key]}
            for event in upcoming + past
        ]
        return context


class EventRegistrationsView(PostedSearchMixin, WagtailAdminTemplateMixin, TemplateView):
    """One event: figures, charts by category and region, the registrations and the actions."""

    template_name = "events/admin/event_registrations.html"
    header_icon = "date"
    search_form_class = RegistrationFilterForm
    searches_session_key = "events.registration_searches"

    def dispatch(self, request, page_id, *args, **kwargs):
        _require(request.user, "view_registration")
        page = get_object_or_404(EventPage, pk=page_id)
        # One screen per event, whichever language version it was opened from.
        self.event = source_versions(page, EventPage).first() or page
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Registrations")

    def get_page_subtitle(self):
        return self.event.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("events_registrations_list"), "label": _("Event registrations")},
            {"url": "", "label": self.event.get_admin_display_title()},
        ]

    def url(self):
        return reverse("events_registrations", args=[self.event.pk])

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action", "")
        if action == "search":
            return self.do_search(request) or self.get(request, *args, **kwargs)
        if action == "export":
            return self.do_export(request) or self.get(request, *args, **kwargs)
        if action not in ACTIONS:
            messages.error(request, _("Unknown action."))
            return redirect(self.url())
        _require(request.user, "change_registration")
        registration = get_object_or_404(
            Registration,
            pk=request.POST.get("registration") or 0,
            event_key=self.event.translation_key,
        )
        service, done = ACTIONS[action]
        try:
            changed = service(registration.pk)
        except registrations.RegistrationError as refused:
            messages.error(request, str(refused))
        else:
            name = changed.full_name or _("The registrant")
            messages.success(request, done % {"name": name, "status": changed.get_status_display()})
        # Back to the list as it was (its page, its search), never to another address.
        back = request.POST.get("next", "")
        return redirect(back if back.startswith(self.url() + "?") else self.url())

    def do_export(self, request):
        form = self.posted_export = ExportForm(request.POST)
        if not form.is_valid():
            return None
        registration_exports.start_export(
            self.event,
            user=request.user,
            include_emails=form.cleaned_data["include_emails"],
            status=form.cleaned_data["status"],
        )
        messages.success(request, _("The export has started; its progress is shown below."))
        return redirect(self.url() + "#exports")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        event, user = self.event, self.request.user
        language = (translation.get_language() or SOURCE_LANGUAGE)[:2]
        names = queries.audience_names(language)
        filters = self.search_form()
        chosen = filters.cleaned_data if filters.is_valid() else {}
        by_email = user.has_perm("events.export_registrant_emails")
        listing = queries.filter_registrations(
            Registration.objects.filter(event_key=event.translation_key),
            status=chosen.get("status", ""),
            audience=chosen.get("audience", ""),
            query=chosen.get("q", ""),
            by_email=by_email,
        ).order_by("-created_at", "-pk")
        page = Paginator(listing, PER_PAGE).get_page(self.request.GET.get("p"))
        counts = queries.figures(event.translation_key)
        waiting_order = {
            pk: place
            for place, pk in enumerate(
                Registration.objects.filter(event_key=event.translation_key)
                .waiting()
                .values_list("pk", flat=True),
                start=1,
            )
        }
        rows = [
            {
                "registration": registration,
                "audience": names.get(registration.audience, registration.audience),
                "region": region_name(registration.region, language),
                "place": waiting_order.get(registration.pk),
                "actions": ACTIONS_BY_STATUS.get(registration.status, ()),
            }
            for registration in page
        ]
        by_status = counts["by_status"]
        confirmed = by_status[Status.CONFIRMED]
        context.update(
            event=event,
            figures={
                "registered": sum(by_status.values()),
                "confirmed": confirmed,
                "waiting": by_status[Status.WAITING],
                "awaiting_approval": by_status[Status.AWAITING_APPROVAL],
                "unconfirmed": by_status[Status.UNCONFIRMED],
                "cancelled": by_status[Status.CANCELLED],
                "declined": by_status[Status.DECLINED],
                "capacity": event.capacity,
                "seats_left": None
                if event.capacity is None
                else max(event.capacity - confirmed, 0),
                "percent": round(confirmed * 100 / event.capacity) if event.capacity else None,
            },
            by_audience=with_shares(
                sorted(
                    (
                        (names.get(slug, slug) or _("Not said"), count)
                        for slug, count in counts["by_audience"].items()
                    ),
                    key=lambda row: -row[1],
                )
            ),
            by_region=with_shares(
                sorted(
                    (
                        (region_name(code, language) or _("Not said"), count)
                        for code, count in counts["by_region"].items()
                    ),
                    key=lambda row: -row[1],
                )
            ),
            filters=filters,
            rows=rows,
            registrations=page,
            elided_page_range=page.paginator.get_elided_page_range(page.number),
            can_change=user.has_perm("events.change_registration"),
            can_see_emails=by_email,
            export_form=getattr(self, "posted_export", None) or ExportForm(),
            exports=RegistrationExport.objects.filter(
                event_key=event.translation_key, requested_by=user
            )[:5],
        )
        return context


class ExportStatusView(csv_exports.ExportStatusView):
    model = RegistrationExport
    permission = "events.view_registration"
    download_url_name = "events_export_download"


class ExportDownloadView(csv_exports.ExportDownloadView):
    model = RegistrationExport
    permission = "events.view_registration"
