"""Errors from outside the hub that a request can run into, answered without a 500."""

import logging

from django.http import HttpResponse
from django.template.loader import render_to_string

from api.errors import storage_unavailable
from cms.storage import caused_by_storage_outage, unavailable_message

logger = logging.getLogger(__name__)


class StorageUnavailableMiddleware:
    """The media store went away during a request (after the upload form's own check): 503,
    with what happened in words, as problem+json for the API and a page for everyone else."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not caused_by_storage_outage(exception):
            return None
        logger.error("Media storage unavailable: %s", exception)
        if request.path_info.startswith("/api/"):
            return storage_unavailable()
        body = render_to_string(
            "ops/storage_unavailable.html", {"message": unavailable_message()}, request=request
        )
        return HttpResponse(body, status=503, headers={"Retry-After": "60"})
