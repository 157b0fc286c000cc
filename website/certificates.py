"""/kk/certificates/<code>/: the public check of a certificate, where its QR code leads. Renders
what GET /api/v1/certificates/{code}/ answers: the holder's name, the event and its dates for a
valid code; "revoked" or "unknown" otherwise, and never anything more."""

from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from cms.languages import LANGUAGE_CODES
from website.api_client import api_get
from website.rendering import NO_INLINE_SCRIPT, render_screen


@require_safe
@NO_INLINE_SCRIPT
def certificate_page(request, code):
    language = translation.get_language()
    answer = api_get(request, f"/api/v1/certificates/{code}/")
    state = {200: "valid", 410: "revoked"}.get(answer.status, "unknown")
    response = render_screen(
        request,
        "website/certificate.html",
        kind="certificate",
        language=language,
        title=_("Certificate check"),
        status=200 if state == "valid" else (410 if state == "revoked" else 404),
        context={
            "state": state,
            "certificate": answer.data if state == "valid" else None,
            "code": code,
            "page": {"noindex": True},
            "translations": [
                {"locale": other, "url": f"/{other}/certificates/{code}/"}
                for other in LANGUAGE_CODES
            ],
        },
    )
    response["Cache-Control"] = "no-store"
    return response
