"""The hub's own pages for the links in registration emails (used when there is no
FRONTEND_BASE_URL): /kk/events/registration/confirm/?token=… and …/cancel/?token=….

Like the signature page (website/signatures.py): it speaks the registrant's language, shows the
event, and asks before acting, since mail scanners open links.
"""

from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from cms.frontend import front_end_path
from cms.languages import supported_language
from events.models import Registration
from events.registrations import (
    CANCELLABLE,
    EventFull,
    ExpiredLink,
    InvalidLink,
    RegistrationClosed,
    cancel_registration,
    confirm_registration,
    event_in,
    registration_for_link,
)
from website.rendering import NO_INLINE_SCRIPT
from website.signatures import REFERRER_POLICY, _navigation

Status = Registration.Status


@NO_INLINE_SCRIPT
@require_http_methods(["GET", "POST"])
def confirm_page(request):
    return _page(request, cancel=False)


@NO_INLINE_SCRIPT
@require_http_methods(["GET", "POST"])
def cancel_page(request):
    return _page(request, cancel=True)


def _page(request, *, cancel: bool):
    token = request.POST.get("token") or request.GET.get("token") or ""
    state, status, registration = _act(request.method == "POST", token, cancel)
    language = supported_language(
        registration.locale if registration is not None else translation.get_language()
    )
    with translation.override(language):
        event = event_in(registration.event_key, language) if registration is not None else None
        response = TemplateResponse(
            request,
            "website/registration_link.html",
            {
                "page": {
                    "type": "registration-link",
                    "locale": language,
                    "title": _TITLES[state](),
                    "translations": [],
                },
                "navigation": _navigation(request, language),
                "section_ids": set(),
                "state": state,
                "token": token if state in {"ask-confirm", "ask-cancel"} else "",
                "event": (
                    {"title": event.title, "url": front_end_path(event)}
                    if event is not None
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


def _act(posted, token, cancel):
    """(state, HTTP status, the registration or None)."""
    try:
        registration = registration_for_link(token, cancel=cancel)
        if not posted:
            if cancel:
                asking = registration.status in CANCELLABLE
                return ("ask-cancel" if asking else registration.status), 200, registration
            asking = registration.status == Status.UNCONFIRMED
            return ("ask-confirm" if asking else registration.status), 200, registration
        if cancel:
            return "cancelled", 200, cancel_registration(token=token)
        registration = confirm_registration(token=token)
        return registration.status, 200, registration
    except EventFull:
        return "full", 409, registration
    except RegistrationClosed:
        return "closed", 409, registration
    except ExpiredLink as expired:
        return "expired", 410, expired.registration
    except InvalidLink:
        return "invalid", 400, None


_TITLES = {
    "ask-confirm": lambda: _("Confirm your registration"),
    "ask-cancel": lambda: _("Cancel your registration?"),
    Status.UNCONFIRMED: lambda: _("Confirm your registration"),
    Status.CONFIRMED: lambda: _("You are registered: your seat is reserved."),
    Status.WAITING: lambda: _("You are on the waiting list"),
    Status.AWAITING_APPROVAL: lambda: _("Your registration awaits the organisers' approval"),
    Status.DECLINED: lambda: _("Your registration was declined"),
    Status.CANCELLED: lambda: _("Your registration is cancelled"),
    "full": lambda: _("The event is full"),
    "closed": lambda: _("Registration is closed"),
    "expired": lambda: _("This link has expired"),
    "invalid": lambda: _("This link is not valid"),
}
