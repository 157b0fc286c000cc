"""The default task queue: a signature's email waits in the database until a separately started
worker process (`manage.py db_worker`, what `make run` and `make worker` start) sends it."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection
from django.test import Client
from django_tasks_db.models import DBTaskResult

from campaigns.models import PetitionPage
from outbox.models import OutgoingEmail
from tests.conftest import publish
from tests.factories import PetitionPageFactory
from tests.test_signing_delivery import sign

PROJECT = Path(__file__).resolve().parent.parent


def worker_env(**extra_env):
    database = connection.settings_dict
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings",
        "DATABASE_URL": (
            f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}"
        ),
        **extra_env,
    }


def run_worker(**extra_env):
    """Runs `db_worker --batch` in its own process on the test database, until the queue is
    empty; the real settings module, as `make worker` uses it."""
    database = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings",
        "DATABASE_URL": (
            f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}"
        ),
        "TASKS_BACKEND": "database",
        **extra_env,
    }
    return subprocess.run(
        [sys.executable, "manage.py", "db_worker", "--batch", "--no-reload", "--no-startup-delay"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_signature_email_waits_in_the_queue_until_a_worker_process_sends_it(
    settings,
    campaign_index,
    smtp_server,  # noqa: F811
):
    settings.TASKS = {"default": {"BACKEND": settings.TASK_BACKENDS["database"]}}
    publish(campaign_index)
    petition = publish(PetitionPageFactory(parent=campaign_index, title="Примите закон"))

    assert sign(Client(), petition.pk, "aigerim@example.kz").status_code == 202
    # Answered at once: the email is queued, not sent inside the request.
    assert smtp_server.messages == []
    queued = DBTaskResult.objects.get(task_path="outbox.delivery.deliver_email")
    assert queued.status == "READY"

    # SMTP down: the worker's attempt fails, the email stays in the outbox with a back-off.
    closed_port = str(settings.EMAIL_PORT + 1)
    finished = run_worker(EMAIL_HOST="127.0.0.1", EMAIL_PORT=closed_port)
    assert finished.returncode == 0, finished.stderr
    email = OutgoingEmail.objects.get()
    assert (email.sent_at, email.attempts, email.last_error) == (None, 1, "ConnectionRefusedError")
    assert "aigerim@example.kz" not in finished.stdout + finished.stderr

    # The retry is queued for when the back-off ends (a minute); make that now.
    retry = DBTaskResult.objects.get(status="READY")
    assert retry.run_after == email.next_attempt_at
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=email.created_at)
    OutgoingEmail.objects.update(next_attempt_at=email.created_at)

    # SMTP back: the next worker run delivers it, once.
    finished = run_worker(EMAIL_HOST="127.0.0.1", EMAIL_PORT=str(settings.EMAIL_PORT))
    assert finished.returncode == 0, finished.stderr
    (message,) = smtp_server.messages
    assert message["To"] == "aigerim@example.kz"
    assert OutgoingEmail.objects.get().sent_at is not None
    assert PetitionPage.objects.get(pk=petition.pk).signature_count == 0  # not yet confirmed
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {"SUCCESSFUL"}


@pytest.mark.postgres
@pytest.mark.redis
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_with_rq_a_request_queues_the_email_in_redis_and_an_rq_worker_process_sends_it(
    settings,
    campaign_index,
    smtp_server,  # noqa: F811
):
    import django_rq

    redis_url = django_rq.settings.QUEUES["default"]["URL"]
    settings.TASKS = {"default": {"BACKEND": settings.TASK_BACKENDS["rq"]}}
    publish(campaign_index)
    petition = publish(PetitionPageFactory(parent=campaign_index, title="Примите закон"))
    queue = django_rq.get_queue("default")
    queue.empty()  # Wagtail's own index updates of the publishing above

    assert sign(Client(), petition.pk, "rq-signer@example.kz").status_code == 202
    assert smtp_server.messages == [] and queue.count == 1  # waiting in Redis

    finished = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "rqworker",
            "default",
            "--burst",
            "--job-class",
            "django_tasks_rq.backend.Job",
        ],
        cwd=PROJECT,
        env=worker_env(
            TASKS_BACKEND="rq",
            REDIS_URL=redis_url,
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=str(settings.EMAIL_PORT),
        ),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert finished.returncode == 0, finished.stderr
    (message,) = smtp_server.messages
    assert message["To"] == "rq-signer@example.kz"
    assert OutgoingEmail.objects.get().sent_at is not None
    assert queue.count == 0
