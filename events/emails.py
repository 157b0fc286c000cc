"""The emails a registrant gets, written when they are sent, in the registrant's language, plain
text and HTML: the confirmation link, then what happened to the seat, then the reminder.

Each is sent only while it is still true: a "you have a seat" email whose seat was cancelled
meanwhile, or a reminder for a cancelled registration, is dropped (outbox/composers.py). The
emails that give a seat carry the event as an .ics file; every one until the event carries the
cancel link.
"""

import zoneinfo
from datetime import timedelta

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from cms.frontend import front_end_url
from cms.opt_in import link_url
from events.attendance import check_in_url
from events.calendars import calendar
from events.certificates import certificate_pdf, verification_url
from events.models import Certificate, Registration
from events.qr import qr_png
from events.registrations import CANCEL_LINKS, CONFIRM_LINKS, event_in
from outbox.composers import ComposedEmail

Status = Registration.Status

# message → the status the registration must still have for the email to go.
STILL_TRUE = {
    "confirm": Status.UNCONFIRMED,
    "awaiting_approval": Status.AWAITING_APPROVAL,
    "registered": Status.CONFIRMED,
    "approved": Status.CONFIRMED,
    "promoted": Status.CONFIRMED,
    "waiting": Status.WAITING,
    "declined": Status.DECLINED,
    "cancelled": Status.CANCELLED,
    "event_cancelled": Status.CANCELLED,
    "reminder": Status.CONFIRMED,
}
WITH_CALENDAR = {"confirm", "registered", "approved", "promoted", "reminder"}
WITH_ONLINE_LINK = {"registered", "approved", "promoted", "reminder"}


def _texts(message: str, title: str, when: str) -> tuple[str, list[str]]:
    """(subject, paragraphs) of a message, in the active language."""
    values = {"title": title, "when": when}
    texts = {
        "confirm": (
            _("Confirm your registration: %(title)s"),
            [
                _("You registered for «%(title)s» (%(when)s).") % values,
                _(
                    "Confirm your email address with the button below: only then do we hold a "
                    "seat for you. The event is attached as a calendar file."
                ),
            ],
        ),
        "awaiting_approval": (
            _("Registration received: %(title)s"),
            [
                _("Thank you: your registration for «%(title)s» is confirmed.") % values,
                _("The organisers review each registration; we will write to you once they do."),
            ],
        ),
        "registered": (
            _("You are registered: %(title)s"),
            [_("Your seat at «%(title)s» (%(when)s) is reserved.") % values],
        ),
        "approved": (
            _("Registration approved: %(title)s"),
            [_("The organisers approved your registration for «%(title)s» (%(when)s).") % values],
        ),
        "promoted": (
            _("A seat has freed up for you: %(title)s"),
            [
                _(
                    "A seat at «%(title)s» (%(when)s) has freed up, and it is yours: you were "
                    "first on the waiting list."
                )
                % values
            ],
        ),
        "waiting": (
            _("You are on the waiting list: %(title)s"),
            [
                _("Every seat at «%(title)s» is taken, so you are on the waiting list.") % values,
                _(
                    "When a seat frees up it goes to the first person on the list, and we email you."
                ),
            ],
        ),
        "declined": (
            _("Registration declined: %(title)s"),
            [_("The organisers could not accept your registration for «%(title)s».") % values],
        ),
        "cancelled": (
            _("Registration cancelled: %(title)s"),
            [_("Your registration for «%(title)s» is cancelled.") % values],
        ),
        "event_cancelled": (
            _("Event cancelled: %(title)s"),
            [
                _("We are sorry: «%(title)s» (%(when)s) will not take place.") % values,
                _("Your registration is cancelled; there is nothing you need to do."),
            ],
        ),
        "reminder": (
            _("Tomorrow: %(title)s"),
            [_("A reminder: «%(title)s» begins %(when)s.") % values],
        ),
    }
    subject, paragraphs = texts[message]
    return subject % values, paragraphs


