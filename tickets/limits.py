"""Request limits kept in the database, so that every worker process of `serve` shares them:
fixed-window counters per (scope, key) — e.g. sign-in attempts or new tickets per client address.

`hit` counts one event atomically (one upsert) and answers how long to wait when the limit is passed.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import case, delete
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from tickets.models import RateLimit
from tickets.repository import TicketRepository

MAX_KEY = 200


class LimitOps(TicketRepository):
    def hit(self, scope: str, key: str, limit: int, window_s: int) -> int:
        """Count one event of `key` in `scope`; 0 if within `limit` per `window_s`, else the seconds
        until the window ends (the event is counted either way)."""
        now = self.now()
        stale = RateLimit.window_start <= now - dt.timedelta(seconds=window_s)
        with self._write() as session:
            insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
            stmt = (
                insert(RateLimit)
                .values(scope=scope, key=key[:MAX_KEY], window_start=now, count=1)
                .on_conflict_do_update(
                    index_elements=[RateLimit.scope, RateLimit.key],
                    set_={
                        "count": case((stale, 1), else_=RateLimit.count + 1),
                        "window_start": case((stale, now), else_=RateLimit.window_start),
                    },
                )
                .returning(RateLimit.count, RateLimit.window_start)
            )
            count, started = session.execute(stmt).one()
            if count == 1:  # a new window for this key: forget the scope's finished windows
                session.execute(
                    delete(RateLimit).where(
                        RateLimit.scope == scope,
                        RateLimit.window_start <= now - dt.timedelta(seconds=window_s),
                    )
                )
        if count <= limit:
            return 0
        return max(1, int((started + dt.timedelta(seconds=window_s) - now).total_seconds() + 0.999))
