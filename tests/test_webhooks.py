"""Webhooks end to end: events from the real actions (publish, unpublish, delete, approve a social
post, a petition reaching its goal) delivered to a real HTTP receiver on 127.0.0.1, signed,
retried with back-off, dead after 24 hours, redelivered from the admin; on PostgreSQL through
separately started `db_worker` processes, stopped and started again."""

import hashlib
import hmac
import itertools
import json
import re
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from cryptography import x509
from cryptography.fernet import InvalidToken
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from django.core import mail
from django.db import connection, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.actions.delete_page import DeletePageAction
from wagtail.actions.unpublish_page import UnpublishPageAction

from api.webhooks import deliver_webhook
from api.webhooks.delivery import deliver_due
from api.webhooks.models import (
    PetitionGoalReached,
    WebhookAttempt,
    WebhookDelivery,
    WebhookEvent,
    WebhookSubscription,
)
from campaigns import petition_editing, social
from campaigns.models import PetitionPage, SocialPost
from tests.conftest import free_port, publish, translate
from tests.factories import (
    AnalyticalArticlePageFactory,
    PetitionPageFactory,
    SocialPostFactory,
)
from tests.test_signing_delivery import sign
from tests.test_task_worker import PROJECT, run_worker

Status = WebhookDelivery.Status


# --- a receiver, as a website would run one ------------------------------------------------------


