"""Registering for an event, confirming, cancelling, and what organisers do: approve, decline,
cancel and promote. The rules, written once for the API, the hub's own pages and the admin.

- Double opt-in as for signatures (cms/opt_in.py): one registration per event (all its
  translations) per normalised email, kept by the database; a second submission answers as the
  first; a seat is asked for only once the registrant follows the emailed link.
- Seats: every change of seats first locks the event's SeatLock row (SELECT ... FOR UPDATE), then
  counts the confirmed registrations; so two confirmations at once never take the same last
  seat, and confirmed registrations never exceed the capacity. Past capacity people join the
  waiting list in the order they confirmed; a freed seat goes to the first of them, exactly once.
- Emails go through the outbox in the change's transaction, written when sent, in the
  registrant's language (events/emails.py).
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import CharField, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.errors import DomainError
from cms.languages import SOURCE_LANGUAGE, version_in
from cms.opt_in import (
    LinkExpired,
    LinkInvalid,
    LinkTokens,
    client_hash,
    normalise_email,
    person_key,
)
from events.models import Certificate, EventPage, Registration, SeatLock
from events.queries import seats_taken
from events.signals import seats_changed
from outbox.delivery import compose_email_later, forget_emails_about

REGISTRATION_EMAIL = "events.registration"
REGISTRATION = "events.registration"  # what outbox rows about a registration say they are about
CERTIFICATE = "events.certificate"  # events/certificates.py: the certificates' emails
CONFIRM_LINKS = LinkTokens(
    salt="events.registration-confirm", days_setting="REGISTRATION_TOKEN_DAYS"
)
# The cancel link comes with every email until the event, so it lives longer.
CANCEL_LINKS = LinkTokens(
    salt="events.registration-cancel", days_setting="REGISTRATION_CANCEL_DAYS"
)

Status = Registration.Status
# Statuses a registrant or an organiser may still cancel.
CANCELLABLE = (Status.UNCONFIRMED, Status.AWAITING_APPROVAL, Status.CONFIRMED, Status.WAITING)


class RegistrationError(DomainError):
    kind = "registration-error"


class RegistrationClosed(RegistrationError):
    kind = "registration-closed"


class EventFull(RegistrationError):
    kind = "event-full"


class InvalidLink(RegistrationError):
    kind = "invalid-token"


class ExpiredLink(RegistrationError):
    kind = "expired-token"
    registration = None  # the registration an expired link was mailed for, if it still exists


class NotAllowedNow(RegistrationError):
    """An organiser's action that does not fit the registration's status (or no seat is free)."""

    kind = "conflict"


# Reading -------------------------------------------------------------------------------------


def event_in(event_key, language: str) -> EventPage | None:
    """The event in `language` when a live version is, else in the source language, else any
    version (live first): the one emails and pages name."""
    return version_in(EventPage, event_key, language)


def registration_for_link(token: str, *, cancel: bool = False) -> Registration:
    """The registration an emailed link stands for, read without changing anything."""
    return _registration_for(token, cancel=cancel, lock=False)


def _registration_for(token: str, *, cancel: bool, lock: bool = True) -> Registration:
    links = CANCEL_LINKS if cancel else CONFIRM_LINKS
    rows = Registration.objects.select_for_update() if lock else Registration.objects.all()
    try:
        return links.find(token, rows)
    except LinkExpired as error:
        expired = ExpiredLink(_("This link has expired. Register again to get a new one."))
        expired.registration = error.row
        raise expired from None
    except LinkInvalid:
        raise InvalidLink(
            _("This link is not valid. Check that you opened the whole link from the email.")
        ) from None


# Registering ---------------------------------------------------------------------------------


def register(
    *,
    event: EventPage,
    full_name: str,
    email: str,
    language: str,
    organisation: str = "",
    position: str = "",
    audience: str = "",
    region: str = "",
    answers: dict | None = None,
    client_address: str = "",
) -> None:
    """Records an unconfirmed registration and queues the email with its confirmation link. For
    an address registered already nothing changes (the email then goes again while it is
    unconfirmed); one that cancelled registers afresh."""
    if not event.registration_is_open():
        raise RegistrationClosed(_("Registration for this event is closed."))
    if (
        event.capacity is not None
        and not event.has_waiting_list
        and seats_taken(event.translation_key) >= event.capacity
    ):
        raise EventFull(_("This event is full, and it has no waiting list."))
    email = normalise_email(email)
    fields = {
        "full_name": full_name.strip(),
        "organisation": organisation.strip(),
        "position": position.strip(),
        "audience": audience,
        "region": region,
        "locale": language,
        "answers": answers or {},
        "ip_hash": client_hash(client_address),
        "person_key": person_key(email),
    }
    with transaction.atomic():
        # INSERT ... ON CONFLICT DO NOTHING: the unique constraint decides, in one statement.
        Registration.objects.bulk_create(
            [Registration(event_key=event.translation_key, email=email, **fields)],
            ignore_conflicts=True,
        )
        Registration.objects.filter(
            event_key=event.translation_key, email=email, status=Status.CANCELLED
        ).update(
            **fields,
            status=Status.UNCONFIRMED,
            created_at=timezone.now(),
            email_confirmed_at=None,
            queued_at=None,
            seat_given_at=None,
            cancelled_at=None,
        )
        registration_id = Registration.objects.values_list("pk", flat=True).get(
            event_key=event.translation_key, email=email
        )
        _email(registration_id, email, "confirm", language)


# Seats ---------------------------------------------------------------------------------------


def _lock_seats(event_key) -> None:
    """Takes the event's seat lock for the rest of the transaction (creating its row once)."""
    SeatLock.objects.bulk_create([SeatLock(event_key=event_key)], ignore_conflicts=True)
    SeatLock.objects.select_for_update().get(event_key=event_key)


