"""Settings for tests/benchmarks/api_bench.py: the real settings, served as in production.

DEBUG is off (with it on, Django keeps every SQL query in memory and renders technical error
pages), no cache middleware answers for the views, and the URLs add Wagtail's API v2 and a bare
JSON view to compare against (tests/benchmarks/bench_urls.py).
"""

import os

os.environ.setdefault("DJANGO_ENV", "development")

from cms.settings import *  # noqa: E402,F403
from cms.settings import CACHES, DATABASES, INSTALLED_APPS, MIDDLEWARE, REDIS_URL  # noqa: E402

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "tests.benchmarks.bench_urls"

if "wagtail.api.v2" not in INSTALLED_APPS:
    INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.api.v2"]

# Whole-response caching would measure the cache, not the views.
MIDDLEWARE = [name for name in MIDDLEWARE if not name.startswith("django.middleware.cache.")]

if REDIS_URL:
    # Each run has its own database, so its own keys: a Redis that outlived an earlier run must
    # not answer with that run's pages (page ids and content versions repeat between runs).
    CACHES = {
        **CACHES,
        "default": {**CACHES["default"], "KEY_PREFIX": f"tendik-{DATABASES['default']['NAME']}"},
    }

# Seeding thousands of pages queues Wagtail's index updates; run them in place, so the measured
# server finds a complete search index and an empty queue.
TASKS = {"default": {"BACKEND": TASK_BACKENDS["immediate"]}}  # noqa: F405
