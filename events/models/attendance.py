"""What happens at the event: who was checked in on which day.

Attendance belongs to a registration (so to every language version of the event); walk-ins are
registrations an organiser adds at the door. Who counts as an attendee is the event's rule
(`EventPage.attendance_rule`), applied in events/attendance.py.
"""

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
