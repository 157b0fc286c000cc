"""Registrations: one person's place at an event, shared by all its language versions; the
organisers' CSV exports of them, and the row every change of seats locks."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from cms.csv_exports import CsvExport
from cms.opt_in import keyed_address, mask_email


class RegistrationQuerySet(models.QuerySet):
    def holding_seats(self):
        return self.filter(status=Registration.Status.CONFIRMED)

    def waiting(self):
        """The waiting list, in order of confirmation."""
        return self.filter(status=Registration.Status.WAITING).order_by("queued_at", "pk")


class Registration(models.Model):
    """One person's registration for an event, shared by all its language versions.

    Keyed to the event's `translation_key`, not to one page, like a signature to its petition.
    Registrant data never leaves the admin, and is erased a set time after the event
    (events/registrations.py)."""

    class Status(models.TextChoices):
        UNCONFIRMED = "unconfirmed", _("Email not confirmed")
        AWAITING_APPROVAL = "awaiting_approval", _("Awaiting approval")
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("On the waiting list")
        DECLINED = "declined", _("Declined")
        CANCELLED = "cancelled", pgettext_lazy("a registration", "Cancelled")

    event_key = models.UUIDField(
        _("event"), db_index=True, help_text=_("The translation key of the event page.")
    )
    full_name = models.CharField(_("full name"), max_length=200)
    email = models.EmailField(_("email"), max_length=254)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    position = models.CharField(_("position"), max_length=200, blank=True)
    # The audience category's slug, the same in every language (synchronised).
    audience = models.CharField(_("audience category"), max_length=100, blank=True)
    region = models.CharField(_("region"), max_length=64, blank=True)
    locale = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    # {question translation key: answer}: text as written, a choice as the option shown, yes/no
    # as true or false.
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    status = models.CharField(
        _("status"), max_length=24, choices=Status.choices, default=Status.UNCONFIRMED
    )
    created_at = models.DateTimeField(_("registered at"), default=timezone.now)
    email_confirmed_at = models.DateTimeField(_("email confirmed at"), null=True, blank=True)
    # The waiting list's order: when the person joined it (confirmed their email, or was
    # approved, with no seat left).
    queued_at = models.DateTimeField(_("joined the waiting list at"), null=True, blank=True)
    seat_given_at = models.DateTimeField(_("seat given at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    ip_hash = models.CharField(_("client hash"), max_length=64, blank=True)
    # Kept when the registration is anonymised: computed indicators count distinct people.
    person_key = models.CharField(_("person key"), max_length=64, blank=True, db_index=True)
    walk_in = models.BooleanField(
        _("walk-in"), default=False, help_text=_("Added at the door by an organiser.")
    )
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            # The database, not application code, keeps one registration per person and event.
            models.UniqueConstraint(
                fields=["event_key", "email"], name="events_one_registration_per_email"
            )
        ]
        indexes = [models.Index(fields=["event_key", "status"])]
        permissions = [
            ("export_registrant_emails", _("Can export registrants' email addresses")),
        ]

    def __str__(self):
        return f"{self.full_name} ({self.created_at:%Y-%m-%d})"

    def save(self, *args, **kwargs):
        if self.anonymised_at is None:
            kwargs = keyed_address(self, kwargs)
        super().save(*args, **kwargs)

    @property
    def masked_email(self) -> str:
        return mask_email(self.email)


def private_storage():
    """STORAGES["private"]: files no URL serves (registration exports). A callable, so the
    storage is picked when used and migrations do not record its location."""
    from django.core.files.storage import storages

    return storages["private"]


class RegistrationExport(CsvExport):
    """A CSV file of one event's registrations, written by a background task with its progress
    recorded as it goes (cms/csv_exports.py); kept in private storage, downloadable only by
    whoever asked for it, deleted after SIGNATURE_EXPORT_DAYS."""

    event_key = models.UUIDField(_("event"), db_index=True)
    registration_status = models.CharField(
        _("registrations"), max_length=24, blank=True, choices=Registration.Status.choices
    )
    file = models.FileField(
        _("file"), storage=private_storage, upload_to="registration-exports/", blank=True
    )

    class Meta(CsvExport.Meta):
        verbose_name = _("registration export")
        verbose_name_plural = _("registration exports")


class SeatLock(models.Model):
    """One row per event whose registrations changed: every change of seats (confirming,
    approving, cancelling, promoting) locks it first (SELECT ... FOR UPDATE), so two of them never
    count the same free seat. The lock, not a check in Python, keeps the confirmed within the
    capacity."""

    event_key = models.UUIDField(primary_key=True)

    class Meta:
        verbose_name = _("seat lock")
        verbose_name_plural = _("seat locks")