class Receiver:
    """An HTTP server on 127.0.0.1 (or `host`, `port`) that answers 500 to its first `failures`
    requests, then checks each request's signature with `secret` (answering 200, or 401 when it
    does not match). With `hang_first`, the first request gets no answer until `release` is set.
    With `body`, an iterable of byte strings, it answers with those, as long as the sender reads.
    With `tls` (a server-side ssl.SSLContext) it speaks https.
    """

    def __init__(
        self,
        *,
        failures=0,
        secret="",
        hang_first=False,
        status=200,
        headers=None,
        body=None,
        host="127.0.0.1",
        port=0,
        tls=None,
    ):
        self.failures = failures
        self.secret = secret
        self.hang_first = hang_first
        self.status = status
        self.extra_headers = headers or {}
        self.body = body
        self.requests = []  # (headers, body, status answered)
        self.accepted = []  # bodies (parsed) whose signature held
        self.body_bytes_sent = 0  # of `body`
        self.hung_up_on = False  # the sender closed the connection before `body` was all sent
        self.first_arrived = threading.Event()
        self.answered = threading.Event()  # the last answer is over
        self.release = threading.Event()
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.answer(self, dict(self.headers), body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer((host, port), Handler)
        self.server.daemon_threads = True
        if tls is not None:
            self.server.socket = tls.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_address[1]
        self.url = f"{'https' if tls else 'http'}://{host}:{self.port}/revalidate"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def answer(self, handler, headers, body):
        with self.lock:
            number = len(self.requests) + 1
            if number <= self.failures:
                status = 500
            elif self.signature_holds(headers, body):
                status = self.status
                self.accepted.append(json.loads(body))
            else:
                status = 401
            self.requests.append((headers, body, status))
        if number == 1 and self.hang_first:
            self.first_arrived.set()
            self.release.wait(30)
            return  # no answer at all: the sender's worker was stopped meanwhile
        handler.send_response(status)
        for name, value in self.extra_headers.items():
            handler.send_header(name, value)
        handler.end_headers()
        if self.body is None:
            handler.wfile.write(b"ok" if status == 200 else b"temporarily broken")
        else:
            self.send_body(handler)
        self.answered.set()

    def send_body(self, handler):
        handler.close_connection = True
        try:
            for piece in self.body:
                handler.wfile.write(piece)
                self.body_bytes_sent += len(piece)
        except OSError:  # broken pipe, connection reset
            self.hung_up_on = True

    def signature_holds(self, headers, body):
        """What frontend_contract/README.md tells a receiver to do."""
        parts = dict(item.split("=", 1) for item in headers["X-Tendik-Signature"].split(","))
        timestamp = int(parts["t"])
        expected = hmac.new(
            self.secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256
        ).hexdigest()
        fresh = abs(time.time() - timestamp) <= 300
        return fresh and hmac.compare_digest(expected, parts["v1"])

    @property
    def statuses(self):
        return [status for _headers, _body, status in self.requests]

    def stop(self):
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receivers():
    started = []

    def start(**options):
        receiver = Receiver(**options)
        started.append(receiver)
        return receiver

    yield start
    for receiver in started:
        receiver.stop()


def subscribe(receiver, events=tuple(WebhookEvent.values), name="Website", url=None):
    subscription = WebhookSubscription(name=name, url=url or receiver.url, events=list(events))
    receiver.secret = subscription.set_new_secret()
    subscription.full_clean()
    subscription.save()
    return subscription


def time_passes(delta):
    """As if `delta` had passed: every delivery's times, and every queued task's, move back."""
    WebhookDelivery.objects.update(
        created_at=F("created_at") - delta,
        round_started_at=F("round_started_at") - delta,
        next_attempt_at=F("next_attempt_at") - delta,
    )
    WebhookAttempt.objects.update(started_at=F("started_at") - delta)
    DBTaskResult.objects.filter(run_after__isnull=False).update(run_after=F("run_after") - delta)


def until_due(delivery):
    delivery.refresh_from_db()
    return max(delivery.next_attempt_at - timezone.now(), timedelta(0)) + timedelta(seconds=1)


def delivered_events(receiver):
    return [body["event"] for body in receiver.accepted]


@pytest.fixture
def admin_client(client, django_user_model):
    admin = django_user_model.objects.create_superuser("root", "root@tendik.kz", "x")
    client.force_login(admin)
    return client


# --- delivery, retries, death and redelivery (immediate task backend) ----------------------------


@pytest.mark.django_db
def test_a_webhook_is_delivered_exactly_once_after_three_failures_with_a_valid_signature(
    receivers, article_index, django_capture_on_commit_callbacks
):
    receiver = receivers(failures=3)
    subscribe(receiver, [WebhookEvent.PAGE_PUBLISHED])
    with django_capture_on_commit_callbacks(execute=True):
        publish(article_index)
    delivery = WebhookDelivery.objects.get()
    assert receiver.statuses == [500]

    # 30 s after the first failure, then 1 and 2 minutes.
    for expected_wait in (30, 60, 120):
        last = delivery.attempt_log.last()
        delivery.refresh_from_db()
        assert delivery.next_attempt_at - last.started_at == timedelta(seconds=expected_wait)
        time_passes(until_due(delivery))
        deliver_due()

    assert receiver.statuses == [500, 500, 500, 200]
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == (
        Status.DELIVERED,
        4,
        200,
    )
    (body,) = receiver.accepted
    assert body["event"] == "page.published" and body["delivery_id"] == str(delivery.uuid)
    # Every attempt is the same delivery, byte for byte, so a receiver can tell repeats.
    assert {headers["X-Tendik-Delivery"] for headers, _body, _status in receiver.requests} == {
        str(delivery.uuid)
    }
    assert {payload for _headers, payload, _status in receiver.requests} == {
        delivery.payload.encode()
    }
    headers = receiver.requests[-1][0]
    assert headers["X-Tendik-Event"] == "page.published"
    assert headers["Content-Type"] == "application/json; charset=utf-8"
    attempts = list(delivery.attempt_log.values_list("status_code", "succeeded", "response_body"))
    assert attempts == [(500, False, "temporarily broken")] * 3 + [(200, True, "ok")]
    assert all(attempt.duration_ms is not None for attempt in delivery.attempt_log.all())

    # Nothing more is sent, however much time passes.
    time_passes(timedelta(days=2))
    assert deliver_due() == (0, 0)
    assert len(receiver.requests) == 4


@pytest.mark.django_db
def test_a_receiver_down_for_more_than_a_day_leaves_the_delivery_dead_and_visible(
    receivers, article_index, admin_client, django_capture_on_commit_callbacks
):
    down = receivers()
    subscription = subscribe(down, [WebhookEvent.PAGE_PUBLISHED])
    # Nothing listens on that port: every attempt is refused.
    WebhookSubscription.objects.filter(pk=subscription.pk).update(
        url=f"http://127.0.0.1:{free_port()}/revalidate"
    )
    with django_capture_on_commit_callbacks(execute=True):
        publish(article_index)
    delivery = WebhookDelivery.objects.get()
    waits = []
    while delivery.status == Status.PENDING:
        wait = until_due(delivery)
        waits.append(round((wait - timedelta(seconds=1)).total_seconds()))
        time_passes(wait)
        deliver_due()
        delivery.refresh_from_db()
    # 30 s doubling to an hour apart, the last attempt when the 24 hours are up.
    assert waits[:8] == [30, 60, 120, 240, 480, 960, 1920, 3600]
    assert max(waits) == 3600
    started = list(delivery.attempt_log.values_list("started_at", flat=True))
    assert started[-1] - delivery.round_started_at >= timedelta(hours=24)
    assert started[-2] - delivery.round_started_at < timedelta(hours=24)
    assert delivery.status == Status.DEAD and delivery.attempts == len(started) == 31
    assert set(delivery.attempt_log.values_list("error", flat=True)) == {"ConnectionError"}
    assert delivery.last_error == "ConnectionError"

    listing = admin_client.get(reverse("webhook_deliveries:index"), {"status": "dead"})
    assert listing.status_code == 200
    assert 'data-delivery-status="dead"' in listing.content.decode()
    delivered_only = admin_client.get(reverse("webhook_deliveries:index"), {"status": "delivered"})
    assert 'data-delivery-status="dead"' not in delivered_only.content.decode()
    detail = admin_client.get(reverse("webhook_deliveries:inspect", args=[delivery.pk]))
    html = detail.content.decode()
    assert 'class="help-block help-critical" role="alert" data-delivery-status="dead"' in html
    assert html.count("<tr data-attempt>") == 31 and "ConnectionError" in html
    assert "/ru/analitika/" in html  # the payload

    # The receiver is back; an admin redelivers: the same body, a new round, delivered.
    up = receivers(secret=down.secret)
    WebhookSubscription.objects.filter(pk=subscription.pk).update(url=up.url)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(reverse("webhook_deliveries:redeliver", args=[delivery.pk]))
    assert response.status_code == 302
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (Status.DELIVERED, 1)
    assert up.accepted == [json.loads(delivery.payload)]
    assert delivery.attempt_log.count() == 32  # the dead round stays on record
    assert (
        admin_client.get(reverse("webhook_deliveries:redeliver", args=[delivery.pk])).status_code
        == 405
    )
    missing = reverse("webhook_deliveries:redeliver", args=[999999])
    assert admin_client.post(missing, follow=True).status_code == 404


@pytest.mark.django_db
def test_only_a_2xx_answer_counts_and_redirects_are_not_followed(
    receivers, article_index, django_capture_on_commit_callbacks
):
    elsewhere = receivers()
    moved = receivers(status=301, headers={"Location": elsewhere.url})
    subscribe(moved, [WebhookEvent.PAGE_PUBLISHED])
    with django_capture_on_commit_callbacks(execute=True):
        publish(article_index)
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.last_status_code) == (Status.PENDING, 301)
    assert elsewhere.requests == []


