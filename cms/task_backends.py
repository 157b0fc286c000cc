"""The RQ task backend with the database queue behind it.

With TASKS_BACKEND=rq, tasks go to Redis for RQ workers. When Redis refuses, times out or is
skipped by the circuit breaker (cms/circuit_breaker.py), the task is written to the database
queue instead (the `fallback` backend, django-tasks-db), which `make worker` also runs
(`db_worker --backend fallback`). So an editor's publish (Wagtail queues its reference-index
update inside the publish's transaction), a signature's email and a webhook never depend on
Redis: nothing is lost and no request fails; the work waits in the database until a worker
takes it.
"""

import logging

import redis
from django.conf import settings
from django_tasks_rq import RQBackend

from cms.circuit_breaker import CircuitBreaker

logger = logging.getLogger(__name__)

FALLBACK = "fallback"
BREAKER = CircuitBreaker("Redis task queue", settings.REDIS_BREAKER_SECONDS)
REDIS_ERRORS = (redis.ConnectionError, redis.TimeoutError)


class RQBackendWithDatabaseFallback(RQBackend):
    def enqueue(self, task, args, kwargs):
        if not BREAKER.is_open:
            try:
                result = super().enqueue(task, args, kwargs)
            except REDIS_ERRORS as error:
                BREAKER.failed(error)
            else:
                BREAKER.succeeded()
                return result
        logger.info("Task %s queued in the database: Redis is unreachable", task.name)
        return task.using(backend=FALLBACK).enqueue(*args, **kwargs)
