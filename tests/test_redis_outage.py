"""With TASKS_BACKEND=rq, Redis refused or hung: signing and an editor's publish still work, their
tasks wait in the database queue (cms/task_backends.py), and a hung Redis costs one timeout per
process, not one per call (cms/circuit_breaker.py). In-process here; tests/test_fault_drill.py
runs the same outages against gunicorn and real workers."""

import json
import logging
import signal
import socket
import threading
from io import StringIO

import django_rq.settings
import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from cms import cache as breaking_cache
from cms import task_backends
from outbox.models import OutgoingEmail
from tests.conftest import publish
from tests.factories import AnalyticalArticlePageFactory, PetitionPageFactory

pytestmark = pytest.mark.django_db
NOTHING_LISTENS = "redis://127.0.0.1:1/0"
RQ_WITH_FALLBACK = {
    "default": {"BACKEND": "cms.task_backends.RQBackendWithDatabaseFallback"},
    "fallback": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}


class HungRedis:
    """A listener that accepts connections and never answers; counts the connections."""

    def __init__(self):
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(64)
        self.port = self.server.getsockname()[1]
        self.connections = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                connection, _address = self.server.accept()
            except OSError:
                return
            self.connections.append(connection)  # held open, never read or answered

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0?socket_connect_timeout=0.2&socket_timeout=0.2"

    def close(self):
        self.server.close()
        for connection in self.connections:
            connection.close()


@pytest.fixture(autouse=True)
def closed_breakers():
    breaking_cache.BREAKER.reset()
    task_backends.BREAKER.reset()
    yield
    breaking_cache.BREAKER.reset()
    task_backends.BREAKER.reset()


@pytest.fixture
def hung_redis():
    redis = HungRedis()
    yield redis
    redis.close()


def rq_on(settings, monkeypatch, url):
    settings.TASKS = RQ_WITH_FALLBACK
    monkeypatch.setattr(
        django_rq.settings, "QUEUES", {"default": {"URL": url, "DEFAULT_TIMEOUT": 600}}
    )


def redis_cache_on(settings, url, timeout=0.2):
    settings.CACHES = {
        "default": {
            "BACKEND": "cms.cache.CircuitBreakingRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "tendik",
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": timeout,
                "SOCKET_TIMEOUT": timeout,
            },
        }
    }


def sign(client, petition):
    return client.post(
        f"/api/v1/petitions/{petition.pk}/signatures/",
        json.dumps(
            {"full_name": "Әлия", "email": "aliya@example.kz", "region": "almaty", "consent": True}
        ),
        content_type="application/json",
    )


def queued_in_database(name):
    return DBTaskResult.objects.filter(backend_name="fallback", task_path__endswith=name).count()


def test_signing_with_redis_refused_answers_202_and_its_email_waits_in_the_database(
    client, settings, monkeypatch, campaign_index, django_capture_on_commit_callbacks
):
    rq_on(settings, monkeypatch, NOTHING_LISTENS)
    redis_cache_on(settings, NOTHING_LISTENS)
    publish(campaign_index)
    petition = publish(PetitionPageFactory(parent=campaign_index))
    with django_capture_on_commit_callbacks(execute=True):
        response = sign(client, petition)
    assert response.status_code == 202, response.content
    assert OutgoingEmail.objects.filter(sent_at__isnull=True).count() == 1
    assert queued_in_database("deliver_email") == 1


def test_an_editors_publish_with_redis_refused_stands_and_its_index_update_waits(
    settings, monkeypatch, article_index
):
    # Wagtail queues the reference-index update inside the publish's transaction: a raising
    # queue rolled the editor's change back.
    rq_on(settings, monkeypatch, NOTHING_LISTENS)
    publish(article_index)
    page = AnalyticalArticlePageFactory(parent=article_index, title="Жаңа заң")
    page.title = "Жаңа заң: түзетілген"
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.live and page.title == "Жаңа заң: түзетілген"
    assert queued_in_database("update_reference_index_task") >= 1