@pytest.mark.django_db
def test_in_production_a_webhook_never_goes_to_a_private_address(
    settings, receivers, article_index, django_capture_on_commit_callbacks
):
    receiver = receivers()
    subscribe(receiver, [WebhookEvent.PAGE_PUBLISHED])  # made in development
    settings.PRODUCTION = True
    with django_capture_on_commit_callbacks(execute=True):
        publish(article_index)
    assert receiver.requests == []
    assert WebhookDelivery.objects.get().last_error == "DestinationNotAllowed"
    settings.WEBHOOK_ALLOWED_HOSTS = ["127.0.0.1"]
    time_passes(timedelta(minutes=1))
    assert deliver_due() == (1, 0)


class NameServer:
    """Answers for made-up host names, to every lookup in this process (the hub and urllib3 both
    ask socket.getaddrinfo): each lookup of a name gets its next answer, the last one repeating;
    an answer is an address or a tuple of them. `route` sends connections to an address that is
    not on this machine to a receiver on another loopback address, as a network would."""

    def __init__(self, monkeypatch):
        self.answers = {}
        self.routes = {}
        self.lookups = Counter()
        real_getaddrinfo = socket.getaddrinfo

        def getaddrinfo(host, port, *args, **kwargs):
            if host not in self.answers:
                return real_getaddrinfo(self.routes.get(host, host), port, *args, **kwargs)
            answers = self.answers[host]
            answer = answers[min(self.lookups[host], len(answers) - 1)]
            self.lookups[host] += 1
            addresses = answer if isinstance(answer, tuple) else (answer,)
            return [
                found
                for address in addresses
                for found in real_getaddrinfo(address, port, *args, **kwargs)
            ]

        monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)

    def answer(self, name, *answers):
        self.answers[name] = list(answers)

    def route(self, address, *, to):
        self.routes[address] = to


@pytest.fixture
def name_server(monkeypatch):
    return NameServer(monkeypatch)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "production"),
    [
        # urlsplit reads the host as 93.184.216.34, requests connects to 127.0.0.1 (issue 15).
        ("http://127.0.0.1:{port}\\@93.184.216.34/x", True),
        ("http://hub:secret@127.0.0.1:{port}/revalidate", False),
    ],
)
def test_a_url_read_differently_by_url_parsers_or_holding_a_password_is_never_requested(
    settings, receivers, article_index, django_capture_on_commit_callbacks, url, production
):
    receiver = receivers()
    subscription = subscribe(receiver, [WebhookEvent.PAGE_PUBLISHED])
    # As saved before the form refused such URLs.
    WebhookSubscription.objects.filter(pk=subscription.pk).update(
        url=url.format(port=receiver.port)
    )
    settings.PRODUCTION = production
    with django_capture_on_commit_callbacks(execute=True):
        publish(article_index)
    assert receiver.requests == []
    assert WebhookDelivery.objects.get().last_error == "DestinationNotAllowed"


@pytest.mark.django_db
def test_in_production_a_webhook_goes_to_the_address_that_was_checked_not_a_later_dns_answer(
    settings, receivers, name_server, article_index, django_capture_on_commit_callbacks
):
    internal = receivers()  # a service in the hub's own network
    # The website's public address; a receiver on another loopback address stands in for it.
    website = receivers(host="127.0.0.2", port=internal.port)
    name_server.route("93.184.216.34", to="127.0.0.2")
    url = f"http://hooks.example.org:{internal.port}/revalidate"
    subscribe(website, [WebhookEvent.PAGE_PUBLISHED], url=url)
    # DNS rebinding: a public address when the hub checks, its own loopback address after that.
    name_server.answer("hooks.example.org", "93.184.216.34", "127.0.0.1")
    settings.PRODUCTION = True
    with django_capture_on_commit_callbacks(execute=True):
        publish(article_index)
    assert internal.requests == []
    ((headers, _body, status),) = website.requests
    assert (status, headers["Host"]) == (200, f"hooks.example.org:{internal.port}")
    assert WebhookDelivery.objects.get().status == Status.DELIVERED


