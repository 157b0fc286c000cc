"""The webhook models: subscriptions, their deliveries and each delivery's attempts
(api/webhooks/delivery.py makes them), and the petitions whose goal was announced. Registered
with the api app through api/models.py.

A subscription's secret signs what is sent to it, so the hub must be able to read it back: it is
stored encrypted with a key derived from SECRET_KEY (not hashed, as API tokens are), shown once
when it is made and never again.
"""

import base64
import secrets
import uuid

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django import forms
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from api.webhooks.destinations import validate_webhook_url


class WebhookEvent(models.TextChoices):
    PAGE_PUBLISHED = "page.published", _("Page published")
    PAGE_UNPUBLISHED = "page.unpublished", _("Page unpublished")
    PAGE_DELETED = "page.deleted", _("Page deleted")
    SOCIAL_POST_APPROVED = "social_post.approved", _("Social post approved")
    PETITION_GOAL_REACHED = "petition.goal_reached", _("Petition reached its goal")
    EVENT_PUBLISHED = "event.published", _("Event published")
    EVENT_CANCELLED = "event.cancelled", _("Event cancelled")
    EVENT_REGISTRATION_CHANGED = (
        "event.registration_changed",
        _("Event registration state changed (open, waiting list, full, closed)"),
    )
    CONTRIBUTION_PUBLISHED = (
        "contribution.published",
        _("Contribution to a consultation published"),
    )


# --- the secret at rest ------------------------------------------------------------------------


def _fernet_key(secret_key: str) -> bytes:
    # A key of its own for this purpose, so the ciphertext says nothing about SECRET_KEY and
    # SECRET_KEY's other uses (sessions, signing) say nothing about the webhook secrets.
    derived = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=b"tendik", info=b"webhook subscription secret"
    ).derive(secret_key.encode())
    return base64.urlsafe_b64encode(derived)


def _secret_cipher() -> MultiFernet:
    """Encrypts with SECRET_KEY; also decrypts what was encrypted with a key in
    SECRET_KEY_FALLBACKS, so rotating SECRET_KEY does not lose the secrets."""
    keys = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    return MultiFernet([Fernet(_fernet_key(key)) for key in keys])


# --- models ------------------------------------------------------------------------------------


class EventListField(models.JSONField):
    """A list of event names, chosen with checkboxes."""

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=WebhookEvent.choices,
            widget=forms.CheckboxSelectMultiple,
            label=capfirst(self.verbose_name),
            help_text=self.help_text,
            required=not self.blank,
        )


class WebhookSubscription(models.Model):
    name = models.CharField(
        pgettext_lazy("name of a thing", "name"),
        max_length=100,
        help_text=_("Who receives these events, e.g. “Website”."),
    )
    url = models.URLField(
        _("URL"),
        max_length=500,
        validators=[validate_webhook_url],
        help_text=_("Where events are sent, as a JSON POST."),
    )
    events = EventListField(_("events"), default=list)
    is_active = models.BooleanField(
        _("active"), default=True, help_text=_("An inactive subscription gets no new events.")
    )
    # Fernet ciphertext (see `_secret_cipher`); the plain secret exists only in the response
    # that shows it once, and in memory while a delivery is signed.
    secret_encrypted = models.TextField(_("encrypted secret"), editable=False)
    secret_created_at = models.DateTimeField(_("secret made at"), null=True, editable=False)
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("webhook")
        verbose_name_plural = _("webhooks")
        ordering = ["name", "pk"]

    def __str__(self):
        return self.name

    def set_new_secret(self) -> str:
        """Gives the subscription a new random secret (the old one stops working once this is
        saved) and returns it: the only time it is available in plain text."""
        secret = secrets.token_urlsafe(32)
        self.secret_encrypted = _secret_cipher().encrypt(secret.encode()).decode()
        self.secret_created_at = timezone.now()
        return secret

    def read_secret(self) -> str:
        """The plain secret, for signing; raises cryptography's InvalidToken if neither
        SECRET_KEY nor SECRET_KEY_FALLBACKS can decrypt it."""
        return _secret_cipher().decrypt(self.secret_encrypted.encode()).decode()

    def reencrypt_secret(self) -> bool:
        """Re-encrypts the secret with the current SECRET_KEY if it was encrypted with a
        fallback key, so the fallback can be dropped later; says whether it changed."""
        if not getattr(settings, "SECRET_KEY_FALLBACKS", []):
            return False
        try:
            Fernet(_fernet_key(settings.SECRET_KEY)).decrypt(self.secret_encrypted.encode())
            return False
        except InvalidToken:
            rotated = _secret_cipher().rotate(self.secret_encrypted.encode()).decode()
        changed = WebhookSubscription.objects.filter(
            pk=self.pk, secret_encrypted=self.secret_encrypted
        ).update(secret_encrypted=rotated)
        self.secret_encrypted = rotated
        return bool(changed)

    def get_events_display(self) -> str:
        labels = dict(WebhookEvent.choices)
        return ", ".join(str(labels.get(event, event)) for event in self.events)

    get_events_display.short_description = _("events")