def compose_registration_email(context: dict) -> ComposedEmail | None:
    message = context["message"]
    registration = (
        Registration.objects.filter(pk=context["registration"], status=STILL_TRUE[message])
        .only("pk", "created_at", "event_key", "status")
        .first()
    )
    if registration is None:
        return None
    language = context["language"]
    event = event_in(registration.event_key, language)
    if event is None:
        return None
    now = timezone.now()
    if message == "reminder" and not (now < event.starts_at <= now + timedelta(days=2)):
        return None  # the event moved or has begun: a reminder now would mislead
    with translation.override(language):
        when = _when(event)
        subject, paragraphs = _texts(message, event.title, when)
        values = {
            "language": language,
            "paragraphs": paragraphs,
            "event_title": event.title,
            "when": when,
            "place": ", ".join(part for part in (event.venue, event.address, event.city) if part),
            "event_url": front_end_url(event) or "",
            "online_url": event.stream_url if message in WITH_ONLINE_LINK else "",
            "confirm_url": (
                _link(CONFIRM_LINKS.issue(registration), language, "confirm")
                if message == "confirm"
                else ""
            ),
            "cancel_url": (
                _link(CANCEL_LINKS.issue(registration), language, "cancel")
                if STILL_TRUE[message] not in (Status.CANCELLED, Status.DECLINED)
                else ""
            ),
            "days": settings.REGISTRATION_TOKEN_DAYS,
        }
        attachments = []
        if message in WITH_CALENDAR:
            attachments.append(("event.ics", calendar([event]), "text/calendar"))
        if message in WITH_ONLINE_LINK and event.format != event.Format.ONLINE:
            # The organisers scan it at the door (events/check_in_views.py).
            paragraphs.append(_("At the entrance, show the QR code attached to this email."))
            attachments.append(
                ("check-in.png", qr_png(check_in_url(registration, event)), "image/png")
            )
        return ComposedEmail(
            subject=subject,
            text=render_to_string("events/email/registration.txt", values),
            html=render_to_string("events/email/registration.html", values),
            attachments=tuple(attachments),
        )


def _when(event) -> str:
    """The start (and end, when on another day) in Almaty time, in the active language."""
    zone = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    starts, ends = event.starts_at.astimezone(zone), event.ends_at.astimezone(zone)
    start = f"{formats.date_format(starts, 'DATE_FORMAT')}, {starts:%H:%M}"
    if ends.date() == starts.date():
        return f"{start}–{ends:%H:%M}"
    return f"{start} – {formats.date_format(ends, 'DATE_FORMAT')}, {ends:%H:%M}"


def _link(token: str, language: str, action: str) -> str:
    return link_url(
        website_path=f"events/registration/{action}/",
        hub_route=f"registration-{action}",
        token=token,
        language=language,
    )


def compose_certificate_email(context: dict) -> ComposedEmail | None:
    """The attendee's certificate as a PDF, in the certificate's language; nothing once it was
    revoked or the registration erased."""
    certificate = (
        Certificate.objects.filter(pk=context["certificate"], revoked_at__isnull=True)
        .select_related("registration")
        .first()
    )
    if certificate is None or certificate.registration is None:
        return None
    language = certificate.language
    event = event_in(certificate.event_key, language)
    with translation.override(language):
        values = {
            "language": language,
            "paragraphs": [
                _("Thank you for taking part in «%(title)s».") % {"title": certificate.event_title},
                _("Your certificate is attached. Anyone can check it at %(url)s")
                % {"url": verification_url(certificate.code, language)},
            ],
            "event_title": certificate.event_title,
            "when": _when(event) if event is not None else "",
            "place": "",
            "event_url": (front_end_url(event) or "") if event is not None else "",
            "online_url": "",
            "confirm_url": "",
            "cancel_url": "",
            "days": settings.REGISTRATION_TOKEN_DAYS,
        }
        return ComposedEmail(
            subject=_("Your certificate: %(title)s") % {"title": certificate.event_title},
            text=render_to_string("events/email/registration.txt", values),
            html=render_to_string("events/email/registration.html", values),
            attachments=(
                (
                    f"certificate-{certificate.code}.pdf",
                    certificate_pdf([certificate]),
                    "application/pdf",
                ),
            ),
        )