@pytest.mark.django_db
def test_a_name_of_this_machine_is_refused_in_production_and_reached_in_development(
    settings, receivers, name_server, article_index, django_capture_on_commit_callbacks
):
    receiver = receivers()
    url = f"http://website.test:{receiver.port}/revalidate"
    subscribe(receiver, [WebhookEvent.PAGE_PUBLISHED], url=url)
    # Nothing listens on 127.0.0.3: the next address is tried, as for an unreachable IPv6 one.
    name_server.answer("website.test", ("127.0.0.3", "127.0.0.1"))
    settings.PRODUCTION = True
    with django_capture_on_commit_callbacks(execute=True):
        publish(article_index)
    assert receiver.requests == []
    assert WebhookDelivery.objects.get().last_error == "DestinationNotAllowed"

    settings.PRODUCTION = False
    time_passes(timedelta(minutes=1))
    assert deliver_due() == (1, 0)
    ((headers, _body, status),) = receiver.requests
    assert (status, headers["Host"]) == (200, f"website.test:{receiver.port}")


class CertificateAuthority:
    """A certificate authority of the test's own, and server certificates it signs."""

    def __init__(self, folder):
        self.folder = folder
        self.key = ec.generate_private_key(ec.SECP256R1())
        self.certificate = self._sign("Tendik test CA", self.key, ca=True)
        self.file = folder / "ca.pem"
        self.file.write_bytes(self.certificate.public_bytes(serialization.Encoding.PEM))

    def server_context(self, host_name, server_names_seen):
        """A server-side TLS context with a certificate for `host_name`, that notes the server
        name each client asks for."""
        key = ec.generate_private_key(ec.SECP256R1())
        certificate = self._sign(host_name, key, ca=False)
        pem = self.folder / f"{host_name}.pem"
        pem.write_bytes(
            certificate.public_bytes(serialization.Encoding.PEM)
            + key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(pem)
        context.sni_callback = lambda _socket, name, _context: server_names_seen.append(name)
        return context

    def _sign(self, common_name, key, *, ca):
        now = timezone.now()
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
        builder = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(self.certificate.subject if not ca else subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5))
            .not_valid_after(now + timedelta(days=1))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
            .add_extension(
                x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False
            )
        )
        if ca:
            builder = builder.add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=True,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
        else:
            builder = builder.add_extension(
                x509.SubjectAlternativeName([x509.DNSName(common_name)]), critical=False
            ).add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key()),
                critical=False,
            )
        return builder.sign(self.key, hashes.SHA256())


@pytest.mark.django_db
def test_over_https_the_checked_address_is_reached_by_name_with_its_certificate_checked(
    receivers, name_server, tmp_path, monkeypatch, article_index, django_capture_on_commit_callbacks
):
    authority = CertificateAuthority(tmp_path)
    # This machine trusts the test's authority, as a deployment names its own for requests.
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(authority.file))
    names_asked = []
    website = receivers(tls=authority.server_context("website.test", names_asked))
    impostor = receivers(tls=authority.server_context("impostor.test", names_asked))
    name_server.answer("website.test", "127.0.0.1")
    for name, receiver in (("Website", website), ("Impostor", impostor)):
        url = f"https://website.test:{receiver.port}/revalidate"
        subscribe(receiver, [WebhookEvent.PAGE_PUBLISHED], name=name, url=url)
    with django_capture_on_commit_callbacks(execute=True):
        publish(article_index)

    assert names_asked == ["website.test", "website.test"]
    ((headers, _body, status),) = website.requests
    assert (status, headers["Host"]) == (200, f"website.test:{website.port}")
    assert WebhookDelivery.objects.get(subscription__name="Website").status == Status.DELIVERED
    # The right address, but a certificate for another name: nothing is sent.
    assert impostor.requests == []
    refused = WebhookDelivery.objects.get(subscription__name="Impostor")
    assert (refused.status, refused.last_error) == (Status.PENDING, "SSLError")


# --- what is kept of an answer --------------------------------------------------------------------


@pytest.mark.django_db
def test_of_a_huge_answer_only_the_start_is_read_and_kept(
    receivers, article_index, django_capture_on_commit_callbacks
):
    start = "Принято, спасибо.\x00".encode()
    rest = itertools.repeat(b"\x00" * 2**16, 2**12)  # 256 MB
    size = len(start) + 2**28
    receiver = receivers(body=itertools.chain([start], rest), headers={"Content-Length": size})
    subscribe(receiver, [WebhookEvent.PAGE_PUBLISHED])
    with django_capture_on_commit_callbacks(execute=True):
        publish(article_index)
    attempt = WebhookAttempt.objects.get()
    assert (attempt.status_code, attempt.succeeded) == (200, True)
    assert attempt.response_body.startswith("Принято, спасибо.")
    assert len(attempt.response_body) <= 2_000
    assert "\x00" not in attempt.response_body  # PostgreSQL's text cannot hold it
    # The hub read the start and hung up; what it did not read never left the receiver.
    assert receiver.answered.wait(30) and receiver.hung_up_on
    assert receiver.body_bytes_sent < size / 10


