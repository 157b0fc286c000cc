"""Production mode: `check --deploy` is clean, security headers and the content security policy
are sent (and the admin loads nothing the policy forbids), CORS only for the website, request
ids in JSON logs, health and readiness with each dependency failing in turn."""

import io
import json
import logging
import os
import re
import runpy
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.db.utils import OperationalError
from django.test import Client
from django.urls import reverse

from ops import health
from ops.request_id import RequestIdFilter, current_request_id
from tests.conftest import publish
from tests.factories import PetitionPageFactory

PROJECT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "DJANGO_ENV": "production",
    "SECRET_KEY": "k3J9-vQ2_pX7wL0z$Rt5yN8mB1cF4hD6gS9aE2uI7oP3qW5xZ0",
    "ALLOWED_HOSTS": "tendik.kz",
    "DATABASE_URL": "postgres://tendik@db.internal:5432/tendik",
    "WAGTAILADMIN_BASE_URL": "https://tendik.kz",
    "MEDIA_SERVED_BY_PROXY": "1",
}


def run_manage(*args, **env):
    environment = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO")}
    environment.update(PRODUCTION_ENV, DJANGO_SETTINGS_MODULE="cms.settings", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_reports_no_issues_with_production_settings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_settings_enable_tls_only_cookies_hsts_and_compressed_static_files():
    program = (
        "import django; django.setup(); from django.conf import settings as s; import json; "
        "print(json.dumps([s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE,"
        " s.CSRF_COOKIE_SECURE, s.STORAGES['staticfiles']['BACKEND'], s.LOG_FORMAT,"
        " 'whitenoise.middleware.WhiteNoiseMiddleware' in s.MIDDLEWARE]))"
    )
    environment = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO")}
    environment.update(PRODUCTION_ENV, DJANGO_SETTINGS_MODULE="cms.settings")
    result = subprocess.run(
        [sys.executable, "-c", program],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        True,
        31_536_000,
        True,
        True,
        "whitenoise.storage.CompressedManifestStaticFilesStorage",
        "json",
        True,
    ]


@pytest.mark.django_db
def test_every_answer_carries_the_security_headers_and_a_request_id(client):
    response = client.get("/api/v1/regions/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "frame-ancestors 'self'" in policy
    assert "object-src 'none'" in policy
    assert re.fullmatch(r"[0-9a-f]{32}", response["X-Request-ID"])
    echoed = client.get("/api/v1/regions/", HTTP_X_REQUEST_ID="lb-1234abcd")
    assert echoed["X-Request-ID"] == "lb-1234abcd"
    forged = client.get("/api/v1/regions/", HTTP_X_REQUEST_ID="x\nInjected: 1")
    assert re.fullmatch(r"[0-9a-f]{32}", forged["X-Request-ID"])


ALLOWED_SOURCES = re.compile(r"^(/|data:|blob:|#|https://www\.youtube)")


@pytest.mark.django_db
def test_the_admin_loads_only_what_its_content_security_policy_allows(admin_client, campaign_index):
    publish(campaign_index)
    petition = publish(PetitionPageFactory(parent=campaign_index))
    pages = [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_pages:edit", args=[petition.pk]),
        reverse("wagtailadmin_explore", args=[campaign_index.pk]),
        reverse("wagtailsnippets_campaigns_socialpost:add"),
        reverse("campaigns_petition_signatures", args=[petition.pk]),
        reverse("wagtailimages:index"),
        "/api/v1/docs/",
    ]
    for url in pages:
        response = admin_client.get(url)
        assert response.status_code == 200, url
        assert "script-src 'self' 'unsafe-inline'" in response["Content-Security-Policy"]
        html = response.content.decode()
        # Scripts, styles, images and frames all come from this origin ('self'), data: or
        # blob:, or the video hosts the policy names: nothing from elsewhere.
        sources = re.findall(r'<(?:script|img|iframe|link)\b[^>]*?\s(?:src|href)="([^"]+)"', html)
        foreign = [source for source in sources if not ALLOWED_SOURCES.match(source)]
        assert sources and not foreign, (url, foreign)
        # Nor anything a script would fetch from outside: avatars, Wagtail's release check.
        assert "gravatar.com" not in html and "releases.wagtail.org" not in html, url


@pytest.mark.django_db
def test_cors_lets_only_the_website_call_the_api(settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://tendik.kz"]
    client = Client()
    allowed = client.get("/api/v1/regions/", HTTP_ORIGIN="https://tendik.kz")
    assert allowed["Access-Control-Allow-Origin"] == "https://tendik.kz"
    assert "ETag" in allowed["Access-Control-Expose-Headers"]
    assert "Access-Control-Allow-Origin" not in client.get(
        "/api/v1/regions/", HTTP_ORIGIN="https://evil.example"
    )
    assert "Access-Control-Allow-Origin" not in client.get(
        "/admin/login/", HTTP_ORIGIN="https://tendik.kz"
    )
    preflight = client.options(
        "/api/v1/petitions/1/signatures/",
        HTTP_ORIGIN="https://tendik.kz",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="content-type",
    )
    assert preflight.status_code == 200
    assert "content-type" in preflight["Access-Control-Allow-Headers"]


def test_json_logs_carry_the_request_id():
    formatter_settings = dict(settings.LOGGING["formatters"]["json"])
    formatter_class = formatter_settings.pop("()")
    module, _dot, name = formatter_class.rpartition(".")
    formatter = getattr(__import__(module, fromlist=[name]), name)(**formatter_settings)
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter)
    handler.addFilter(RequestIdFilter())
    logger = logging.getLogger("tendik.test")
    logger.addHandler(handler)
    token = current_request_id.set("req-42abcdef")
    try:
        logger.warning("Сигнал: %s", "қате")
    finally:
        current_request_id.reset(token)
        logger.removeHandler(handler)
    line = json.loads(stream.getvalue())
    assert line["message"] == "Сигнал: қате"
    assert (line["level"], line["logger"], line["request_id"]) == (
        "WARNING",
        "tendik.test",
        "req-42abcdef",
    )
    assert "time" in line


@pytest.mark.django_db
def test_djangos_request_log_lines_carry_the_request_id(client):
    # django.request logs "Not Found: /…" after the middleware returned, when no id is current.
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(name)s %(request_id)s %(message)s"))
    handler.addFilter(RequestIdFilter())
    logger = logging.getLogger("django.request")
    logger.addHandler(handler)
    try:
        response = client.get("/api/v1/pages/999999/", HTTP_X_REQUEST_ID="req-0123456789")
    finally:
        logger.removeHandler(handler)
    assert response.status_code == 404
    assert stream.getvalue().startswith("django.request req-0123456789 Not Found: /api/v1/pages/")


def test_gunicorns_own_log_lines_are_json(monkeypatch):
    from gunicorn.config import Config

    monkeypatch.delenv("LOG_FORMAT", raising=False)
    namespace = runpy.run_path(str(PROJECT / "gunicorn.conf.py"))
    config = Config()
    config.set("errorlog", "-")
    gunicorn_logger = namespace["QuerylessLogger"](config)
    stream = io.StringIO()
    for handler in gunicorn_logger.error_log.handlers:
        handler.setStream(stream)
    gunicorn_logger.info("Booting worker with pid: %s", 42)
    # gunicorn.error is one logger per process: an earlier Logger's handler may write too.
    lines = [json.loads(text) for text in stream.getvalue().splitlines()]
    line = lines[-1]
    assert (line["level"], line["logger"], line["message"]) == (
        "INFO",
        "gunicorn.error",
        "Booting worker with pid: 42",
    )


def test_gunicorn_is_sized_from_the_cpu_count_unless_told(monkeypatch):
    monkeypatch.delenv("WEB_CONCURRENCY", raising=False)
    config = runpy.run_path(str(PROJECT / "gunicorn.conf.py"))
    assert config["workers"] == os.cpu_count() * 2 + 1
    json.loads(config["access_log_format"].replace("%(s)s", "200").replace("%(M)s", "3"))
    monkeypatch.setenv("WEB_CONCURRENCY", "3")
    assert runpy.run_path(str(PROJECT / "gunicorn.conf.py"))["workers"] == 3


# Real commits: the checks run in threads with their own connections. The data migrations'
# rows are restored after, as other transactional tests expect them.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_health_and_readiness(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    response = client.get("/readyz")
    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["status"] == "ready"
    assert set(body["checks"]) == {"database", "cache", "storage", "queue"}
    assert response["Cache-Control"].startswith("max-age=0")


def broken(error):
    def check():
        raise error

    return check


NOTHING_LISTENS = "redis://127.0.0.1:1/0"


@pytest.mark.parametrize(
    ("name", "failure", "status"),
    [
        # Nothing is served without the database, nor queued without the database queue.
        ("database", broken(OperationalError("could not connect to server at db.internal")), 503),
        ("queue", broken(OperationalError("relation django_tasks_db_dbtaskresult")), 503),
        # Without Redis or S3 the process still reads and signs: degraded, still in service.
        ("cache", None, 200),  # a real Redis client on a closed port, below
        ("storage", broken(PermissionError("s3: access denied for tendik-media")), 200),
    ],
)
# Real commits: the checks run in threads with their own connections. The data migrations'
# rows are restored after, as other transactional tests expect them.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_readiness_fails_only_for_what_the_process_cannot_serve_without(
    client, monkeypatch, settings, name, failure, status
):
    if failure is None:
        settings.CACHES = {
            "default": {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": NOTHING_LISTENS,
                "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.5},
            }
        }
    else:
        monkeypatch.setitem(health.CHECKS, name, failure)
    response = client.get("/readyz")
    assert response.status_code == status
    body = response.json()
    assert [check for check, result in body["checks"].items() if not result["ok"]] == [name]
    if status == 200:
        assert (body["status"], body["degraded"]) == ("degraded", [name])
    else:
        assert (body["status"], body["degraded"]) == ("unavailable", [])
    # The error's class, never its message (hosts, bucket names).
    assert "db.internal" not in response.content.decode()
    assert "tendik-media" not in response.content.decode()


# Real commits: the checks run in threads with their own connections.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_with_the_rq_queue_a_redis_outage_leaves_the_process_ready_but_degraded(
    client, settings, monkeypatch
):
    # TASKS_BACKEND=rq with the database queue behind it (cms/task_backends.py), Redis refused.
    settings.TASKS = {
        "default": {"BACKEND": "cms.task_backends.RQBackendWithDatabaseFallback"},
        "fallback": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    }
    monkeypatch.setitem(health.CHECKS, "queue", broken(redis.ConnectionError("refused")))
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": NOTHING_LISTENS,
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.5},
        }
    }
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["degraded"] == ["cache", "queue"]
    # Without the database queue behind it, the same outage leaves nothing to take the tasks.
    del settings.TASKS["fallback"]
    assert client.get("/readyz").status_code == 503


# Real commits: the checks run in threads with their own connections. The data migrations'
# rows are restored after, as other transactional tests expect them.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_hung_dependency_fails_readiness_after_the_timeout(client, monkeypatch, settings):
    settings.READINESS_TIMEOUT = 0.3
    monkeypatch.setitem(health.CHECKS, "storage", lambda: time.sleep(3))
    started = time.monotonic()
    response = client.get("/readyz")
    assert time.monotonic() - started < 2
    assert response.status_code == 200  # storage is not required: degraded
    assert response.json()["checks"]["storage"]["error"] == "Timeout"
