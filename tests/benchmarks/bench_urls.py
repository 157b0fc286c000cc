"""URLs for tests/benchmarks/api_bench.py: the project's own, plus what it is measured against.

- `/wagtail-api/v2/`: Wagtail's stock API v2 with its pages endpoint, the usual way to serve a
  headless Wagtail site;
- `/bench/floor/`: a bare JsonResponse, the fastest any view can be through the same server,
  middleware and URL resolving.
"""

from django.conf import urls as django_urls
from django.http import JsonResponse
from django.urls import path
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from cms import urls as project_urls

# The project's error views answer here as they do under cms.urls.
handler400 = getattr(project_urls, "handler400", django_urls.handler400)
handler403 = getattr(project_urls, "handler403", django_urls.handler403)
handler404 = getattr(project_urls, "handler404", django_urls.handler404)
handler500 = getattr(project_urls, "handler500", django_urls.handler500)

wagtail_api = WagtailAPIRouter("wagtailapi")
wagtail_api.register_endpoint("pages", PagesAPIViewSet)


def floor(request):
    return JsonResponse({"ok": True})


urlpatterns = [
    path("bench/floor/", floor),
    path("wagtail-api/v2/", wagtail_api.urls),
    *project_urls.urlpatterns,
]
