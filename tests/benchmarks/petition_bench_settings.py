"""Settings for tests/benchmarks/petition_bench.py: the API bench's (production-like, DEBUG off,
tests/benchmarks/bench_settings.py) with signing opened up for one load generator.

- Every signer comes from 127.0.0.1, so the per-client rate limit is lifted.
- Confirmation emails are queued as in production: with django-tasks-db, a task row in
  PostgreSQL after each signature commits (no worker runs during the bench, so nothing is sent
  inside a request); without it, the dummy backend, which only records the task. Anything that
  is sent goes to memory, never to a mail server.
"""

import importlib.util

from tests.benchmarks.bench_settings import *  # noqa: F403
from tests.benchmarks.bench_settings import INSTALLED_APPS

PETITION_RATE_LIMIT = "1000000/s"  # api/signing.py: "<count>/<s|m|h>"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

if importlib.util.find_spec("django_tasks_db") is not None:
    if "django_tasks_db" not in INSTALLED_APPS:
        INSTALLED_APPS = [*INSTALLED_APPS, "django_tasks_db"]
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
