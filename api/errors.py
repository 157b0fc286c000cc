"""Every API error as RFC 9457 problem details (`application/problem+json`), built here only.

Each problem has a stable `type` URN that clients may switch on; `title` and `detail` are for
people and follow the request's language.
"""

import logging
import sys

from django.core.exceptions import PermissionDenied
from django.db import InterfaceError, OperationalError
from django.http import Http404, JsonResponse
from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from rest_framework import exceptions

from cms.errors import DomainError
from cms.storage import caused_by_storage_outage, unavailable_message

logger = logging.getLogger(__name__)

PROBLEM_CONTENT_TYPE = "application/problem+json"
TYPE_PREFIX = "urn:tendik:problem:"

# type → (HTTP status, title)
PROBLEMS = {
    "bad-request": (400, gettext_lazy("Bad request")),
    "validation-error": (400, gettext_lazy("Invalid request")),
    "not-authenticated": (401, gettext_lazy("Not authenticated")),
    "permission-denied": (403, gettext_lazy("Permission denied")),
    "not-found": (404, gettext_lazy("Not found")),
    "method-not-allowed": (405, gettext_lazy("Method not allowed")),
    "not-acceptable": (406, gettext_lazy("Not acceptable")),
    "conflict": (409, gettext_lazy("Conflict")),
    "signing-error": (400, gettext_lazy("Bad request")),
    "petition-closed": (409, gettext_lazy("The petition is closed")),
    "invalid-token": (400, gettext_lazy("Unknown link")),
    "registration-error": (400, gettext_lazy("Bad request")),
    "registration-closed": (409, gettext_lazy("Registration is closed")),
    "event-full": (409, gettext_lazy("The event is full")),
    "contribution-error": (400, gettext_lazy("Bad request")),
    "contributions-closed": (409, gettext_lazy("The consultation takes no contributions now")),
    "certificate-revoked": (410, gettext_lazy("Certificate revoked")),
    "invalid-preview-token": (401, gettext_lazy("Unknown or expired preview link")),
    "expired-token": (400, gettext_lazy("Expired link")),
    "social-post-error": (409, gettext_lazy("Conflict")),
    "not-claimable": (409, gettext_lazy("The post cannot be claimed")),
    "claimed-by-another": (409, gettext_lazy("Another scheduler holds the post")),
    "not-held": (409, gettext_lazy("The post is not held by this scheduler")),
    "not-due": (409, gettext_lazy("The post is not due yet")),
    "idempotency-key-missing": (400, gettext_lazy("Idempotency-Key missing")),
    "idempotency-key-reused": (409, gettext_lazy("Idempotency-Key reused")),
    "precondition-failed": (412, gettext_lazy("Precondition failed")),
    "payload-too-large": (413, gettext_lazy("Payload too large")),
    "unsupported-media-type": (415, gettext_lazy("Unsupported media type")),
    "too-many-requests": (429, gettext_lazy("Too many requests")),
    "server-error": (500, gettext_lazy("Server error")),
    "storage-unavailable": (503, gettext_lazy("Media storage unavailable")),
    "database-unavailable": (503, gettext_lazy("Database unavailable")),
}


def problem_response(kind: str, detail: str, *, errors=None, headers=None, status=None):
    default_status, title = PROBLEMS[kind]
    body = {
        "type": TYPE_PREFIX + kind,
        "title": str(title),
        "status": status or default_status,
        "detail": str(detail),
    }
    if errors:
        body["errors"] = errors
    response = JsonResponse(
        body,
        status=body["status"],
        content_type=PROBLEM_CONTENT_TYPE,
        json_dumps_params={"ensure_ascii": False},
    )
    response["Cache-Control"] = "no-store"
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def domain_problem(error: DomainError):
    """The answer to a domain rule's refusal (cms/errors.py): its kind is the problem's type."""
    return problem_response(error.kind, str(error))


def _flatten(detail):
    """DRF's nested error details as {field: [messages]}."""
    if isinstance(detail, dict):
        return {
            field: [
                str(message) for message in (messages if isinstance(messages, list) else [messages])
            ]
            for field, messages in detail.items()
        }
    return {"non_field_errors": [str(message) for message in detail]}


_KINDS = [
    (exceptions.ValidationError, "validation-error"),
    (exceptions.ParseError, "bad-request"),
    (exceptions.NotAuthenticated, "not-authenticated"),
    (exceptions.AuthenticationFailed, "not-authenticated"),
    (exceptions.PermissionDenied, "permission-denied"),
    # Django's own, raised by views DRF runs that are not ours (wagtail-localize's editor).
    (PermissionDenied, "permission-denied"),
    (exceptions.NotFound, "not-found"),
    (Http404, "not-found"),
    (exceptions.MethodNotAllowed, "method-not-allowed"),
    (exceptions.NotAcceptable, "not-acceptable"),
    (exceptions.UnsupportedMediaType, "unsupported-media-type"),
    (exceptions.Throttled, "too-many-requests"),
]


