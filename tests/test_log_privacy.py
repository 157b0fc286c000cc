"""Logs never carry query strings: a confirmation link's token (`/signatures/confirm/?token=…`)
must not reach gunicorn's access log, the development server's request lines or Django's own
records, in text or JSON."""

import http.client
import io
import json
import logging
import os
import runpy
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from gunicorn.config import Config

from tests.factories import PetitionPageFactory

PROJECT = Path(__file__).resolve().parent.parent
TOKEN = "s3cr3t-confirmation-token"
CONFIRM = f"/signatures/confirm/?token={TOKEN}"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def request(port: int, method: str, target: str) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request(method, target)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def server_environment(database, **env):
    environment = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO")}
    environment.pop("REDIS_URL", None)
    environment.update(
        DJANGO_SETTINGS_MODULE="cms.settings",
        DJANGO_ENV="development",
        DATABASE_URL=f"sqlite:///{database}",
        **env,
    )
    return environment


@pytest.fixture(scope="module")
def empty_tables(tmp_path_factory):
    """A SQLite database with every table and no rows, made from the models in seconds (the
    migrations take a minute): the confirm page reads the database, finding no signature."""
    database = tmp_path_factory.mktemp("empty-tables") / "db.sqlite3"
    subprocess.run(
        [sys.executable, "-c", MAKE_TABLES],
        cwd=PROJECT,
        env=server_environment(database),
        check=True,
        timeout=120,
    )
    return database


MAKE_TABLES = """
import django
django.setup()
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
settings.MIGRATION_MODULES = {app.label: None for app in apps.get_app_configs()}
call_command("migrate", run_syncdb=True, verbosity=0)
"""


def serve(command, port, log, database, **env):
    """Starts a server the way the README does, on a copy of `database`; returns it once it
    answers."""
    copy = log.parent / "db.sqlite3"
    shutil.copyfile(database, copy)
    environment = server_environment(copy, **env)
    with open(log, "wb") as output:
        server = subprocess.Popen(
            command, cwd=PROJECT, env=environment, stdout=output, stderr=subprocess.STDOUT
        )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"the server stopped:\n{log.read_text()}")
        try:
            request(port, "GET", "/healthz")
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise AssertionError(f"the server did not answer within 60 s:\n{log.read_text()}")


def stop(server, log, *, after):
    """Stops the server once its log shows `after` (servers log a request after answering it)."""
    deadline = time.monotonic() + 30
    while after not in log.read_text() and time.monotonic() < deadline:
        time.sleep(0.1)
    server.terminate()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def json_lines(text):
    lines = []
    for line in text.splitlines():
        try:
            lines.append(json.loads(line))
        except ValueError:
            continue
    return lines


def test_gunicorn_logs_confirmation_links_without_their_token(tmp_path, empty_tables):
    port, log = free_port(), tmp_path / "gunicorn.log"
    server = serve(
        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "cms.wsgi"],
        port,
        log,
        empty_tables,
        GUNICORN_BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY="1",
        LOG_FORMAT="json",
    )
    try:
        # No signature has this token: the page says the link is not valid.
        assert request(port, "GET", CONFIRM) == 400
        # What a mail scanner does first; Django logs the 405 as a warning.
        assert request(port, "HEAD", CONFIRM) == 405
    finally:
        stop(server, log, after='"status": 405')
    output = log.read_text()
    lines = json_lines(output)
    accesses = {(line["path"], line["status"]) for line in lines if "path" in line}
    assert {("/signatures/confirm/", 400), ("/signatures/confirm/", 405)} <= accesses, output
    warnings = [line for line in lines if line.get("logger") == "django.request"]
    assert [line["message"] for line in warnings] == [
        "Bad Request: /signatures/confirm/",
        "Method Not Allowed (HEAD): /signatures/confirm/",
    ], output
    assert TOKEN not in output


def test_the_development_server_logs_request_lines_without_their_query(tmp_path, empty_tables):
    port, log = free_port(), tmp_path / "runserver.log"
    server = serve(
        [
            sys.executable,
            "manage.py",
            "runserver",
            "--noreload",
            "--skip-checks",
            f"127.0.0.1:{port}",
        ],
        port,
        log,
        empty_tables,
        PYTHONUNBUFFERED="1",
    )
    try:
        assert request(port, "GET", CONFIRM) == 400
    finally:
        stop(server, log, after="/signatures/confirm/ HTTP")
    output = log.read_text()
    assert '"GET /signatures/confirm/ HTTP/1.1" 400' in output, output
    assert TOKEN not in output


def test_gunicorns_error_log_names_the_path_without_its_query(capsys):
    # What a worker logs when the application raises: the request's URI.
    config = Config()
    for name, value in runpy.run_path(str(PROJECT / "gunicorn.conf.py")).items():
        if name in config.settings:
            config.set(name, value)
    logger = config.logger_class(config)
    try:
        raise RuntimeError("the application failed")
    except RuntimeError:
        logger.exception("Error handling request %s", CONFIRM)
    captured = capsys.readouterr()
    output = captured.out + captured.err
    assert "Error handling request /signatures/confirm/" in output
    assert TOKEN not in output


def configured_formatter(name):
    options = dict(settings.LOGGING["formatters"][name])
    if "()" not in options:
        return logging.Formatter(options["format"])
    module, _dot, cls = options.pop("()").rpartition(".")
    return getattr(__import__(module, fromlist=[cls]), cls)(**options)


def console_output(log_format, make_requests):
    """What the configured console handler writes for the requests, in the given format."""
    console = next(handler for handler in logging.getLogger().handlers if handler.name == "console")
    stream = io.StringIO()
    previous_stream, previous_formatter = console.setStream(stream), console.formatter
    console.setFormatter(configured_formatter(log_format))
    try:
        make_requests()
    finally:
        console.setStream(previous_stream)
        console.setFormatter(previous_formatter)
    return stream.getvalue()


def test_djangos_records_of_a_confirmation_link_never_carry_its_token():
    def make_requests():
        browser = Client(enforce_csrf_checks=True)
        assert browser.head(CONFIRM).status_code == 405
        assert browser.post(CONFIRM, {"token": TOKEN}).status_code == 403  # no CSRF cookie

    for log_format in ("text", "json"):
        output = console_output(log_format, make_requests)
        assert "Method Not Allowed (HEAD): /signatures/confirm/" in output
        assert "Forbidden (CSRF cookie not set.): /signatures/confirm/" in output
        assert TOKEN not in output, log_format


@pytest.mark.django_db
def test_the_confirm_page_posts_the_token_in_its_body_not_in_a_request_line(campaign_index):
    from campaigns.models import Signature
    from campaigns.signing import signature_token
    from tests.conftest import publish

    publish(campaign_index)
    petition = publish(PetitionPageFactory(parent=campaign_index))
    signature = Signature.objects.create(
        petition_key=petition.translation_key, full_name="Ержан", email="e@example.kz", locale="kk"
    )
    token = signature_token(signature)
    for path in ("/signatures/confirm/", "/kk/signatures/confirm/"):
        page = Client().get(f"{path}?token={token}")
        html = page.content.decode()
        assert page.status_code == 200
        assert f'<form method="post" action="{path}">' in html
        assert f'name="token" value="{token}"' in html