class WebhookDelivery(models.Model):
    """One event for one subscription: the exact JSON body sent, and where its delivery
    stands. Attempts continue with back-off for 24 hours after the event (or after an admin's
    "redeliver"), then the delivery is dead."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        DELIVERED = "delivered", _("Delivered")
        DEAD = "dead", _("Dead")

    # What receivers see as X-Tendik-Delivery and `delivery_id`: the same on every attempt,
    # so a receiver can tell a repeat from a new event.
    uuid = models.UUIDField(_("delivery ID"), default=uuid.uuid4, unique=True, editable=False)
    subscription = models.ForeignKey(
        WebhookSubscription,
        verbose_name=_("webhook"),
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    event = models.CharField(_("event"), max_length=32, choices=WebhookEvent.choices)
    payload = models.TextField(_("payload"))
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    # The 24 hours of retries count from here: the event, or the last "redeliver".
    round_started_at = models.DateTimeField(_("attempts started at"), default=timezone.now)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt at"), default=timezone.now)
    delivered_at = models.DateTimeField(_("delivered at"), null=True, blank=True)
    last_status_code = models.PositiveSmallIntegerField(_("last response"), null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=100, blank=True)

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(
                fields=["next_attempt_at"],
                condition=models.Q(status="pending"),
                name="api_webhook_delivery_due",
            ),
            models.Index(fields=["status", "-created_at"], name="api_webhook_delivery_status"),
        ]

    def __str__(self):
        return f"{self.event} → {self.subscription_id} ({self.uuid})"


class WebhookAttempt(models.Model):
    """One HTTP request of a delivery and what came back. Written as the request starts, so
    an attempt whose worker was stopped mid-way still shows (without a result)."""

    delivery = models.ForeignKey(
        WebhookDelivery,
        verbose_name=_("delivery"),
        on_delete=models.CASCADE,
        related_name="attempt_log",
    )
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    duration_ms = models.PositiveIntegerField(_("duration (ms)"), null=True, blank=True)
    status_code = models.PositiveSmallIntegerField(_("response status"), null=True, blank=True)
    response_body = models.TextField(_("response (start)"), blank=True)
    # The exception's class only (ConnectionError, ReadTimeout …), never its message.
    error = models.CharField(_("error"), max_length=100, blank=True)
    succeeded = models.BooleanField(_("succeeded"), default=False)

    class Meta:
        verbose_name = _("webhook attempt")
        verbose_name_plural = _("webhook attempts")
        ordering = ["started_at", "pk"]

    def __str__(self):
        return f"{self.delivery_id} @ {self.started_at:%Y-%m-%d %H:%M:%S}"


class PetitionGoalReached(models.Model):
    """That a petition (all its language versions) reached its signature goal: the
    petition.goal_reached event is sent once, even if the count drops and rises again."""

    petition_key = models.UUIDField(_("petition"), unique=True)
    goal = models.PositiveIntegerField(_("signature goal"))
    signature_count = models.PositiveIntegerField(_("signatures"))
    reached_at = models.DateTimeField(_("reached at"), default=timezone.now)

    class Meta:
        verbose_name = _("reached petition goal")
        verbose_name_plural = _("reached petition goals")

    def __str__(self):
        return f"{self.petition_key}: {self.signature_count}/{self.goal}"


class EventAnnouncement(models.Model):
    """What webhooks last said about an event (all its language versions): its registration
    state, so event.registration_changed goes out when the state a reader sees changes (not
    at every seat), and whether event.cancelled went out, so it goes once."""

    event_key = models.UUIDField(_("event"), primary_key=True)
    registration_state = models.CharField(_("registration state"), max_length=16, blank=True)
    cancelled_at = models.DateTimeField(_("cancellation announced at"), null=True, blank=True)

    class Meta:
        verbose_name = _("event announcement")
        verbose_name_plural = _("event announcements")

    def __str__(self):
        return f"{self.event_key}: {self.registration_state}"
