from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

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
