"""The hub's own pages for the links in a consultation's emails (used when there is no
FRONTEND_BASE_URL): /kk/consultations/confirm/?token=… confirms a contribution,
…/support/?token=… a support (+1).

Like the registration pages (website/registrations.py): they speak the writer's language, name
the consultation, and ask before acting, since mail scanners open links.
"""

from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from cms.frontend import front_end_path
from cms.languages import supported_language, version_in
from consultations.contributions import (
    ExpiredLink,
    InvalidLink,
    confirm_contribution,
    confirm_support,
    contribution_for_link,
    support_for_link,
)
from consultations.models import ConsultationPage, Contribution
from website.rendering import NO_INLINE_SCRIPT
from website.signatures import REFERRER_POLICY, _navigation


@NO_INLINE_SCRIPT
@require_http_methods(["GET", "POST"])
def confirm_page(request):
    return _page(request, support=False)


@NO_INLINE_SCRIPT
@require_http_methods(["GET", "POST"])
def support_page(request):
    return _page(request, support=True)


def _page(request, *, support: bool):
    token = request.POST.get("token") or request.GET.get("token") or ""
    state, status, language, consultation_key = _act(request.method == "POST", token, support)
    language = supported_language(language or translation.get_language())
    with translation.override(language):
        consultation = (
            version_in(ConsultationPage, consultation_key, language) if consultation_key else None
        )
        response = TemplateResponse(
            request,
            "website/contribution_link.html",
            {
                "page": {
                    "type": "contribution-link",
                    "locale": language,
                    "title": _TITLES[state](),
                    "translations": [],
                },
                "navigation": _navigation(request, language),
                "section_ids": set(),
                "state": state,
                "token": token if state.startswith("ask-") else "",
                "consultation": (
                    {"title": consultation.title, "url": front_end_path(consultation)}
                    if consultation is not None and consultation.live
                    else None
                ),
                "home_url": f"/{language}/",
            },
            status=status,
        )
        response.render()
    response["Referrer-Policy"] = REFERRER_POLICY
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


def _act(posted: bool, token: str, support: bool):
    """(state, HTTP status, the writer's language, the consultation's key)."""
    try:
        if support:
            row = support_for_link(token)
            key, language = row.contribution.consultation_key, row.locale
            if row.confirmed_at is not None:
                return "supported", 200, language, key
            if not posted:
                return "ask-support", 200, language, key
            confirm_support(token=token)
            return "supported", 200, language, key
        row = contribution_for_link(token)
        key, language = row.consultation_key, row.locale
        if row.status != Contribution.Status.UNCONFIRMED:
            return "confirmed", 200, language, key
        if not posted:
            return "ask-confirm", 200, language, key
        confirm_contribution(token=token)
        return "confirmed", 200, language, key
    except ExpiredLink:
        return "expired", 410, "", None
    except InvalidLink:
        return "invalid", 400, "", None


_TITLES = {
    "ask-confirm": lambda: _("Confirm your contribution"),
    "confirmed": lambda: _("Thank you: your contribution went to the moderators"),
    "ask-support": lambda: _("Confirm your support"),
    "supported": lambda: _("Thank you: your support is counted"),
    "expired": lambda: _("This link has expired"),
    "invalid": lambda: _("This link is not valid"),
}
