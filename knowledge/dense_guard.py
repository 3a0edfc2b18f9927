"""A circuit breaker in front of the vector store: when the Chroma server fails, retrieval goes on with
the lexical side alone and tries the server again after a pause (never one timeout per question)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

log = logging.getLogger(__name__)


class DenseGuard:
    def __init__(self, retry_after_s: float = 2.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.retry_after_s = retry_after_s
        self._clock = clock
        self._lock = threading.Lock()
        self._down_until = 0.0
        self._failures = 0
        self.last_error = ""

    @property
    def down(self) -> bool:
        """True while the last call failed and no later call has succeeded."""
        with self._lock:
            return self._failures > 0

    def should_try(self) -> bool:
        """Closed, or open long enough to probe the server again."""
        with self._lock:
            return self._failures == 0 or self._clock() >= self._down_until

    def succeeded(self) -> None:
        with self._lock:
            if self._failures:
                log.warning("vector store is back after %d failed calls", self._failures)
            self._failures = 0
            self.last_error = ""

    def failed(self, exc: BaseException) -> None:
        with self._lock:
            self._failures += 1
            self._down_until = self._clock() + self.retry_after_s
            self.last_error = type(exc).__name__
            first = self._failures == 1
        if first:
            log.warning("vector store unavailable (%s): answering from the lexical index", type(exc).__name__)
