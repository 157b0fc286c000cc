"""Sending webhooks: an event becomes a `WebhookDelivery` per subscription in the transaction of
the change that caused it (`emit`), and a background task POSTs it once that commits.

- The body is signed: `X-Tendik-Signature: t=<unix time>,v1=<hex HMAC-SHA256 of "<t>.<body>"
  keyed with the subscription's secret>`; `X-Tendik-Event` and `X-Tendik-Delivery` say what it
  is. Only a 2xx answer counts; redirects are not followed.
- Each attempt resolves the host once, checks every address and connects only to those
  (api/webhooks/destinations.py); of the answer it keeps the start, reading no more than that.
- A failed attempt is retried 30 s later, then after 1, 2, 4 … minutes, at most an hour apart,
  for 24 hours; then the delivery is dead. An admin may redeliver it (same body and delivery id,
  another 24 hours).
- Before each request the next attempt is already booked, so a worker stopped mid-request
  loses nothing: the booked attempt runs when its time comes.
"""

import hashlib
import hmac
import json
import logging
import os
import time
from datetime import timedelta

import requests
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from urllib3.exceptions import HTTPError as Urllib3Error
from wagtail.log_actions import log

from api.page_types import type_name
from api.public_pages import front_end_path, front_end_url
from api.webhooks import deliver_webhook
from api.webhooks.destinations import CheckedAddressAdapter, host_header, webhook_destination
from api.webhooks.models import WebhookAttempt, WebhookDelivery, WebhookSubscription
from cms.languages import local_iso_time
from outbox.enqueueing import enqueue_with_transaction
from outbox.licence import delivery_allowed

logger = logging.getLogger(__name__)

FIRST_RETRY = timedelta(seconds=30)
LONGEST_RETRY = timedelta(hours=1)
RETRY_WINDOW = timedelta(hours=24)
REQUEST_TIMEOUT_SECONDS = 10
RESPONSE_BODY_KEPT = 2_000  # characters of a response kept for the admin
RESPONSE_BYTES_READ = RESPONSE_BODY_KEPT * 4  # as many bytes as those characters take in UTF-8
USER_AGENT = "Tendik-Webhooks/1.0"


# --- writing ------------------------------------------------------------------------------------


def emit(event: str, data: dict) -> list[WebhookDelivery]:
    """Writes a delivery of `event` for every active subscription to it, in the caller's
    transaction; each is sent by a task once that transaction commits."""
    subscriptions = [
        subscription
        for subscription in WebhookSubscription.objects.filter(is_active=True)
        if event in subscription.events
    ]
    if not subscriptions:
        return []
    now = timezone.now()
    deliveries = []
    for subscription in subscriptions:
        delivery = WebhookDelivery(
            subscription=subscription,
            event=event,
            created_at=now,
            round_started_at=now,
            next_attempt_at=now,
        )
        body = {
            "event": event,
            "delivery_id": str(delivery.uuid),
            "occurred_at": local_iso_time(now, timespec="seconds"),
            "data": data,
        }
        delivery.payload = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
        deliveries.append(delivery)
    with transaction.atomic():
        for delivery in deliveries:
            delivery.save()
            _queue_attempt(delivery.pk)
    return deliveries


def _queue_attempt(delivery_id: int, when=None) -> None:
    """Queues an attempt, for `when` if given, with the current transaction (outbox/enqueueing.py)."""
    enqueue_with_transaction(deliver_webhook, delivery_id, run_after=when)


def page_data(page) -> dict:
    """What every event about a page says about it: enough for a website to revalidate
    exactly its path in its language, and to fetch it from the API."""
    return {
        "id": page.pk,
        "translation_key": str(page.translation_key),
        "locale": page.locale.language_code,
        "type": type_name(page.specific_class),
        "title": page.title,
        "path": front_end_path(page),
        "url": front_end_url(page),
        "api_url": reverse("api:page-detail", args=[page.pk]),
    }


