"""Not found and server error on the built-in site: in the language of the URL's prefix, in the
site's layout. The API (/api/) and the admins (/admin/, /django-admin/) keep their own."""

import functools
import logging

from django.http import Http404, HttpResponseServerError
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.views import defaults

from api import errors as api_errors
from cms.languages import supported_language
from website.rendering import NO_INLINE_SCRIPT, render_screen, site_chrome

logger = logging.getLogger(__name__)

ADMIN_PREFIX = "/admin/"
DJANGO_ADMIN_PREFIX = "/django-admin/"
API_PREFIX = "/api/"


def language_of(request) -> str:
    """The language of the URL's prefix (/kk/… → kk), else the one the request was served in."""
    from_path = translation.get_language_from_path(request.path_info)
    if from_path:
        return from_path
    return supported_language(translation.get_language())


@NO_INLINE_SCRIPT
def not_found(request, exception=None):
    """Django's handler404, and the answer of the site's own routes to an unknown path."""
    path = request.path_info
    if path.startswith(API_PREFIX):
        return api_errors.not_found(request)
    if path.startswith(ADMIN_PREFIX):
        return defaults.page_not_found(request, exception, template_name="wagtailadmin/404.html")
    if path.startswith(DJANGO_ADMIN_PREFIX):
        return defaults.page_not_found(request, exception)
    language = language_of(request)
    with translation.override(language):
        return render_screen(
            request,
            "website/not_found.html",
            kind="not_found",
            language=language,
            title=_("Page not found"),
            status=404,
        )


def bad_request(request, exception=None):
    """Django's handler400 (a request it refuses before any view: too many query fields, a
    malformed upload): problem+json under /api/, Django's own page elsewhere."""
    if request.path_info.startswith(API_PREFIX):
        return api_errors.problem_response(
            "bad-request", _("The request could not be read: check its parameters and body.")
        )
    return defaults.bad_request(request, exception)


def site_not_found(view):
    """Wraps a view of the site (Wagtail's page routing) so that its 404 is the site's page in
    the reader's language, with DEBUG on too (Django's handler404 answers only without it)."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except Http404 as exception:
            return not_found(request, exception)

    return wrapper


@NO_INLINE_SCRIPT
def server_error(request, *args, **kwargs):
    """Django's handler500. It runs because something failed, maybe the database: the menu is
    left out if it cannot be read, and the page is plain words if even the layout fails."""
    path = request.path_info
    if path.startswith(API_PREFIX):
        return api_errors.server_error(request, *args, **kwargs)
    if path.startswith((ADMIN_PREFIX, DJANGO_ADMIN_PREFIX)):
        return defaults.server_error(request, *args, **kwargs)
    language = language_of(request)
    with translation.override(language):
        title = _("Something went wrong")
        try:
            chrome = site_chrome(request, language)
        except Exception:  # noqa: BLE001 - the menu is a nicety here, the answer is not
            logger.exception("The menu could not be read for the error page")
            chrome = {"navigation": [], "footer_links": []}
        try:
            return render_screen(
                request,
                "website/server_error.html",
                kind="server_error",
                language=language,
                title=title,
                status=500,
                chrome=chrome,
            )
        except Exception:  # noqa: BLE001 - whatever broke, the reader still gets an answer
            logger.exception("The site's error page could not be rendered")
            return HttpResponseServerError(_plain_error_page(language, title))


def _plain_error_page(language, title):
    message = _("The page could not be shown because of an error on our side. Please try again.")
    home = _("Go to the home page")
    return (
        f'<!doctype html><html lang="{language}"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title></head><body><h1>{escape(title)}</h1>"
        f'<p>{escape(message)}</p><p><a href="/{language}/">{escape(home)}</a></p></body></html>'
    )
