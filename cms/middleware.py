from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.urls import get_urlconf, is_valid_path, reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers

API_PREFIX = "/api/"


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that API responses are left alone (the API takes its language as a
    parameter) and that a 404 from a route outside the language prefixes stays a 404.

    On a 404 Django retries the path under the default language prefix and redirects there
    when that resolves; Wagtail's catch-all route resolves anything, so /admin/no-such-screen/
    (answered by the admin's own 404) would turn into a redirect to /ru/admin/no-such-screen/,
    a page of the site. Only a path that no route takes is sent on.
    """

    def process_response(self, request, response):
        if request.path_info.startswith(API_PREFIX):
            return response
        if response.status_code == 404 and self._answered_outside_prefixes(request):
            # What Django adds to an answer outside the prefixes, without its redirect.
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)

    @staticmethod
    def _answered_outside_prefixes(request) -> bool:
        path = request.path_info
        urlconf = getattr(request, "urlconf", None) or get_urlconf()
        return not translation.get_language_from_path(path) and is_valid_path(path, urlconf)


class AdminLanguageMiddleware:
    """The admin speaks its user's language for the whole request.

    Wagtail switches to the user's language only around the view
    (wagtail.admin.localization.get_localized_response). What it says outside that, such as the
    "Sorry, you do not have permission to access this area." that `require_admin_access` adds
    after catching PermissionDenied, came out in the server's language: Russian on the Kazakh
    admin. Runs after AuthenticationMiddleware.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is None
            or not user.is_authenticated
            or not request.path_info.startswith(reverse("wagtailadmin_home"))
        ):
            return self.get_response(request)
        profile = getattr(user, "wagtail_userprofile", None)
        language = profile.get_preferred_language() if profile else None
        if not language:
            return self.get_response(request)
        with translation.override(language):
            return self.get_response(request)