# --- signing ------------------------------------------------------------------------------------


def signature(secret: str, timestamp: int, body: bytes) -> str:
    """The X-Tendik-Signature header for `body` sent at `timestamp` (Unix seconds)."""
    signed = f"{timestamp}.".encode() + body
    digest = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={digest}"


# --- delivering ---------------------------------------------------------------------------------


def retry_delay(failed_attempts: int) -> timedelta:
    """30 s after the first failure, doubling, at most an hour."""
    return min(FIRST_RETRY * 2 ** max(failed_attempts - 1, 0), LONGEST_RETRY)


def attempt_delivery(delivery_id: int) -> bool:
    """The delivery's next attempt, if it is due (what the `deliver_webhook` task runs); says
    whether it was delivered. A restored copy of the database makes none until an operator
    allows it (outbox/licence.py)."""
    if not delivery_allowed():
        return False
    started = timezone.now()
    with transaction.atomic():
        delivery = (
            WebhookDelivery.objects.select_for_update(skip_locked=True)
            .select_related("subscription")
            .filter(
                pk=delivery_id,
                status=WebhookDelivery.Status.PENDING,
                next_attempt_at__lte=started,
            )
            .first()
        )
        if delivery is None:
            return False  # delivered, dead, not due yet (a stale task), or another worker has it
        deadline = delivery.round_started_at + RETRY_WINDOW
        delivery.attempts += 1
        # Book the next attempt before making this one: if this process stops mid-request,
        # that attempt still happens. Within the 24 hours the last one falls on their end.
        next_attempt = started + retry_delay(delivery.attempts)
        delivery.next_attempt_at = (
            min(next_attempt, deadline) if started < deadline else next_attempt
        )
        delivery.save(update_fields=["attempts", "next_attempt_at"])
        attempt = WebhookAttempt.objects.create(delivery=delivery, started_at=started)
        _queue_attempt(delivery.pk, delivery.next_attempt_at)

    outcome = _post(delivery)
    finished = timezone.now()
    delivered = outcome["succeeded"]
    with transaction.atomic():
        WebhookAttempt.objects.filter(pk=attempt.pk).update(finished_at=finished, **outcome)
        # Only if no "redeliver" started a new round meanwhile.
        this_round = WebhookDelivery.objects.filter(
            pk=delivery.pk, round_started_at=delivery.round_started_at
        )
        summary = {"last_status_code": outcome["status_code"], "last_error": outcome["error"]}
        if delivered:
            this_round.update(
                status=WebhookDelivery.Status.DELIVERED, delivered_at=finished, **summary
            )
        elif started >= deadline:
            this_round.update(status=WebhookDelivery.Status.DEAD, **summary)
            logger.warning(
                "Webhook delivery %s (subscription %s) is dead after %s attempts",
                delivery.uuid,
                delivery.subscription_id,
                delivery.attempts,
            )
        else:
            this_round.update(**summary)
    return delivered


def _start_of_body(response: requests.Response) -> str:
    """The start of the answer, for the admin: at most RESPONSE_BYTES_READ bytes taken from the
    socket, for at most REQUEST_TIMEOUT_SECONDS, however long or slowly the receiver sends."""
    start = b""
    deadline = time.monotonic() + REQUEST_TIMEOUT_SECONDS
    try:
        while len(start) < RESPONSE_BYTES_READ and time.monotonic() < deadline:
            # read1: what has arrived, without waiting for the rest (a body may trickle in).
            # Never decompressed (Accept-Encoding: identity): a compression bomb stays small.
            piece = response.raw.read1(RESPONSE_BYTES_READ - len(start), decode_content=False)
            if not piece:
                break
            start += piece
    except (Urllib3Error, OSError):
        pass  # the status line, which is what counts, has arrived; the body is only shown
    # PostgreSQL's text cannot hold NUL.
    return start.decode("utf-8", "replace")[:RESPONSE_BODY_KEPT].replace("\x00", "\ufffd")


