"""`/healthz` (the process answers) and `/readyz` (it can serve), for load balancers and
orchestrators. /readyz asks the database, the cache, the media storage and the task queue, each
within READINESS_TIMEOUT seconds, and answers 503 only when one the process cannot serve without
fails (REQUIRED: the database, and the task queue only if nothing else can take its work). The
others failing is `"status": "degraded"` with 200 and their names in `degraded`: a Redis outage
costs cache hits and sends tasks to the database queue (cms/task_backends.py), and an S3 outage
costs uploads, but reads and signing still work, so taking every web process out of the load
balancer would turn a partial outage into a full one.

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
        # django-redis ignores Redis errors for normal use (IGNORE_EXCEPTIONS); ask Redis itself,
        # past the circuit breaker (cms/cache.py), so recovery shows at once.
        getattr(client, "_client", client).get_client(write=True).ping()
        return
    backend.set(PROBE_KEY, "1", timeout=5)
    if backend.get(PROBE_KEY) != "1":
        raise RuntimeError("cache did not return what was stored")


def check_storage():
    default_storage.exists(PROBE_KEY)  # a HEAD on S3, a stat on disk


def check_queue():
    from django_tasks import task_backends
    from django_tasks_db import DatabaseBackend
    from django_tasks_rq import RQBackend

    backend = task_backends["default"]
    if isinstance(backend, DatabaseBackend):
        from django_tasks_db.models import DBTaskResult

        try:
            DBTaskResult.objects.exists()
        finally:
            connection.close()
    elif isinstance(backend, RQBackend):
        import django_rq

        django_rq.get_connection(settings.TASKS["default"].get("QUEUES", ["default"])[0]).ping()


CHECKS = {
    "database": check_database,
    "cache": check_cache,
    "storage": check_storage,
    "queue": check_queue,
}


def required_checks() -> set[str]:
    """The checks without which this process cannot serve: the database, and the task queue
    unless a database queue stands behind it (TASKS `fallback`, with TASKS_BACKEND=rq)."""
    return {"database"} if "fallback" in settings.TASKS else {"database", "queue"}


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
    failed = {name for name, result in results.items() if not result["ok"]}
    if failed & required_checks():
        status = "unavailable"
    else:
        status = "degraded" if failed else "ready"
    return JsonResponse(
        {"status": status, "checks": results, "degraded": sorted(failed - required_checks())},
        status=503 if status == "unavailable" else 200,
    )