def _locked(registration_id) -> tuple[Registration, EventPage]:
    """The registration and its event, with the event's seats locked, then the row re-read
    under the lock (another transaction may have changed it while this one waited)."""
    event_key = Registration.objects.values_list("event_key", flat=True).get(pk=registration_id)
    _lock_seats(event_key)
    registration = Registration.objects.select_for_update().get(pk=registration_id)
    event = event_in(event_key, registration.locale)
    return registration, event


def _has_free_seat(event: EventPage) -> bool:
    return event.capacity is None or seats_taken(event.translation_key) < event.capacity


def _give_seat(registration: Registration, event: EventPage, message: str) -> None:
    now = timezone.now()
    registration.status = Status.CONFIRMED
    registration.seat_given_at = now
    registration.save(update_fields=["status", "seat_given_at"])
    _email(registration.pk, registration.email, message, registration.locale)
    reminder_at = event.starts_at - timedelta(days=1)
    if reminder_at > now:
        _email(registration.pk, registration.email, "reminder", registration.locale, reminder_at)
    _after_commit_seats_changed(event.translation_key)


def _seat_or_queue(registration: Registration, event: EventPage, message: str) -> None:
    """A seat if one is free, else a place at the end of the waiting list, else EventFull."""
    if _has_free_seat(event):
        _give_seat(registration, event, message)
    elif event.has_waiting_list:
        registration.status = Status.WAITING
        registration.queued_at = timezone.now()
        registration.save(update_fields=["status", "queued_at"])
        _email(registration.pk, registration.email, "waiting", registration.locale)
        _after_commit_seats_changed(event.translation_key)
    else:
        raise EventFull(_("This event is full, and it has no waiting list."))


def promote_waiting(event_key) -> list[int]:
    """Gives every free seat to the first people on the waiting list, each once and emailed;
    returns their registration ids. Call with the seat lock held, or on its own."""
    with transaction.atomic():
        _lock_seats(event_key)
        event = event_in(event_key, SOURCE_LANGUAGE)
        if event is None or event.is_cancelled:
            return []
        promoted = []
        free = None if event.capacity is None else max(event.capacity - seats_taken(event_key), 0)
        waiting = Registration.objects.filter(event_key=event_key).waiting().select_for_update()
        for registration in waiting[:free] if free is not None else waiting:
            _give_seat(registration, event, "promoted")
            promoted.append(registration.pk)
        return promoted


# What a registrant does ----------------------------------------------------------------------


@transaction.atomic
def confirm_registration(*, token: str) -> Registration:
    """Confirms the email address the link was sent to, then asks for a seat: given, waiting
    list, or pending an organiser's approval. Confirming twice changes nothing."""
    found = _registration_for(token, cancel=False, lock=False)
    registration, event = _locked(found.pk)
    if registration.status != Status.UNCONFIRMED:
        return registration
    if event is None or timezone.now() >= event.ends_at:
        raise RegistrationClosed(_("Registration for this event is closed."))
    registration.email_confirmed_at = timezone.now()
    if event.requires_approval:
        registration.status = Status.AWAITING_APPROVAL
        registration.save(update_fields=["email_confirmed_at", "status"])
        _email(registration.pk, registration.email, "awaiting_approval", registration.locale)
        return registration
    registration.save(update_fields=["email_confirmed_at"])
    _seat_or_queue(registration, event, "registered")
    return registration


@transaction.atomic
def cancel_registration(*, token: str) -> Registration:
    """The registrant cancels with the emailed link; a seat they held goes to the first person
    waiting. Cancelling twice changes nothing."""
    found = _registration_for(token, cancel=True, lock=False)
    return _cancel(found.pk, by_organiser=False)


