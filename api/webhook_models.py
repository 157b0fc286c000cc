"""Webhooks: other systems (the website, a chat bot) subscribe to events of the hub; every event
becomes one delivery per subscription, written in the transaction of the change and sent by a
background task with its attempts recorded (api/webhooks.py).

A subscription's secret signs what is sent to it, so the hub must be able to read it back: it is
stored encrypted with a key derived from SECRET_KEY (not hashed, as API tokens are), shown once
when it is made and never again.
"""

import base64
import ipaddress
import re
import secrets
import socket
import uuid
from typing import NamedTuple
from urllib.parse import urlsplit

import requests
from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class WebhookEvent(models.TextChoices):
    PAGE_PUBLISHED = "page.published", _("Page published")
    PAGE_UNPUBLISHED = "page.unpublished", _("Page unpublished")
    PAGE_DELETED = "page.deleted", _("Page deleted")
    SOCIAL_POST_APPROVED = "social_post.approved", _("Social post approved")
    PETITION_GOAL_REACHED = "petition.goal_reached", _("Petition reached its goal")


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


# --- where webhooks may go ---------------------------------------------------------------------

# Characters that URL parsers read differently: urllib3 (which requests uses) ends the host at a
# backslash where urlsplit does not, and urlsplit drops tabs and newlines. A URL with one is
# refused rather than read one way and sent another.
_AMBIGUOUS_CHARACTERS = re.compile(r"[\\\s\x00-\x1f\x7f-\x9f]")
DEFAULT_PORTS = {"http": 80, "https": 443}
# IPv6 addresses that carry an IPv4 address in their last 32 bits and reach it through a
# translator: IPv4-compatible, and NAT64's well-known and local-use prefixes.
_IPV4_IN_LAST_32_BITS = [
    ipaddress.ip_network(prefix) for prefix in ("::/96", "64:ff9b::/96", "64:ff9b:1::/48")
]


class Destination(NamedTuple):
    """Where a webhook URL sends, read as the HTTP client reads it, and the addresses its host
    resolved to when it was checked: the request goes to one of these and nowhere else."""

    scheme: str
    host: str  # lower case, IDNA-encoded, an IPv6 address without brackets
    port: int
    addresses: tuple[str, ...]


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.sixtofour is not None:
        return ip.sixtofour
    if any(ip in network for network in _IPV4_IN_LAST_32_BITS):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def _is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # an IPv6 zone (fe80::1%eth0) aside
    if ip.version == 6:
        if ip.ipv4_mapped is not None:
            return _is_public(str(ip.ipv4_mapped))  # the socket connects to that IPv4 address
        embedded = _embedded_ipv4(ip)
        if embedded is not None and not _is_public(str(embedded)):
            return False  # ::127.0.0.1, 2002:a00:7::, 64:ff9b::a00:7 reach non-public ones
    return ip.is_global and not ip.is_multicast


def _read_url(value: str) -> tuple[str, str, int]:
    """The scheme, host and port `value` sends to, as requests reads it; ValidationError if it is
    no URL for a webhook, whatever its host."""
    if _AMBIGUOUS_CHARACTERS.search(value):
        raise ValidationError(
            _(
                "The address may not contain spaces, control characters or backslashes (\\): "
                "programs read such an address differently."
            ),
            code="characters",
        )
    try:
        parts = urlsplit(value)
    except ValueError:  # brackets around something other than an IPv6 address
        raise ValidationError(_("Enter the address with its host name."), code="host") from None
    if parts.scheme not in ("http", "https"):
        raise ValidationError(_("Use an http:// or https:// address."), code="scheme")
    try:
        # The URL as requests will send it (IDNA, percent-decoding); its pool reads host and
        # port back out with urlsplit, as here.
        prepared = requests.PreparedRequest()
        prepared.prepare_url(value, None)
        sent = urlsplit(prepared.url)
        host, port = (sent.hostname or ""), (sent.port or DEFAULT_PORTS[parts.scheme])
    except (requests.RequestException, ValueError, UnicodeError):
        host, port, sent = "", 0, parts
    if "@" in parts.netloc or "@" in sent.netloc:
        raise ValidationError(
            _(
                "Leave the user name and password out of the address: the receiver checks the "
                "X-Tendik-Signature header instead."
            ),
            code="userinfo",
        )
    if not host:
        raise ValidationError(_("Enter the address with its host name."), code="host")
    return parts.scheme, host, port


def _addresses_of(host: str, port: int) -> tuple[str, ...]:
    """Every address `host` resolves to, in the resolver's order; OSError if none."""
    found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return tuple(dict.fromkeys(info[4][0] for info in found))


def webhook_destination(url: str) -> Destination:
    """Where a webhook to `url` may go now: its host resolved once and each address checked.
    In development any address; in production only public ones, unless WEBHOOK_ALLOWED_HOSTS
    lists the host. Checked before each attempt, since DNS changes; the attempt then connects to
    these addresses only, so an answer that changes in between (DNS rebinding) is never used."""
    scheme, host, port = _read_url(url)
    try:
        addresses = _addresses_of(host, port)
    except (OSError, UnicodeError, ValueError):
        raise ValidationError(
            _("%(host)s could not be resolved."), code="unresolved", params={"host": host}
        ) from None
    if settings.PRODUCTION and host not in settings.WEBHOOK_ALLOWED_HOSTS:
        private = sorted(address for address in addresses if not _is_public(address))
        if private:
            # The hub must not become a way into the network it runs in.
            raise ValidationError(
                _(
                    "%(host)s is a private or local address (%(addresses)s). Webhooks go only "
                    "to public addresses, unless the server's WEBHOOK_ALLOWED_HOSTS setting "
                    "lists it."
                ),
                code="private",
                params={"host": host, "addresses": ", ".join(private)},
            )
    return Destination(scheme, host, port, addresses)


def validate_webhook_url(value: str) -> None:
    """http or https, with no user name, password or characters that parsers read differently.
    In development any host (a receiver on 127.0.0.1 is how one tests); in production only
    hosts on public addresses, unless WEBHOOK_ALLOWED_HOSTS lists them."""
    if settings.PRODUCTION:
        webhook_destination(value)
    else:
        _read_url(value)


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