def _post(delivery: WebhookDelivery) -> dict:
    """One HTTP request; what it came to, as WebhookAttempt fields."""
    subscription = delivery.subscription
    outcome = {
        "succeeded": False,
        "status_code": None,
        "response_body": "",
        "error": "",
        "duration_ms": 0,
    }
    clock = time.monotonic()
    try:
        try:
            destination = webhook_destination(subscription.url)
        except ValidationError as refusal:
            unresolved = refusal.code == "unresolved"
            outcome["error"] = "NameResolutionError" if unresolved else "DestinationNotAllowed"
            return outcome
        secret = subscription.read_secret()
        subscription.reencrypt_secret()
        body = delivery.payload.encode()
        headers = {
            "Host": host_header(destination),
            "Accept-Encoding": "identity",
            "Content-Type": "application/json; charset=utf-8",
            "User-Agent": USER_AGENT,
            "X-Tendik-Event": delivery.event,
            "X-Tendik-Delivery": str(delivery.uuid),
            "X-Tendik-Signature": signature(secret, int(time.time()), body),
        }
        with requests.Session() as session:
            # No proxy or .netrc from the environment: the request goes as checked, or not at all.
            # The certificate authorities it names for requests still count, as they did.
            session.trust_env = False
            verify = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE")
            adapter = CheckedAddressAdapter(destination)
            session.mount("http://", adapter)
            session.mount("https://", adapter)
            with session.post(
                subscription.url,
                data=body,
                headers=headers,
                timeout=REQUEST_TIMEOUT_SECONDS,
                verify=verify or True,
                allow_redirects=False,
                stream=True,  # read only the start of an answer, however long it is
            ) as response:
                outcome["status_code"] = response.status_code
                outcome["response_body"] = _start_of_body(response)
                outcome["succeeded"] = 200 <= response.status_code < 300
    except Exception as error:  # noqa: BLE001 - whatever went wrong, the attempt failed
        # The class only: a message may quote the URL, with whatever credentials it holds.
        outcome["error"] = type(error).__name__[:100]
    finally:
        outcome["duration_ms"] = round((time.monotonic() - clock) * 1000)
    return outcome


def deliver_due(limit: int = 500) -> tuple[int, int]:
    """Makes the attempts that are due; returns (delivered, still failing). For queues that
    cannot defer a task, and for tests."""
    due = list(
        WebhookDelivery.objects.filter(
            status=WebhookDelivery.Status.PENDING, next_attempt_at__lte=timezone.now()
        )
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[:limit]
    )
    delivered = sum(1 for pk in due if deliver_webhook.call(pk))
    return delivered, len(due) - delivered


# --- what admins do -----------------------------------------------------------------------------


def pretty_payload(delivery: WebhookDelivery) -> str:
    """The body as sent, indented for reading."""
    try:
        return json.dumps(json.loads(delivery.payload), ensure_ascii=False, indent=2)
    except ValueError:
        return delivery.payload


def redeliver(delivery: WebhookDelivery, *, user=None) -> None:
    """Sends the same body (same delivery id) again, starting a new 24-hour round of attempts;
    the attempts made so far stay on record."""
    now = timezone.now()
    with transaction.atomic():
        WebhookDelivery.objects.filter(pk=delivery.pk).update(
            status=WebhookDelivery.Status.PENDING,
            round_started_at=now,
            next_attempt_at=now,
            attempts=0,
            delivered_at=None,
        )
        log(instance=delivery, action="tendik.webhooks.redeliver", user=user)
        _queue_attempt(delivery.pk)


def rotate_secret(subscription: WebhookSubscription, *, user=None) -> str:
    """Replaces the subscription's secret at once and returns the new one, to be shown once."""
    with transaction.atomic():
        secret = subscription.set_new_secret()
        subscription.save(update_fields=["secret_encrypted", "secret_created_at"])
        log(instance=subscription, action="tendik.webhooks.rotate_secret", user=user)
    return secret
