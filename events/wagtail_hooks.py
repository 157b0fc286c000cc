from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from events import admin_views, certificate_views, check_in_views, report_views
from events.dashboard import UpcomingEventsPanel
from events.models import AudienceCategory, EventPage


class AudienceCategoryViewSet(SnippetViewSet):
    model = AudienceCategory
    icon = "group"
    menu_label = gettext_lazy("Audience categories")
    menu_order = 310
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(AudienceCategoryViewSet)


@hooks.register("register_admin_urls")
def register_registration_urls():
    return [
        path(
            "events/registrations/",
            admin_views.EventListView.as_view(),
            name="events_registrations_list",
        ),
        path(
            "events/<int:page_id>/registrations/",
            admin_views.EventRegistrationsView.as_view(),
            name="events_registrations",
        ),
        path(
            "events/<int:page_id>/check-in/",
            check_in_views.CheckInView.as_view(),
            name="events_check_in",
        ),
        path(
            "events/<int:page_id>/certificates/",
            certificate_views.CertificatesView.as_view(),
            name="events_certificates",
        ),
        path(
            "events/<int:page_id>/certificates/pdf/",
            certificate_views.CertificatesPdfView.as_view(),
            name="events_certificates_pdf",
        ),
        path(
            "events/certificate-runs/<int:run_id>/",
            certificate_views.CertificateRunStatusView.as_view(),
            name="events_certificate_run",
        ),
        path(
            "events/<int:page_id>/report/",
            report_views.ClosingReportView.as_view(),
            name="events_report",
        ),
        path(
            "campaigns/<int:page_id>/donor-report/",
            report_views.DonorReportView.as_view(),
            name="events_donor_report",
        ),
        path(
            "campaigns/<int:page_id>/donor-report.xlsx",
            report_views.DonorReportXlsxView.as_view(),
            name="events_donor_report_xlsx",
        ),
        path(
            "events/exports/<int:export_id>/",
            admin_views.ExportStatusView.as_view(),
            name="events_export_status",
        ),
        path(
            "events/exports/<int:export_id>/download/",
            admin_views.ExportDownloadView.as_view(),
            name="events_export_download",
        ),
    ]


class RegistrationsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("events.view_registration")


@hooks.register("register_admin_menu_item")
def register_registrations_menu_item():
    return RegistrationsMenuItem(
        gettext_lazy("Event registrations"),
        reverse("events_registrations_list"),
        icon_name="date",
        order=306,
    )


def _registrations_button(page, user, priority):
    if not issubclass(page.specific_class or object, EventPage):
        return
    if user.has_perm("events.view_registration"):
        yield Button(
            _("Registrations"),
            reverse("events_registrations", args=[page.pk]),
            icon_name="date",
            priority=priority,
        )
    if user.has_perm("events.change_registration"):
        yield Button(
            _("Check-in"),
            reverse("events_check_in", args=[page.pk]),
            icon_name="tick",
            priority=priority + 1,
        )
        yield Button(
            _("Certificates"),
            reverse("events_certificates", args=[page.pk]),
            icon_name="doc-full",
            priority=priority + 2,
        )


def _donor_report_button(page, user, priority):
    model = page.specific_class
    if (
        model is not None
        and model._meta.label == "campaigns.CampaignPage"
        and user.has_perm("events.view_registration")
    ):
        yield Button(
            _("Donor report"),
            reverse("events_donor_report", args=[page.pk]),
            icon_name="doc-full",
            priority=priority,
        )


@hooks.register("register_page_header_buttons")
def event_header_button(page, user, view_name=None, next_url=None):
    yield from _registrations_button(page, user, priority=12)
    yield from _donor_report_button(page, user, priority=13)


@hooks.register("register_page_listing_more_buttons")
def event_listing_button(page, user, next_url=None):
    yield from _registrations_button(page, user, priority=5)
    yield from _donor_report_button(page, user, priority=6)


@hooks.register("construct_homepage_panels")
def add_events_panel(request, panels):
    panel = UpcomingEventsPanel(request.user)
    if panel.is_shown():
        panels.append(panel)


@hooks.register("register_log_actions")
def register_attendance_log_actions(actions):
    """The event page's history says who checked whom in, by registration number (a name would
    reach everyone who may read the page's history)."""

    def described(message):
        class Formatter(LogFormatter):
            def format_message(self, log_entry):
                data = log_entry.data or {}
                return message % {
                    # The registration's number, the run's, or the certificate's code.
                    "registration": data.get(
                        "registration", data.get("run", data.get("certificate", "?"))
                    ),
                    "day": data.get("day", ""),
                }

        return Formatter

    for action, label, message in (
        (
            "tendik.events.check_in",
            gettext_lazy("Check in"),
            gettext_lazy("Checked in registration %(registration)s for %(day)s"),
        ),
        (
            "tendik.events.undo_check_in",
            gettext_lazy("Undo check-in"),
            gettext_lazy("Took back the check-in of registration %(registration)s for %(day)s"),
        ),
        (
            "tendik.events.certificates",
            gettext_lazy("Issue certificates"),
            gettext_lazy("Started issuing certificates (run %(registration)s)"),
        ),
        (
            "tendik.events.certificate_revoked",
            gettext_lazy("Revoke a certificate"),
            gettext_lazy("Revoked the certificate %(registration)s"),
        ),
        (
            "tendik.events.walk_in",
            gettext_lazy("Add a walk-in"),
            gettext_lazy("Added registration %(registration)s at the door on %(day)s"),
        ),
    ):
        formatter = described(message)
        formatter.label = label
        actions.register_action(action)(formatter)
