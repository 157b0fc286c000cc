"""A request id for every request: taken from the proxy's X-Request-ID when it looks like one,
made up otherwise; sent back in the response and added to every log line of the request."""

import contextvars
import logging
import re
import uuid

HEADER = "X-Request-ID"
# Long enough for a UUID or a proxy's hex id, and nothing a log reader could be fooled by.
VALID = re.compile(r"^[A-Za-z0-9._-]{8,128}$")

current_request_id = contextvars.ContextVar("request_id", default="")


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get(HEADER, "")
        request_id = incoming if VALID.match(incoming) else uuid.uuid4().hex
        request.request_id = request_id
        token = current_request_id.set(request_id)
        try:
            response = self.get_response(request)
        finally:
            current_request_id.reset(token)
        response[HEADER] = request_id
        return response


class RequestIdFilter(logging.Filter):
    """Puts the current request's id on every record (empty outside a request). Django logs a
    request's 4xx/5xx line ("Not Found: /…", logger django.request) after the middleware has
    returned, when the id is no longer current: that record carries the request, and its id."""

    def filter(self, record):
        record.request_id = current_request_id.get() or getattr(
            getattr(record, "request", None), "request_id", ""
        )
        return True