@pytest.mark.django_db
def test_a_receiver_that_trickles_its_answer_does_not_hold_the_worker(
    receivers, article_index, django_capture_on_commit_callbacks
):
    def trickle():
        for _ in range(1200):  # for a minute, unless the hub hangs up
            yield b"."
            time.sleep(0.05)

    receiver = receivers(body=trickle(), headers={"Content-Length": 10_000})
    subscribe(receiver, [WebhookEvent.PAGE_PUBLISHED])
    with django_capture_on_commit_callbacks(execute=True):
        publish(article_index)
    attempt = WebhookAttempt.objects.get()
    assert (attempt.status_code, attempt.succeeded) == (200, True)
    assert attempt.response_body and set(attempt.response_body) == {"."}
    assert receiver.answered.wait(30) and receiver.hung_up_on


# --- every event, from the action that causes it --------------------------------------------------


@pytest.fixture
def website(receivers, settings):
    settings.FRONTEND_BASE_URL = "https://tendik.kz"
    receiver = receivers()
    subscribe(receiver)
    return receiver


def page_fields(page, locale="ru", path=None):
    path = path or page.url_path.replace("/home/", f"/{locale}/", 1)
    return {
        "id": page.pk,
        "translation_key": str(page.translation_key),
        "locale": locale,
        "type": "article",
        "title": page.title,
        "path": path,
        "url": f"https://tendik.kz{path}",
        "api_url": f"/api/v1/pages/{page.pk}/",
    }


@pytest.mark.django_db
def test_publishing_a_page_sends_page_published_with_its_language_and_website_path(
    website, article_index, django_capture_on_commit_callbacks
):
    publish(article_index)
    article = AnalyticalArticlePageFactory(parent=article_index, title="Закон о равенстве")
    website.accepted.clear()
    with django_capture_on_commit_callbacks(execute=True):
        publish(article)
    (body,) = website.accepted
    assert set(body) == {"event", "delivery_id", "occurred_at", "data"}
    assert body["event"] == "page.published"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+05:00", body["occurred_at"])  # Almaty
    assert body["data"] == {
        "page": page_fields(article, path=f"/ru/analitika/{article.slug}/"),
    }


@pytest.mark.django_db
def test_unpublishing_a_page_sends_page_unpublished(
    website, article_index, django_capture_on_commit_callbacks
):
    publish(article_index)
    article = publish(AnalyticalArticlePageFactory(parent=article_index))
    website.accepted.clear()
    with django_capture_on_commit_callbacks(execute=True):
        UnpublishPageAction(article).execute(skip_permission_checks=True)
    assert delivered_events(website) == ["page.unpublished"]
    assert website.accepted[0]["data"]["page"]["path"] == f"/ru/analitika/{article.slug}/"


@pytest.mark.django_db
def test_deleting_a_section_sends_page_deleted_for_each_published_page_and_no_unpublish(
    website, article_index, django_user_model, django_capture_on_commit_callbacks
):
    publish(article_index)
    article = publish(AnalyticalArticlePageFactory(parent=article_index))
    AnalyticalArticlePageFactory(parent=article_index, live=False)  # a draft: never on the site
    user = django_user_model.objects.create_superuser("editor", "e@tendik.kz", "x")
    website.accepted.clear()
    with django_capture_on_commit_callbacks(execute=True):
        DeletePageAction(
            article_index.specific_class.objects.get(pk=article_index.pk), user=user
        ).execute()
    assert delivered_events(website) == ["page.deleted", "page.deleted"]
    paths = sorted(body["data"]["page"]["path"] for body in website.accepted)
    assert paths == ["/ru/analitika/", f"/ru/analitika/{article.slug}/"]


@pytest.mark.django_db
def test_approving_a_social_post_sends_its_channel_time_and_page_in_its_language(
    website, article_index, locales, django_user_model, django_capture_on_commit_callbacks
):
    publish(article_index)
    article = publish(AnalyticalArticlePageFactory(parent=article_index))
    kazakh = translate(article, locales["kk"])
    reviewer = django_user_model.objects.create_superuser("reviewer", "r@tendik.kz", "x")
    post = SocialPostFactory(
        page=article,
        locale=locales["kk"],
        publish_at=timezone.make_aware(timezone.datetime(2027, 3, 8, 10, 0)),
    )
    website.accepted.clear()
    with django_capture_on_commit_callbacks(execute=True):
        social.approve(SocialPost.objects.get(pk=post.pk), user=reviewer)
    (body,) = website.accepted
    assert body["event"] == "social_post.approved"
    assert body["data"]["social_post"] == {
        "id": post.pk,
        "channel": "telegram",
        "locale": "kk",
        "publish_at": "2027-03-08T10:00:00+05:00",
    }
    page = body["data"]["page"]
    assert (page["id"], page["locale"]) == (kazakh.pk, "kk")
    assert page["url"] == f"https://tendik.kz/kk/analitika/{kazakh.slug}/"


def confirm_all_mailed(client, django_capture_on_commit_callbacks):
    tokens = [re.search(r"token=([\w.-]+)", message.body).group(1) for message in mail.outbox]
    mail.outbox.clear()
    for token in tokens:
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                "/api/v1/signatures/confirm/",
                json.dumps({"token": token}),
                content_type="application/json",
            )
        assert response.status_code == 200


