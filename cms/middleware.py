from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.urls import reverse
from django.utils import translation

API_PREFIX = "/api/"


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that API responses are left alone.

    On a 404 Django retries the path under the default language prefix and redirects there
    when that resolves; Wagtail's catch-all route resolves anything, so an API 404 would turn
    into a redirect to /ru/api/…. The API takes its language as a parameter instead.
    """

    def process_response(self, request, response):
        if request.path_info.startswith(API_PREFIX):
            return response
        return super().process_response(request, response)


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
