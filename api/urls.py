"""/api/v1/: every read is conditional (ETag, Last-Modified) and anonymous."""

from django.urls import path, re_path, register_converter
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from api import (
    calendars,
    certificates,
    contributions,
    preview,
    registrations,
    scheduler,
    signing,
    views,
)
from api.caching import conditional_read
from api.errors import not_found

app_name = "api"


class DatabaseId:
    """A database id in a path: 1 to 2**63 - 1 (a bigint). A longer number matches no route and
    gets the catch-all's 404, instead of overflowing in the query."""

    regex = "[0-9]{1,19}"

    def to_python(self, value):
        number = int(value)
        if not 0 < number < 2**63:
            raise ValueError(value)
        return number

    def to_url(self, value):
        return str(value)


register_converter(DatabaseId, "db_id")

urlpatterns = [
    # A petition's card shows its figures: a list that may hold petitions follows them too.
    path(
        "pages/",
        conditional_read(
            views.PageListView.as_view(),
            with_signatures=views.lists_petitions,
            with_clock=lambda request: "upcoming" in request.GET,
        ),
        name="pages",
    ),
    # A petition's page shows its signature count: these follow the signatures counter too.
    path(
        "pages/find/",
        conditional_read(views.PageFindView.as_view(), with_signatures=True),
        name="pages-find",
    ),
    path(
        "pages/<db_id:page_id>/",
        conditional_read(views.PageDetailView.as_view(), with_signatures=True),
        name="page-detail",
    ),
    path("topics/", conditional_read(views.TopicListView.as_view()), name="topics"),
    path("navigation/", conditional_read(views.NavigationView.as_view()), name="navigation"),
    path("sitemap/", conditional_read(views.SitemapView.as_view()), name="sitemap"),
    path("regions/", conditional_read(views.RegionListView.as_view()), name="regions"),
    # Upcoming events end with time alone: the feed's ETag follows the clock too.
    path(
        "events/calendar.ics",
        conditional_read(calendars.EventFeedView.as_view(), with_clock=True),
        name="events-calendar",
    ),
    path(
        "events/<db_id:page_id>/calendar.ics",
        conditional_read(calendars.EventCalendarView.as_view()),
        name="event-calendar",
    ),
    path(
        "events/<db_id:page_id>/registrations/",
        registrations.EventRegisterView.as_view(),
        name="event-register",
    ),
    path(
        "events/registrations/confirm/",
        registrations.RegistrationConfirmView.as_view(),
        name="registration-confirm",
    ),
    path(
        "events/registrations/cancel/",
        registrations.RegistrationCancelView.as_view(),
        name="registration-cancel",
    ),
    # Published contributions follow the signatures counter: supports and moderation move it.
    path(
        "consultations/<db_id:page_id>/contributions/",
        conditional_read(contributions.ContributionListView.as_view(), with_signatures=True),
        name="consultation-contributions",
    ),
    path(
        "consultations/<db_id:page_id>/versions/compare/",
        conditional_read(contributions.VersionCompareView.as_view()),
        name="consultation-versions-compare",
    ),
    path(
        "consultations/<db_id:page_id>/package.docx",
        conditional_read(contributions.PackageDocxView.as_view(), with_signatures=True),
        name="consultation-package-docx",
    ),
    path(
        "consultations/<db_id:page_id>/package.pdf",
        conditional_read(contributions.PackagePdfView.as_view(), with_signatures=True),
        name="consultation-package-pdf",
    ),
    path(
        "consultations/<db_id:page_id>/contribute/",
        contributions.ContributeView.as_view(),
        name="consultation-contribute",
    ),
    path(
        "consultations/contributions/confirm/",
        contributions.ContributionConfirmView.as_view(),
        name="contribution-confirm",
    ),
    path(
        "consultations/contributions/<db_id:contribution_id>/support/",
        contributions.SupportView.as_view(),
        name="contribution-support",
    ),
    path(
        "consultations/supports/confirm/",
        contributions.SupportConfirmView.as_view(),
        name="support-confirm",
    ),
    path(
        "certificates/<str:code>/",
        certificates.CertificateView.as_view(),
        name="certificate-verify",
    ),
    path(
        "petitions/<db_id:page_id>/signatures/",
        signing.PetitionSignView.as_view(),
        name="petition-sign",
    ),
    path("signatures/confirm/", signing.SignatureConfirmView.as_view(), name="signature-confirm"),
    path(
        "signatures/withdraw/", signing.SignatureWithdrawView.as_view(), name="signature-withdraw"
    ),
    path("preview/", preview.PreviewView.as_view(), name="preview"),
    path("scheduler/posts/", scheduler.PostQueueView.as_view(), name="scheduler-posts"),
    path(
        "scheduler/posts/claim-next/",
        scheduler.PostClaimNextView.as_view(),
        name="scheduler-claim-next",
    ),
    path(
        "scheduler/posts/<db_id:post_id>/claim/",
        scheduler.PostClaimView.as_view(),
        name="scheduler-claim",
    ),
    path(
        "scheduler/posts/<db_id:post_id>/result/",
        scheduler.PostResultView.as_view(),
        name="scheduler-result",
    ),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    re_path(r"^.*$", not_found),
]