@pytest.mark.django_db
def test_a_petition_reaching_its_goal_is_announced_once_without_signer_data(
    website, client, campaign_index, locales, django_user_model, django_capture_on_commit_callbacks
):
    publish(campaign_index)
    petition = publish(PetitionPageFactory(parent=campaign_index, title="Примите закон", goal=2))
    kazakh = translate(petition, locales["kk"])
    website.accepted.clear()
    signers = ["aigerim@example.kz", "erlan@example.kz", "dana@spam.example"]
    for email in signers[:1]:
        with django_capture_on_commit_callbacks(execute=True):
            assert sign(client, petition.pk, email).status_code == 202
    confirm_all_mailed(client, django_capture_on_commit_callbacks)
    assert website.accepted == []  # 1 of 2

    for email in signers[1:]:
        with django_capture_on_commit_callbacks(execute=True):
            assert sign(client, kazakh.pk, email, locale="kk").status_code == 202
    confirm_all_mailed(client, django_capture_on_commit_callbacks)
    (body,) = website.accepted
    assert body["event"] == "petition.goal_reached"
    assert body["data"]["petition"] == {"goal": 2, "signature_count": 2}
    assert body["data"]["page"]["id"] == petition.pk
    assert [page["locale"] for page in body["data"]["translations"]] == ["kk"]
    assert body["data"]["translations"][0]["path"] == f"/kk/kampanii/{kazakh.slug}/"

    # Falling below the goal and reaching it again is not news.
    editor = django_user_model.objects.create_superuser("editor", "e@tendik.kz", "x")
    with django_capture_on_commit_callbacks(execute=True):
        petition_editing.invalidate_domain(petition, "spam.example", user=editor)
        petition_editing.restore_domain(petition, "spam.example", user=editor)
    assert len(website.accepted) == 1
    assert PetitionGoalReached.objects.get().signature_count == 2  # when it was reached

    # Whatever a petition event says, it never names a signer.
    payloads = " ".join(WebhookDelivery.objects.values_list("payload", flat=True))
    assert "Ержан" not in payloads and not any(email in payloads for email in signers)


@pytest.mark.django_db
def test_paper_signatures_that_reach_the_goal_announce_it(
    website, campaign_index, django_user_model, django_capture_on_commit_callbacks
):
    publish(campaign_index)
    petition = publish(PetitionPageFactory(parent=campaign_index, goal=500))
    editor = django_user_model.objects.create_superuser("editor", "e@tendik.kz", "x")
    website.accepted.clear()
    with django_capture_on_commit_callbacks(execute=True):
        petition_editing.publish_shared_settings(petition, user=editor, offline_signature_count=499)
    assert "petition.goal_reached" not in delivered_events(website)
    with django_capture_on_commit_callbacks(execute=True):
        petition_editing.publish_shared_settings(
            PetitionPage.objects.get(pk=petition.pk), user=editor, offline_signature_count=500
        )
    assert delivered_events(website).count("petition.goal_reached") == 1


# --- the secret -----------------------------------------------------------------------------------


def raw_secret_column():
    with connection.cursor() as cursor:
        cursor.execute("SELECT secret_encrypted FROM api_webhooksubscription")
        return [row[0] for row in cursor.fetchall()]


def create_form(**changes):
    return {
        "name": "Website",
        "url": "https://93.184.215.14/api/revalidate",
        "events": ["page.published", "page.deleted"],
        "is_active": "on",
        **changes,
    }


@pytest.mark.django_db
def test_the_admin_shows_a_new_secret_once_and_stores_it_only_encrypted(admin_client):
    response = admin_client.post(reverse("webhooks:add"), create_form())
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    subscription = WebhookSubscription.objects.get()
    secret = subscription.read_secret()
    assert len(secret) >= 40 and secret in response.content.decode()
    assert subscription.events == ["page.published", "page.deleted"]

    (stored,) = raw_secret_column()
    assert secret not in stored and stored == subscription.secret_encrypted
    for url in (
        reverse("webhooks:index"),
        reverse("webhooks:edit", args=[subscription.pk]),
        reverse("webhooks:rotate_secret", args=[subscription.pk]),
        reverse("webhooks:history", args=[subscription.pk]),
    ):
        page = admin_client.get(url)
        assert page.status_code == 200 and secret not in page.content.decode(), url

    # Rotating: asked first, then a new secret, shown once; the old one no longer exists.
    rotated = admin_client.post(reverse("webhooks:rotate_secret", args=[subscription.pk]))
    subscription.refresh_from_db()
    new_secret = subscription.read_secret()
    assert new_secret != secret and new_secret in rotated.content.decode()
    assert secret not in rotated.content.decode()
    history = admin_client.get(reverse("webhooks:history", args=[subscription.pk])).content.decode()
    assert new_secret not in history


