"""The hub's own page for emailed confirmation links (used when there is no FRONTEND_BASE_URL).

It speaks the signer's language (the signature's, else the URL's /kk/ prefix), shows the
petition in the site's layout, asks before acting (mail scanners open links) and makes
confirming the one obvious action: withdrawing is a quieter second step.
"""

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from campaigns.signing import (
    ExpiredToken,
    InvalidToken,
    confirm_signature,
    petition_signed,
    signature_for_link,
    withdraw_signature,
)
from cms.frontend import front_end_path
from cms.languages import supported_language
from website.api_client import api_get
from website.rendering import NO_INLINE_SCRIPT

# The token is in this page's URL: browsers send other sites no Referer at all and this site
# its origin only, which is also what they then put in the form's Origin header (with
# "no-referrer" they send `Origin: null`, and Django's CSRF check refuses the form).
REFERRER_POLICY = "strict-origin"


@NO_INLINE_SCRIPT
@require_http_methods(["GET", "POST"])
def confirm_page(request):
    token = request.POST.get("token") or request.GET.get("token") or ""
    # The form's main button says "confirm"; a POST that names no action means it too.
    action = request.POST.get("action") or "confirm" if request.method == "POST" else ""
    state, status, signature = _act(action, token)
    language = supported_language(
        signature.locale if signature is not None else translation.get_language()
    )
    with translation.override(language):
        petition = petition_signed(signature) if signature is not None else None
        response = TemplateResponse(
            request,
            "website/signature_confirm.html",
            {
                "page": {
                    "type": "signature-confirm",
                    "locale": language,
                    "title": _TITLES[state](),
                    "translations": [],
                },
                "navigation": _navigation(request, language),
                "section_ids": set(),
                "state": state,
                "token": token if state in {"ask", "counted", "withdraw"} else "",
                "petition": (
                    {"title": petition.title, "url": front_end_path(petition)}
                    if petition is not None
                    else None
                ),
                "home_url": f"/{language}/",
                "token_days": settings.SIGNATURE_TOKEN_DAYS,
            },
            status=status,
        )
        response.render()
    response["Referrer-Policy"] = REFERRER_POLICY
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


def _act(action, token):
    """(state, HTTP status, the signature or None) after `action`."""
    try:
        signature = signature_for_link(token)
        if action == "confirm":
            return "confirmed", 200, confirm_signature(token=token)
        if action == "withdraw":
            withdraw_signature(token=token)
            return "withdrawn", 200, signature
        if action == "withdraw-ask":
            return "withdraw", 200, signature
        return ("counted" if signature.confirmed_at else "ask"), 200, signature
    except ExpiredToken as expired:
        return "expired", 410, expired.signature
    except InvalidToken:
        # A withdrawn signature's links land here too: nothing is left to act on.
        return "invalid", 400, None


_TITLES = {
    "ask": lambda: _("Confirm your signature"),
    "counted": lambda: _("Your signature is already counted"),
    "withdraw": lambda: _("Withdraw your signature?"),
    "confirmed": lambda: _("Thank you: your signature is counted."),
    "withdrawn": lambda: _("Your signature has been withdrawn and your data deleted."),
    "expired": lambda: _("This link has expired"),
    "invalid": lambda: _("This link is not valid"),
}


def _navigation(request, language):
    answer = api_get(request, "/api/v1/navigation/", locale=language)
    return answer.data["items"] if answer.ok else []
