"""A circuit breaker: after a dependency fails, stop asking it for a while.

A Redis that accepts connections and never answers makes every call wait out its socket timeout;
with the breaker open, the cache and the task queue skip Redis at once (a cache miss, the
database queue) and try it again after `REDIS_BREAKER_SECONDS`. One breaker per dependency and
per process: each gunicorn worker learns of an outage on its own first failed call.
"""

import logging
import threading
import time

logger = logging.getLogger(__name__)


class CircuitBreaker:
    def __init__(self, name: str, seconds: float):
        self.name = name
        self.seconds = seconds
        self._open_until = 0.0
        self._lock = threading.Lock()

    @property
    def is_open(self) -> bool:
        """True while calls should skip the dependency."""
        return time.monotonic() < self._open_until

    def failed(self, error: BaseException) -> None:
        with self._lock:
            was_open = self.is_open
            self._open_until = time.monotonic() + self.seconds
        if not was_open:
            # The error's class only: its message may carry hosts or passwords.
            logger.warning(
                "%s failed (%s); skipping it for %s s",
                self.name,
                type(error).__name__,
                self.seconds,
            )

    def succeeded(self) -> None:
        self._open_until = 0.0

    def reset(self) -> None:
        self._open_until = 0.0