@pytest.mark.django_db
def test_the_secret_survives_a_secret_key_rotation_through_the_fallbacks(settings):
    subscription = WebhookSubscription(
        name="Website", url="https://93.184.215.14/hook", events=["page.published"]
    )
    secret = subscription.set_new_secret()
    subscription.save()
    old_key = settings.SECRET_KEY
    settings.SECRET_KEY = "a-new-secret-key-for-production-" + "x" * 20
    with pytest.raises(InvalidToken):
        WebhookSubscription.objects.get().read_secret()
    settings.SECRET_KEY_FALLBACKS = [old_key]
    assert WebhookSubscription.objects.get().read_secret() == secret
    assert WebhookSubscription.objects.get().reencrypt_secret() is True
    settings.SECRET_KEY_FALLBACKS = []
    assert WebhookSubscription.objects.get().read_secret() == secret


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("changes", "field", "production"),
    [
        ({"url": "ftp://93.184.215.14/hook"}, "url", False),
        ({"url": "javascript:alert(1)"}, "url", False),
        ({"url": "http://127.0.0.1:3000/api/revalidate"}, "url", True),
        ({"url": "http://localhost/api/revalidate"}, "url", True),
        ({"url": "http://10.0.0.7/api/revalidate"}, "url", True),
        ({"url": "http://[::1]/api/revalidate"}, "url", True),
        ({"url": "http://127.0.0.1:8131\\@93.184.216.34/x"}, "url", True),
        ({"url": "https://hub:secret@93.184.215.14/hook"}, "url", True),
        ({"url": "https://hub:secret@93.184.215.14/hook"}, "url", False),
        ({"url": "https://93.184.215.14/hook\\x"}, "url", False),
        ({"url": "https://93.184.215.14/hook\x01"}, "url", False),
        ({"events": []}, "events", False),
        ({"events": ["page.moved"]}, "events", False),
        ({"name": ""}, "name", False),
    ],
)
def test_bad_subscriptions_get_form_errors_not_server_errors(
    admin_client, settings, changes, field, production
):
    settings.PRODUCTION = production
    response = admin_client.post(reverse("webhooks:add"), create_form(**changes))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not WebhookSubscription.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1:8131\\@93.184.216.34/x", "обратную косую черту"),
        ("https://hub:secret@93.184.215.14/hook", "имя пользователя и пароль"),
    ],
)
def test_the_form_says_why_a_url_with_a_backslash_or_a_password_is_refused(
    admin_client, settings, url, reason
):
    settings.PRODUCTION = True
    response = admin_client.post(reverse("webhooks:add"), create_form(url=url))
    assert reason in str(response.context["form"].errors["url"])
    assert not WebhookSubscription.objects.exists()


@pytest.mark.django_db
def test_private_addresses_may_be_allowed_by_name_in_production(admin_client, settings):
    settings.PRODUCTION = True
    settings.WEBHOOK_ALLOWED_HOSTS = ["127.0.0.1"]
    form = create_form(url="http://127.0.0.1:3000/api/revalidate")
    assert admin_client.post(reverse("webhooks:add"), form).status_code == 200
    assert WebhookSubscription.objects.get().url == "http://127.0.0.1:3000/api/revalidate"


@pytest.mark.django_db
def test_webhooks_are_for_superusers_and_those_given_the_permission(client, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("editor", "e@tendik.kz", "x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    for name in ("webhooks:index", "webhook_deliveries:index"):
        assert client.get(reverse(name)).status_code in (302, 403)
    user.user_permissions.add(Permission.objects.get(codename="view_webhookdelivery"))
    assert client.get(reverse("webhook_deliveries:index")).status_code == 200


# --- a real worker process on PostgreSQL ---------------------------------------------------------


def use_database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": settings.TASK_BACKENDS["database"]}}


def publish_articles(article_index, count):
    pages = [AnalyticalArticlePageFactory(parent=article_index) for _ in range(count)]
    for page in pages:
        with transaction.atomic():
            publish(page)
    return pages


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_worker_process_retries_until_the_receiver_accepts_then_never_again(
    settings, receivers, article_index
):
    use_database_queue(settings)
    receiver = receivers(failures=3)
    subscribe(receiver, [WebhookEvent.PAGE_PUBLISHED])
    publish_articles(article_index, 1)
    delivery = WebhookDelivery.objects.get()
    # The task was written with the delivery, in its transaction.
    assert DBTaskResult.objects.filter(task_path="api.webhooks.deliver_webhook").count() == 1

    for _ in range(4):
        finished = run_worker()
        assert finished.returncode == 0, finished.stderr
        time_passes(until_due(delivery))
    assert receiver.statuses == [500, 500, 500, 200]
    delivery.refresh_from_db()
    assert delivery.status == Status.DELIVERED
    assert len(receiver.accepted) == 1 and receiver.accepted[0]["delivery_id"] == str(delivery.uuid)
    assert receiver.secret not in finished.stdout + finished.stderr

    # The attempt booked before the successful one is still queued; when it runs, it finds
    # nothing to do.
    (booked,) = DBTaskResult.objects.filter(status="READY")
    assert booked.task_path == "api.webhooks.deliver_webhook"
    assert deliver_webhook.call(*booked.task_result.args) is False
    assert len(receiver.requests) == 4


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_stopping_the_worker_mid_way_and_starting_it_again_loses_nothing(
    settings, receivers, article_index
):
    use_database_queue(settings)
    receiver = receivers()
    subscribe(receiver, [WebhookEvent.PAGE_PUBLISHED])
    publish(article_index)
    pages = publish_articles(article_index, 5)
    assert WebhookDelivery.objects.count() == 6
    # Only the webhooks' tasks in the queue (publishing also queues search index updates), so
    # that --max-tasks counts deliveries.
    DBTaskResult.objects.exclude(task_path="api.webhooks.deliver_webhook").delete()

    finished = run_worker_for(max_tasks=3)
    assert finished.returncode == 0, finished.stderr
    assert WebhookDelivery.objects.filter(status=Status.PENDING).count() == 3

    finished = run_worker()
    assert finished.returncode == 0, finished.stderr
    assert not WebhookDelivery.objects.exclude(status=Status.DELIVERED).exists()
    paths = sorted(body["data"]["page"]["path"] for body in receiver.accepted)
    assert paths == sorted(["/ru/analitika/"] + [f"/ru/analitika/{page.slug}/" for page in pages])
    assert len(receiver.requests) == 6  # each exactly once


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_worker_killed_during_a_request_leaves_the_next_attempt_booked(
    settings, receivers, article_index
):
    use_database_queue(settings)
    receiver = receivers(hang_first=True)
    subscribe(receiver, [WebhookEvent.PAGE_PUBLISHED])
    publish_articles(article_index, 1)
    delivery = WebhookDelivery.objects.get()

    worker = start_worker()
    try:
        assert receiver.first_arrived.wait(60), "the worker never sent the request"
    finally:
        worker.kill()  # SIGKILL: no chance to clean up
        worker.wait(10)
    receiver.release.set()
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (Status.PENDING, 1)
    assert delivery.attempt_log.get().finished_at is None  # it never reported back

    time_passes(until_due(delivery))
    finished = run_worker()
    assert finished.returncode == 0, finished.stderr
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (Status.DELIVERED, 2)
    assert len(receiver.accepted) == 2  # the first one arrived but was never answered
    assert receiver.statuses[-1] == 200


def _worker_command(*extra):
    return [sys.executable, "manage.py", "db_worker", "--no-reload", "--no-startup-delay", *extra]


def _worker_env():
    import os

    database = connection.settings_dict
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings",
        "DATABASE_URL": (
            f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}"
        ),
        "TASKS_BACKEND": "database",
    }