def test_an_enqueue_that_fails_after_the_commit_is_logged_not_raised(
    client, settings, monkeypatch, campaign_index, django_capture_on_commit_callbacks, caplog
):
    def refuse(self, task, args, kwargs):
        raise RuntimeError("the queue is gone")

    # Even the database queue behind Redis failing after the commit leaves the signature, its
    # email row for the sweeper (deliver_outbox --every 60), and a 202.
    publish(campaign_index)
    petition = publish(PetitionPageFactory(parent=campaign_index))
    rq_on(settings, monkeypatch, NOTHING_LISTENS)
    monkeypatch.setattr(task_backends.RQBackendWithDatabaseFallback, "enqueue", refuse)
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        response = sign(client, petition)
    assert response.status_code == 202
    assert OutgoingEmail.objects.filter(sent_at__isnull=True).count() == 1
    assert any("after the commit" in record.getMessage() for record in caplog.records)
    assert "aliya@example.kz" not in caplog.text


def test_a_hung_redis_costs_the_cache_one_timeout_then_the_breaker_skips_it(
    client, settings, hung_redis, article_index
):
    redis_cache_on(settings, f"redis://127.0.0.1:{hung_redis.port}/0")
    publish(article_index)
    publish(AnalyticalArticlePageFactory(parent=article_index))
    for _ in range(10):
        assert client.get("/api/v1/pages/?locale=ru").status_code == 200
    # Without the breaker each cache call opens a connection and waits out its timeout: 10
    # reads make dozens of calls. With it, the first failure stops them.
    assert len(hung_redis.connections) <= 2, len(hung_redis.connections)
    assert breaking_cache.BREAKER.is_open


def test_a_hung_redis_costs_the_queue_one_timeout_then_tasks_go_to_the_database(
    client, settings, monkeypatch, hung_redis, campaign_index, django_capture_on_commit_callbacks
):
    rq_on(settings, monkeypatch, hung_redis.url)
    redis_cache_on(settings, f"redis://127.0.0.1:{hung_redis.port}/0")
    publish(campaign_index)
    petition = publish(PetitionPageFactory(parent=campaign_index))
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(3):
            response = client.post(
                f"/api/v1/petitions/{petition.pk}/signatures/",
                json.dumps(
                    {
                        "full_name": "Нұрлан",
                        "email": f"nurlan{number}@example.kz",
                        "region": "almaty",
                        "consent": True,
                    }
                ),
                content_type="application/json",
            )
            assert response.status_code == 202
    assert queued_in_database("deliver_email") == 3
    assert task_backends.BREAKER.is_open
    # One connection for the queue and at most two for the cache before both breakers opened.
    assert len(hung_redis.connections) <= 3, len(hung_redis.connections)


def test_the_breaker_closes_again_when_redis_answers(settings):
    breaker = breaking_cache.BREAKER
    breaker.failed(ConnectionError("refused"))
    assert breaker.is_open
    breaker.seconds, seconds = 0, breaker.seconds
    try:
        breaker.failed(ConnectionError("refused"))  # open for 0 s: the next call tries again
        assert not breaker.is_open
    finally:
        breaker.seconds = seconds


def test_the_outbox_sweeper_sends_an_email_whose_task_reached_no_queue(monkeypatch, mailoutbox):
    # A process that died between its commit and its enqueue leaves the row without a task:
    # `deliver_outbox --every 60`, beside the RQ worker, sends it within a minute.
    from outbox.management.commands import deliver_outbox

    OutgoingEmail.objects.create(to="aliya@example.kz", subject="Растаңыз", text="…")
    handlers, naps = {}, []

    def sleep(seconds):
        naps.append(seconds)
        if len(naps) == 3:
            handlers[signal.SIGTERM]()  # as `kill` would, after three naps

    monkeypatch.setattr(
        deliver_outbox.signal, "signal", lambda sig, handler: handlers.update({sig: handler})
    )
    monkeypatch.setattr(deliver_outbox.time, "sleep", sleep)
    call_command("deliver_outbox", every=0.05, stdout=StringIO())
    assert len(mailoutbox) == 1
    assert OutgoingEmail.objects.get().sent_at is not None