def _cancel(registration_id, *, by_organiser: bool) -> Registration:
    registration, event = _locked(registration_id)
    if registration.status not in CANCELLABLE:
        if by_organiser:
            raise NotAllowedNow(_("This registration cannot be cancelled in its current state."))
        return registration
    held_seat = registration.status == Status.CONFIRMED
    registration.status = Status.CANCELLED
    registration.cancelled_at = timezone.now()
    registration.save(update_fields=["status", "cancelled_at"])
    _email(registration.pk, registration.email, "cancelled", registration.locale)
    if held_seat or registration.queued_at:
        _after_commit_seats_changed(registration.event_key)
    if held_seat:
        promote_waiting(registration.event_key)
    return registration


# What an organiser does ----------------------------------------------------------------------


@transaction.atomic
def approve(registration_id) -> Registration:
    """Approves a registration awaiting approval: a seat, or the waiting list when none is free."""
    registration, event = _locked(registration_id)
    if registration.status != Status.AWAITING_APPROVAL:
        raise NotAllowedNow(_("Only a registration awaiting approval can be approved."))
    _refuse_if_cancelled(event)
    _seat_or_queue(registration, event, "approved")
    return registration


def _refuse_if_cancelled(event):
    if event is None or event.is_cancelled:
        raise NotAllowedNow(_("The event is cancelled: nobody can be given a seat."))


@transaction.atomic
def decline(registration_id) -> Registration:
    registration, _event = _locked(registration_id)
    if registration.status not in (Status.AWAITING_APPROVAL, Status.WAITING):
        raise NotAllowedNow(_("Only a registration awaiting approval or waiting can be declined."))
    was_waiting = registration.status == Status.WAITING
    registration.status = Status.DECLINED
    registration.save(update_fields=["status"])
    _email(registration.pk, registration.email, "declined", registration.locale)
    if was_waiting:
        _after_commit_seats_changed(registration.event_key)
    return registration


@transaction.atomic
def cancel_by_organiser(registration_id) -> Registration:
    return _cancel(registration_id, by_organiser=True)


@transaction.atomic
def promote(registration_id) -> Registration:
    """Gives a seat to this person on the waiting list, ahead of their turn, if one is free."""
    registration, event = _locked(registration_id)
    if registration.status != Status.WAITING:
        raise NotAllowedNow(_("Only a person on the waiting list can be promoted."))
    _refuse_if_cancelled(event)
    if not _has_free_seat(event):
        raise NotAllowedNow(
            _("No seat is free: raise the capacity or cancel a registration first.")
        )
    _give_seat(registration, event, "promoted")
    return registration


@transaction.atomic
def cancel_event_registrations(event_key) -> int:
    """The event was cancelled: every registration still holding or awaiting a seat is
    cancelled and its registrant emailed, once. Returns how many."""
    _lock_seats(event_key)
    active = list(
        Registration.objects.select_for_update().filter(event_key=event_key, status__in=CANCELLABLE)
    )
    now = timezone.now()
    for registration in active:
        registration.status = Status.CANCELLED
        registration.cancelled_at = now
        registration.save(update_fields=["status", "cancelled_at"])
        if registration.email_confirmed_at is not None:
            _email(registration.pk, registration.email, "event_cancelled", registration.locale)
    if active:
        _after_commit_seats_changed(event_key)
    return len(active)


# Emails and privacy --------------------------------------------------------------------------


def _email(registration_id, to, message, language, send_at=None):
    compose_email_later(
        to=to,
        kind=REGISTRATION_EMAIL,
        context={"registration": registration_id, "message": message, "language": language},
        about=(REGISTRATION, registration_id),
        send_at=send_at,
    )


def _after_commit_seats_changed(event_key):
    transaction.on_commit(lambda: seats_changed.send(sender=Registration, event_key=event_key))


def anonymise_past_events(*, now=None) -> int:
    """Erases registrant data of events that ended more than REGISTRATION_RETENTION_DAYS ago:
    registrations keep their status, category, region and dates (so the counts stay), and
    unconfirmed ones go. Returns how many registrations were touched."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.REGISTRATION_RETENTION_DAYS)
    ended = (
        EventPage.objects.filter(ends_at__lt=cutoff).values_list("translation_key", flat=True)
    ).distinct()
    registrations = Registration.objects.filter(event_key__in=ended, anonymised_at__isnull=True)
    with transaction.atomic():
        forget_emails_about(REGISTRATION, registrations.values("pk"))
        # The certificate itself stays (its public verification names the holder); the emails
        # that carried it go with the rest.
        forget_emails_about(
            CERTIFICATE, Certificate.objects.filter(registration__in=registrations).values("pk")
        )
        deleted, _by_model = registrations.filter(status=Status.UNCONFIRMED).delete()
        updated = registrations.update(
            full_name="",
            # Unique per event, as the constraint needs, and says nothing about anyone.
            email=Concat(Value("anonymised-"), Cast("pk", CharField()), Value("@invalid")),
            organisation="",
            position="",
            answers={},
            ip_hash="",
            anonymised_at=now,
        )
    return deleted + updated
