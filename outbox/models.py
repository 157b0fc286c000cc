"""Messages to other systems, written in the same transaction as the change that causes them
and delivered afterwards by a task (outbox/delivery.py), so a mail server being down loses
nothing: the row stays and is retried with back-off."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class OutgoingEmail(models.Model):
    """One email to send. Either stored whole (subject, text, html), or *composed*: `kind` names
    a composer (outbox/composers.py) that writes it from `context` when it is sent, so links that
    act for the recipient (confirmation tokens) never rest in the database. Once sent, the row
    keeps neither body nor address."""

    to = models.EmailField(_("to"), max_length=254, blank=True)
    subject = models.CharField(_("subject"), max_length=300, blank=True)
    text = models.TextField(_("plain text"), blank=True)
    html = models.TextField(_("HTML"), blank=True)
    kind = models.CharField(_("kind"), max_length=100, blank=True)
    context = models.JSONField(_("context"), default=dict, blank=True)
    # What the email is about (e.g. a signature), so it can be forgotten with it.
    about_type = models.CharField(_("about (type)"), max_length=100, blank=True)
    about_id = models.BigIntegerField(_("about (id)"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt at"), default=timezone.now)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("outgoing email")
        verbose_name_plural = _("outgoing emails")
        indexes = [
            models.Index(
                fields=["next_attempt_at"],
                condition=models.Q(sent_at__isnull=True),
                name="outbox_email_due",
            ),
            models.Index(fields=["about_type", "about_id"], name="outbox_email_about"),
        ]

    def __str__(self):
        # Never the address: it is personal data and this shows up in logs and the admin.
        return f"{self.subject or self.kind} ({self.pk})"


class DeliveryLicence(models.Model):
    """Which database may deliver (outbox/licence.py): one row, naming the database it was
    granted in. A dump restored elsewhere carries the row but is another database, so its
    emails and webhooks wait until an operator runs `manage.py allow_delivery` there."""

    database = models.CharField(_("database"), max_length=300)
    granted_at = models.DateTimeField(_("granted at"), default=timezone.now)

    class Meta:
        verbose_name = _("delivery licence")
        verbose_name_plural = _("delivery licences")

    def __str__(self):
        return self.database
