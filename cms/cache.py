"""The Redis cache with a circuit breaker (cms/circuit_breaker.py).

django-redis with IGNORE_EXCEPTIONS already turns a Redis error into a cache miss, but only
after the call failed: against a Redis that accepts connections and never answers, each call
waits out the socket timeout. Here the first failure opens the breaker, and until it closes
every call is a miss without touching the network.
"""

import redis
from django.conf import settings
from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted

from cms.circuit_breaker import CircuitBreaker

# One per process, shared by every cache alias on Redis (they share the server).
BREAKER = CircuitBreaker("Redis cache", settings.REDIS_BREAKER_SECONDS)


class _GuardedClient:
    """Stands in for django-redis' client: each call goes through the breaker."""

    def __init__(self, client):
        self._client = client

    def __getattr__(self, name):
        attribute = getattr(self._client, name)
        if not callable(attribute) or name.startswith("_"):
            return attribute

        def guarded(*args, **kwargs):
            if BREAKER.is_open:
                # What django-redis raises on a failed call: RedisCache answers it as a miss.
                raise ConnectionInterrupted(connection=None) from redis.ConnectionError(
                    "circuit open"
                )
            try:
                result = attribute(*args, **kwargs)
            except ConnectionInterrupted as error:
                BREAKER.failed(error.__cause__ or error)
                raise
            BREAKER.succeeded()
            return result

        return guarded


class CircuitBreakingRedisCache(RedisCache):
    @property
    def client(self):
        if self._client is None:
            self._client = _GuardedClient(self._client_cls(self._server, self._params, self))
        return self._client
