"""`/healthz` (the process answers) and `/readyz` (it can serve: database, cache, storage and
task queue each answer within READINESS_TIMEOUT seconds), for load balancers and orchestrators.

Both are plain JSON outside /api/, never cached, and say nothing a visitor could misuse: which
dependency failed and the error's class, not its message (which may carry hosts or names).
"""

import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

PROBE_KEY = "ops:readiness-probe"


def check_database():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    finally:
        connection.close()  # this runs in a worker thread: leave no connection behind


def check_cache():
    backend = cache
    client = getattr(backend, "client", None)
    if client is not None and hasattr(client, "get_client"):
        # django-redis ignores Redis errors for normal use (IGNORE_EXCEPTIONS); ask Redis itself.
        client.get_client(write=True).ping()
        return
    backend.set(PROBE_KEY, "1", timeout=5)
    if backend.get(PROBE_KEY) != "1":
        raise RuntimeError("cache did not return what was stored")


def check_storage():
    default_storage.exists(PROBE_KEY)  # a HEAD on S3, a stat on disk


def check_queue():
    backend = settings.TASKS["default"]["BACKEND"]
    if backend.startswith("django_tasks_db."):
        from django_tasks_db.models import DBTaskResult

        try:
            DBTaskResult.objects.exists()
        finally:
            connection.close()
    elif backend.startswith("django_tasks_rq."):
        import django_rq

        django_rq.get_connection(settings.TASKS["default"].get("QUEUES", ["default"])[0]).ping()


CHECKS = {
    "database": check_database,
    "cache": check_cache,
    "storage": check_storage,
    "queue": check_queue,
}


def run_checks(checks=None, timeout=None):
    """{name: {"ok": bool, "ms": float, "error": class name}} with every check run at once,
    each given `timeout` seconds."""
    checks = checks or CHECKS
    timeout = timeout or settings.READINESS_TIMEOUT
    results = {}
    pool = ThreadPoolExecutor(max_workers=len(checks), thread_name_prefix="readyz")
    started = time.monotonic()
    futures = {name: pool.submit(_timed, check) for name, check in checks.items()}
    for name, future in futures.items():
        remaining = max(0.0, timeout - (time.monotonic() - started))
        try:
            results[name] = future.result(timeout=remaining)
        except FutureTimeout:
            results[name] = {"ok": False, "ms": round(timeout * 1000), "error": "Timeout"}
    # A hung check keeps its thread; the answer does not wait for it.
    pool.shutdown(wait=False, cancel_futures=True)
    return results


def _timed(check):
    started = time.monotonic()
    try:
        check()
    except Exception as error:  # noqa: BLE001 - any failure means "not ready"
        return {"ok": False, "ms": _ms(started), "error": type(error).__name__}
    return {"ok": True, "ms": _ms(started)}


def _ms(started):
    return round((time.monotonic() - started) * 1000, 1)


@never_cache
@require_safe
def healthz(request):
    return JsonResponse({"status": "ok"})


@never_cache
@require_safe
def readyz(request):
    results = run_checks()
    ready = all(result["ok"] for result in results.values())
    return JsonResponse(
        {"status": "ready" if ready else "unavailable", "checks": results},
        status=200 if ready else 503,
    )
