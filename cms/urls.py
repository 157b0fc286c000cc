from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.utils.urlpatterns import decorate_urlpatterns

from api.errors import not_found as api_not_found
from ops import health
from translations import views as translation_views
from website import certificates as certificate_views
from website import contribution_links
from website import registrations as registration_views
from website import scripts as script_views
from website import signatures as signature_views
from website import views as website_views
from website.errors import site_not_found

# Problem details under /api/, the admins' own pages under /admin/, the site's page elsewhere.
handler400 = "website.errors.bad_request"
handler404 = "website.errors.not_found"
handler500 = "website.errors.server_error"

urlpatterns = [
    # For load balancers: no language prefix, no trailing slash, never cached.
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("api/v1/", include("api.urls")),
    re_path(r"^api/", api_not_found),
    path("django-admin/", admin.site.urls),
    # Before Wagtail's own: approving a translation explains why it cannot go live yet.
    path(
        "admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
        translation_views.workflow_action,
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Confirmation links mailed before they carried the language (they work for 7 days).
    path("signatures/confirm/", signature_views.confirm_page, name="signature-confirm-unprefixed"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every language tree lives under its prefix: /ru/, /kk/, /en/. The built-in site's search and
# topic listings come before Wagtail's page routing (a page with the slug "search" or "topics"
# right below a home page would be hidden).
urlpatterns += i18n_patterns(
    # The hub's own page for confirmation links when the website has none (FRONTEND_BASE_URL),
    # at the path a website would use: /kk/signatures/confirm/?token=…
    path("signatures/confirm/", signature_views.confirm_page, name="signature-confirm"),
    path(
        "events/registration/confirm/",
        registration_views.confirm_page,
        name="registration-confirm",
    ),
    path("events/registration/cancel/", registration_views.cancel_page, name="registration-cancel"),
    path("certificates/<str:code>/", certificate_views.certificate_page, name="certificate"),
    path("consultations/confirm/", contribution_links.confirm_page, name="consultation-confirm"),
    path("consultations/support/", contribution_links.support_page, name="consultation-support"),
    path("search/", website_views.search, name="site-search"),
    # The reader's choice of script for Kazakh pages (a cookie): website/scripts.py.
    path("script/<str:script>/", script_views.choose_script, name="site-script"),
    path("topics/<str:slug>/", website_views.topic, name="site-topic"),
    path("", include(decorate_urlpatterns(wagtail_urls.urlpatterns, site_not_found))),
    prefix_default_language=True,
)
