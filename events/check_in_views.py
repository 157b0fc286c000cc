"""The organiser's check-in screen, made for a phone at the door: find a person by name or
scan the QR code of their seat's email, tick them present for the day, undo a mistake, add a
walk-in. The rules are in events/attendance.py; this only asks and answers.

Needs `events.change_registration`. Searched names are posted and kept in the session
(cms/admin_search.py), never put in the URL.
"""

from datetime import date
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cms.admin_search import PostedSearchMixin
from cms.languages import SOURCE_LANGUAGE, source_versions
from events import attendance, queries
from events.models import Attendance, EventPage, Registration, region_choices

PER_PAGE = 50


class CheckInSearchForm(forms.Form):
    q = forms.CharField(label=gettext_lazy("Name or organisation"), max_length=200, required=False)


class WalkInForm(forms.Form):
    full_name = forms.CharField(label=gettext_lazy("Full name"), max_length=200)
    email = forms.EmailField(
        label=gettext_lazy("Email"),
        max_length=254,
        help_text=gettext_lazy("Their certificate is sent here."),
    )
    organisation = forms.CharField(
        label=gettext_lazy("Organisation"), max_length=200, required=False
    )
    position = forms.CharField(label=gettext_lazy("Position"), max_length=200, required=False)
    audience = forms.ChoiceField(label=gettext_lazy("Audience category"), required=False)
    region = forms.ChoiceField(label=gettext_lazy("Region"), required=False)
    language = forms.ChoiceField(
        label=gettext_lazy("Language of their emails and certificate"),
        choices=[],
    )

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        language = (translation.get_language() or SOURCE_LANGUAGE)[:2]
        self.fields["audience"].choices = [("", "—")] + sorted(
            queries.audience_names(language).items(), key=lambda item: item[1]
        )
        self.fields["region"].choices = [("", "—"), *region_choices()]
        self.fields["language"].choices = settings.LANGUAGES
        self.fields["language"].initial = (
            event.language_codes[0] if event.language_codes else SOURCE_LANGUAGE
        )


class CheckInView(PostedSearchMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "events/admin/check_in.html"
    header_icon = "tick"
    search_form_class = CheckInSearchForm
    searches_session_key = "events.check_in_searches"

    def dispatch(self, request, page_id, *args, **kwargs):
        if not request.user.has_perm("events.change_registration"):
            raise PermissionDenied
        page = get_object_or_404(EventPage, pk=page_id)
        self.event = source_versions(page, EventPage).first() or page
        # A posted form says which day it ticks; the address, which day is shown.
        self.day = self._day(request.POST.get("day") or request.GET.get("day"))
        return super().dispatch(request, *args, **kwargs)

    def _day(self, text):
        days = self.event.days
        try:
            chosen = date.fromisoformat(text or "")
        except ValueError:
            chosen = timezone.localdate()
        return chosen if chosen in days else days[0]

    def get_page_title(self):
        return _("Check-in")

    def get_page_subtitle(self):
        return self.event.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("events_registrations_list"), "label": _("Event registrations")},
            {
                "url": reverse("events_registrations", args=[self.event.pk]),
                "label": self.event.get_admin_display_title(),
            },
            {"url": "", "label": _("Check-in")},
        ]

    def url(self, **params):
        params = {"day": self.day.isoformat(), **params}
        base = reverse("events_check_in", args=[self.event.pk])
        return f"{base}?{urlencode({key: value for key, value in params.items() if value})}"

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action", "")
        back = self.url(search=request.POST.get("search", ""))
        if action == "search":
            key = self.keep_search(request)
            if key is None:
                return self.get(request, *args, **kwargs)
            return redirect(self.url(search=key))
        if action == "walk_in":
            form = self.posted_walk_in = WalkInForm(request.POST, event=self.event)
            if not form.is_valid():
                return self.get(request, *args, **kwargs)
            data = form.cleaned_data
            try:
                registration = attendance.add_walk_in(
                    self.event,
                    day=self.day,
                    user=request.user,
                    language=data.pop("language"),
                    **data,
                )
            except attendance.CheckInError as refused:
                messages.error(request, str(refused))
            else:
                messages.success(
                    request, _("%(name)s is checked in.") % {"name": registration.full_name}
                )
            return redirect(back)
        try:
            if action == "code":
                registration = attendance.registration_for_code(
                    self.event, request.POST.get("code", "")
                )
                action = "check_in"
            else:
                registration = get_object_or_404(
                    Registration,
                    pk=request.POST.get("registration") or 0,
                    event_key=self.event.translation_key,
                )
            name = {"name": registration.full_name}
            if action == "check_in":
                if attendance.check_in(self.event, registration.pk, self.day, user=request.user):
                    messages.success(request, _("%(name)s is checked in.") % name)
                else:
                    messages.warning(request, _("%(name)s was already checked in.") % name)
            elif action == "undo":
                attendance.undo_check_in(self.event, registration.pk, self.day, user=request.user)
                messages.success(request, _("%(name)s is no longer checked in.") % name)
            else:
                messages.error(request, _("Unknown action."))
        except attendance.CheckInError as refused:
            messages.error(request, str(refused))
        return redirect(back)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        event, day = self.event, self.day
        registrations = Registration.objects.filter(event_key=event.translation_key)
        search = self.search_form() if self.request.GET.get("search") else None
        query = search.cleaned_data["q"] if search is not None and search.is_valid() else ""
        listing = registrations.filter(status=Registration.Status.CONFIRMED)
        if query:
            # Anyone registered matches a search, so the screen can say why someone has no seat.
            listing = registrations.filter(
                Q(full_name__icontains=query) | Q(organisation__icontains=query)
            )
        page = Paginator(listing.order_by("full_name", "pk"), PER_PAGE).get_page(
            self.request.GET.get("p")
        )
        present = dict(
            Attendance.objects.filter(
                registration__in=[registration.pk for registration in page], day=day
            ).values_list("registration_id", "checked_in_at")
        )
        by_day = attendance.attendance_by_day(event)
        confirmed = registrations.filter(status=Registration.Status.CONFIRMED).count()
        scanned = None
        if self.request.GET.get("code"):
            # A phone's camera app opened the QR's link: show who it is, check in on a tap.
            try:
                found = attendance.registration_for_code(event, self.request.GET["code"])
            except attendance.CheckInError as refused:
                messages.error(self.request, str(refused))
            else:
                scanned = {
                    "registration": found,
                    "checked_in_at": Attendance.objects.filter(registration=found, day=day)
                    .values_list("checked_in_at", flat=True)
                    .first(),
                    "has_seat": found.status == Registration.Status.CONFIRMED,
                }
        context.update(
            event=event,
            day=day,
            scanned=scanned,
            days=[
                {
                    "date": each,
                    "label": formats.date_format(each, "j E"),
                    "count": by_day[each],
                    "url": self.url(day=each.isoformat(), search=self.request.GET.get("search")),
                }
                for each in event.days
            ],
            checked_in_today=by_day[day],
            confirmed=confirmed,
            attendees=len(attendance.attendees([event.translation_key])),
            days_needed=event.days_needed,
            rows=[
                {
                    "registration": registration,
                    "checked_in_at": present.get(registration.pk),
                    "has_seat": registration.status == Registration.Status.CONFIRMED,
                }
                for registration in page
            ],
            registrations=page,
            query=query,
            search_form=self.posted_search or search or CheckInSearchForm(),
            search_key=self.request.GET.get("search", ""),
            walk_in_form=getattr(self, "posted_walk_in", None) or WalkInForm(event=event),
            walk_in_open=hasattr(self, "posted_walk_in"),
        )
        return context