def run_worker_for(*, max_tasks):
    return subprocess.run(
        _worker_command("--batch", "--max-tasks", str(max_tasks)),
        cwd=PROJECT,
        env=_worker_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )


def start_worker():
    return subprocess.Popen(
        _worker_command("--interval", "0.1"),
        cwd=PROJECT,
        env=_worker_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.mark.django_db
def test_events_announce_publishing_their_registration_state_changes_and_cancellation_once(
    website, client, event_index, locales, django_capture_on_commit_callbacks
):
    from events.models import EventPage, Registration
    from tests.factories import EventPageFactory
    from tests.test_event_registrations import in_days, registered_and_confirmed

    capture = django_capture_on_commit_callbacks
    publish(event_index)
    website.accepted.clear()
    with capture(execute=True):
        event = publish(
            EventPageFactory(
                parent=event_index, capacity=1, starts_at=in_days(10), ends_at=in_days(10, 17)
            )
        )
    assert delivered_events(website) == ["page.published", "event.published"]
    published = website.accepted[1]["data"]
    assert published["page"]["type"] == "event"
    assert published["event"]["registration_state"] == "open"
    assert published["event"]["seats_left"] == 1 and published["event"]["cancelled"] is False
    kazakh = translate(EventPage.objects.get(pk=event.pk), locales["kk"])

    # The last seat goes: the state a reader sees changes, once; the waiting list is no news.
    website.accepted.clear()
    registered_and_confirmed(client, event, "a@example.kz", capture)
    registered_and_confirmed(client, event, "b@example.kz", capture)
    assert delivered_events(website) == ["event.registration_changed"]
    changed = website.accepted[0]["data"]
    assert changed["event"]["registration_state"] == "waiting_list"
    assert [page["locale"] for page in changed["pages"]] == ["ru", "kk"]

    # Cancelled and published, in ru then kk: one event.cancelled, registrants emailed.
    website.accepted.clear()
    mail.outbox.clear()
    page = EventPage.objects.get(pk=event.pk)
    page.is_cancelled = True
    with capture(execute=True):
        publish(page)
    kazakh = EventPage.objects.get(pk=kazakh.pk)
    kazakh.is_cancelled = True
    with capture(execute=True):
        publish(kazakh)
    # The new state (closed) is in event.published: no event.registration_changed besides.
    assert delivered_events(website) == [
        *("page.published", "event.published", "event.cancelled"),
        *("page.published", "event.published"),
    ]
    cancelled = next(body for body in website.accepted if body["event"] == "event.cancelled")
    assert cancelled["data"]["event"]["registration_state"] == "closed"
    assert not Registration.objects.exclude(status="cancelled").exists()
    assert sorted(message.to[0] for message in mail.outbox) == ["a@example.kz", "b@example.kz"]
    assert all(message.subject.startswith("Событие отменено") for message in mail.outbox)
    assert client.get(f"/api/v1/pages/{event.pk}/").json()["cancelled"] is True
    payloads = " ".join(WebhookDelivery.objects.values_list("payload", flat=True))
    assert "a@example.kz" not in payloads  # nothing about registrants
