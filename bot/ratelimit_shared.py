"""The channel rate limit shared by every web worker: messages counted per (user, minute window) in
the database, or in Redis when TROLYAO_REDIS_URL is set.

Both are `RateLimiter`s to the dialog. A fixed one-minute window allows `per_minute` messages; the
store being down lets messages through (a rate limit never silences the assistant) and says so in the log.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from bot.ratelimit import RateLimiter
from bot.state import SessionFactory
from tickets.models import RateWindow

log = logging.getLogger(__name__)
WINDOW_S = 60


class SqlRateLimiter(RateLimiter):
    def __init__(
        self, session: SessionFactory, per_minute: int, *, clock: Callable[[], float] = time.time
    ) -> None:
        super().__init__(per_minute, clock=clock)
        self.per_minute = per_minute
        self._session = session
        self._last_sweep = 0

    def allow(self, key: str) -> bool:
        window = int(self._clock() // WINDOW_S)
        key = key[:250]
        try:
            count = self._count(key, window)
            if window != self._last_sweep:
                self._last_sweep = window
                with self._session() as s:
                    s.execute(delete(RateWindow).where(RateWindow.window < window - 1))
        except SQLAlchemyError as exc:
            log.warning("shared rate limit unavailable (%s): message allowed", type(exc).__name__)
            return True
        return count <= self.per_minute

    def _count(self, key: str, window: int) -> int:
        for _ in range(2):
            with self._session() as s:
                changed = s.execute(
                    update(RateWindow)
                    .where(RateWindow.key == key, RateWindow.window == window)
                    .values(count=RateWindow.count + 1)
                    .execution_options(synchronize_session=False)
                )
                if getattr(changed, "rowcount", 0) == 1:
                    value = s.execute(
                        select(RateWindow.count).where(RateWindow.key == key, RateWindow.window == window)
                    ).scalar_one()
                    return int(value)
            try:
                with self._session() as s:
                    s.add(RateWindow(key=key, window=window, count=1))
                return 1
            except IntegrityError:  # another worker inserted the row first: count on it
                continue
        return 1


class RedisRateLimiter(RateLimiter):
    def __init__(self, url: str, per_minute: int, *, clock: Callable[[], float] = time.time) -> None:
        import redis

        super().__init__(per_minute, clock=clock)
        self.per_minute = per_minute
        self._redis: Any = redis.Redis.from_url(url, socket_timeout=1.0, socket_connect_timeout=1.0)

    def allow(self, key: str) -> bool:
        window = int(self._clock() // WINDOW_S)
        name = f"trolyao:rate:{window}:{key[:250]}"
        try:
            pipe = self._redis.pipeline()
            pipe.incr(name)
            pipe.expire(name, WINDOW_S * 2)
            count, _ = pipe.execute()
        except Exception as exc:  # redis.RedisError, OSError
            log.warning("shared rate limit unavailable (%s): message allowed", type(exc).__name__)
            return True
        return int(count) <= self.per_minute
