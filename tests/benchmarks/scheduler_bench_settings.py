"""Settings for tests/benchmarks/scheduler_bench.py: the API bench's (production-like, DEBUG off,
tests/benchmarks/bench_settings.py) with the dummy task backend.

Claims and reports enqueue nothing; should anything be enqueued (a webhook delivery, say), the
dummy backend only records it, so no task runs inside a measured request and nothing leaves the
machine. The bench counts what a claim and a report enqueue in-process and prints it.
"""

from tests.benchmarks.bench_settings import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
