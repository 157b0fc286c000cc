"""Reports: the closing report of an event and the donor report of a campaign.

The closing report of an event, a printable admin page: how many attended (under the event's
rule), walk-ins, regions, the organisations they came from, attendance by day, by audience
category and by region, the summary and photos editors wrote in the *After the event* panel,
and the recording of each language version.

Needs `events.view_registration` (organisations of attendees are not public)."""

from collections import Counter

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cms.charts import with_shares
from cms.languages import SOURCE_LANGUAGE, source_versions
from cms.regions import region_name
from events import attendance, donor_report, queries
from events.models import EventPage


class ClosingReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "events/admin/closing_report.html"
    header_icon = "doc-full"

    def dispatch(self, request, page_id, *args, **kwargs):
        if not request.user.has_perm("events.view_registration"):
            raise PermissionDenied
        page = get_object_or_404(EventPage, pk=page_id)
        self.event = source_versions(page, EventPage).first() or page
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Closing report")

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
            {"url": "", "label": _("Closing report")},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        language = (translation.get_language() or SOURCE_LANGUAGE)[:2]
        versions = {
            page.locale.language_code: page
            for page in EventPage.objects.filter(
                translation_key=self.event.translation_key
            ).select_related("locale")
        }
        shown = versions.get(language) or self.event
        present = attendance.attendees([self.event.translation_key])
        names = queries.audience_names(language)
        by_audience = Counter(
            names.get(each.audience, each.audience) or _("Not said") for each in present
        )
        by_region = Counter(region_name(each.region, language) or _("Not said") for each in present)
        context.update(
            event=shown,
            figures=attendance.closing_figures(self.event),
            by_audience=with_shares(by_audience.most_common()),
            by_region=with_shares(by_region.most_common()),
            recordings=[
                (page.locale.get_display_name(), page.recording_url)
                for code, page in sorted(versions.items())
                if page.recording_url
            ],
            photos=[block.value for block in shown.report_photos],
        )
        return context


class DonorReportMixin:
    """A campaign (any language version; the report speaks the user's language)."""

    def setup_campaign(self, request, page_id):
        if not request.user.has_perm("events.view_registration"):
            raise PermissionDenied
        page = get_object_or_404(donor_report.campaign_model(), pk=page_id)
        self.campaign = source_versions(page, donor_report.campaign_model()).first() or page
        self.language = (translation.get_language() or SOURCE_LANGUAGE)[:2]
        shown = self.campaign.get_translations(inclusive=True).filter(
            locale__language_code=self.language
        )
        self.shown = shown.specific().first() or self.campaign


class DonorReportView(DonorReportMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "events/admin/donor_report.html"
    header_icon = "doc-full"

    def dispatch(self, request, page_id, *args, **kwargs):
        self.setup_campaign(request, page_id)
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Donor report")

    def get_page_subtitle(self):
        return self.shown.get_admin_display_title()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            campaign=self.shown,
            report=donor_report.campaign_report(self.shown, self.language),
            can_see_people=self.request.user.has_perm("events.export_registrant_emails"),
        )
        return context


class DonorReportXlsxView(DonorReportMixin, View):
    def get(self, request, page_id):
        self.setup_campaign(request, page_id)
        with_people = request.user.has_perm("events.export_registrant_emails")
        report = donor_report.campaign_report(self.shown, self.language)
        response = HttpResponse(
            donor_report.report_xlsx(report, with_people=with_people, language=self.language),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        name = f"donor-report-{self.campaign.slug}-{timezone.localdate():%Y%m%d}.xlsx"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        response["Cache-Control"] = "no-store"
        return response