def exception_handler(exc, context):
    """DRF's EXCEPTION_HANDLER: known errors become problems; anything else is logged and
    answered as a problem too, never as Django's HTML error page."""
    if isinstance(exc, DomainError):
        return domain_problem(exc)
    if caused_by_storage_outage(exc):
        logger.error("Media storage unavailable: %s", exc)
        return storage_unavailable()
    if caused_by_database_outage(exc):
        return database_unavailable(exc)
    kind = next((kind for cls, kind in _KINDS if isinstance(exc, cls)), None)
    if kind is None:
        if isinstance(exc, exceptions.APIException):
            kind = "bad-request" if exc.status_code < 500 else "server-error"
        else:
            logger.exception("Unhandled error in the API", exc_info=exc)
            return problem_response("server-error", _("The server could not answer this request."))

    headers = {}
    if getattr(exc, "auth_header", None):
        headers["WWW-Authenticate"] = exc.auth_header
    errors = None
    if kind == "validation-error":
        errors = _flatten(exc.detail)
        # A view whose errors people read (a signing form) says so without field names.
        detail = str(getattr(context.get("view"), "validation_detail", "")) or _(
            "Some parameters are not valid: %(fields)s."
        ) % {"fields": ", ".join(errors)}
    elif kind == "not-found":
        detail = str(getattr(exc, "detail", "")) or _("Nothing was found here.")
        if isinstance(exc, Http404):
            detail = str(exc) or _("Nothing was found here.")
    elif kind == "method-not-allowed":
        view = context.get("view")
        allowed = ", ".join(view.allowed_methods) if view is not None else ""
        headers["Allow"] = allowed
        detail = _("%(method)s is not allowed here; use %(allowed)s.") % {
            "method": context["request"].method,
            "allowed": allowed,
        }
    elif kind == "not-acceptable":
        detail = _("This API answers only with application/json.")
    elif kind == "too-many-requests":
        if exc.wait is not None:
            headers["Retry-After"] = str(int(exc.wait) + 1)
        detail = str(exc.detail)
    elif isinstance(exc, PermissionDenied):
        detail = str(exc) or _("You do not have permission to perform this action.")
    else:
        detail = str(exc.detail)
    return problem_response(kind, detail, errors=errors, headers=headers)


def storage_unavailable():
    """The media store went away mid-request: 503 with when to come back."""
    return problem_response(
        "storage-unavailable", unavailable_message(), headers={"Retry-After": "60"}
    )


# CSRF protects the session cookie of the admin; these views act on no session, and a POST to a
# path no endpoint takes must get its 404 as a problem, not Django's HTML "403 Forbidden".
@csrf_exempt
def not_found(request, *args, **kwargs):
    """Answers API paths that match no endpoint, with a hint when only the slash is missing."""
    detail = _("There is no API endpoint at %(path)s.") % {"path": request.path}
    if not request.path.endswith("/"):
        try:
            match = resolve(request.path + "/")
        except Resolver404:
            match = None
        if match is not None and match.func is not not_found:
            detail = _("There is no API endpoint at %(path)s; did you mean %(path)s/?") % {
                "path": request.path
            }
    return problem_response("not-found", detail)


def csrf_failure(request, reason="", **kwargs):
    """Django's CSRF_FAILURE_VIEW: a problem under /api/, Django's page elsewhere."""
    if request.path.startswith("/api/"):
        return problem_response(
            "permission-denied", _("This request was refused: its CSRF check failed.")
        )
    from django.views.csrf import csrf_failure as html_csrf_failure

    return html_csrf_failure(request, reason=reason, **kwargs)


def caused_by_database_outage(error: BaseException | None) -> bool:
    """Whether `error` is the database being unreachable (refused, restarting, the connection
    dropped), not a fault of the request: Django's OperationalError and InterfaceError."""
    seen = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, (OperationalError, InterfaceError)):
            return True
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return False


def database_unavailable(error: BaseException):
    """The database went away mid-request (a restart, a failover): 503 with when to come back.
    Nothing was half-saved: the request's transaction rolled back."""
    # The class only: a connection error's message names the host and the user.
    logger.error("Database unavailable: %s", type(error).__name__)
    return problem_response(
        "database-unavailable",
        _("The database cannot be reached for a moment; nothing was saved. Try again shortly."),
        headers={"Retry-After": "5"},
    )


def server_error(request, *args, **kwargs):
    """Django's handler500: problem details under /api/, the usual page elsewhere. An error
    raised outside a view (in a middleware) gets here; a database outage is still a 503."""
    if request.path.startswith("/api/"):
        error = sys.exc_info()[1]
        if caused_by_database_outage(error):
            return database_unavailable(error)
        return problem_response("server-error", _("The server could not answer this request."))
    from django.views.defaults import server_error as html_server_error

    return html_server_error(request, *args, **kwargs)
