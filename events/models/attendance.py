"""What happens at and after the event: who was checked in on which day, and certificates.

Attendance belongs to a registration (so to every language version of the event); walk-ins are
registrations an organiser adds at the door. Who counts as an attendee is the event's rule
(`EventPage.attendance_rule`), applied in events/attendance.py.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.models.registration import Registration


class Attendance(models.Model):
    """One person present on one day of the event. Undoing a check-in deletes the row (the
    page's history keeps who did what)."""

    registration = models.ForeignKey(
        Registration,
        verbose_name=_("registration"),
        on_delete=models.CASCADE,
        related_name="attendances",
    )
    day = models.DateField(_("day"))
    checked_in_at = models.DateTimeField(_("checked in at"), default=timezone.now)
    checked_in_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("checked in by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendances")
        constraints = [
            # Two organisers scanning the same person at once still make one row.
            models.UniqueConstraint(fields=["registration", "day"], name="events_attendance_once")
        ]

    def __str__(self):
        return f"{self.registration_id} @ {self.day}"


def new_certificate_code() -> str:
    """Twelve letters and digits a person can read out and type (no 0/O, 1/I): 60 bits, so
    guessing a valid one is hopeless; grouped by four."""
    alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    raw = "".join(secrets.choice(alphabet) for _ in range(12))
    return "-".join(raw[i : i + 4] for i in range(0, 12, 4))


class Certificate(models.Model):
    """An attendee's certificate, in their language. One per registration, kept by the database:
    issuing again, or resuming after a crash, never makes or sends a second one.

    It records what it certifies (name, event title in its language, dates, hours) when issued,
    so the public verification keeps working after registrant data is erased or the event
    page changes."""

    registration = models.OneToOneField(
        Registration,
        verbose_name=_("registration"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="certificate",
    )
    event_key = models.UUIDField(_("event"), db_index=True)
    code = models.CharField(
        _("verification code"), max_length=20, unique=True, default=new_certificate_code
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    full_name = models.CharField(_("full name"), max_length=200)
    event_title = models.CharField(_("event"), max_length=255)
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("to"))
    hours = models.PositiveSmallIntegerField(_("hours"), null=True, blank=True)
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["full_name", "pk"]

    def __str__(self):
        return self.code

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None


class CertificateRun(models.Model):
    """One press of *Issue certificates*: a background task goes through the attendees and
    records its progress here, so the organiser's screen can show it."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Being issued")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    event_key = models.UUIDField(_("event"), db_index=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.QUEUED
    )
    rows_total = models.PositiveIntegerField(_("attendees"), default=0)
    rows_done = models.PositiveIntegerField(_("done"), default=0)
    issued = models.PositiveIntegerField(_("new certificates"), default=0)
    created_at = models.DateTimeField(_("requested at"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("certificate run")
        verbose_name_plural = _("certificate runs")
        ordering = ["-created_at"]

    @property
    def percent(self) -> int:
        if self.status == self.Status.DONE:
            return 100
        return round(self.rows_done * 100 / self.rows_total) if self.rows_total else 0
