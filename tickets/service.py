"""TicketService: the one entry point of the ticket store for api/ and bot/."""

from __future__ import annotations

import secrets

from tickets.db import make_engine
from tickets.db import migrate as run_migrations
from tickets.deadlines import WorkingCalendar
from tickets.models import utcnow
from tickets.overdue import OverdueOps
from tickets.quarterly_report import ReportOps
from tickets.repository import DEFAULT_TICKETS_PER_REQUESTER_PER_HOUR, Clock
from tickets.requester import RequesterOps
from tickets.routing import Router
from tickets.signin import SignInOps
from tickets.staffops import StaffOps


class TicketService(RequesterOps, StaffOps, SignInOps, ReportOps, OverdueOps):
    """All sync. Each operation is one transaction; errors are tickets.errors types."""

    @classmethod
    def open(
        cls,
        url: str,
        *,
        migrate: bool = True,
        secret: str | None = None,
        clock: Clock = utcnow,
        calendar: WorkingCalendar | None = None,
        router: Router | None = None,
        tickets_per_requester_per_hour: int = DEFAULT_TICKETS_PER_REQUESTER_PER_HOUR,
    ) -> TicketService:
        """Open the store at `url` (any SQLAlchemy URL) and upgrade its schema to head.

        `secret` derives the token of tickets created with an Idempotency-Key, so that a retry gets the
        same token back; pass a stable one (the app passes settings.signing_key).
        """
        engine = make_engine(url)
        if migrate:
            run_migrations(engine)
        return cls(
            engine,
            secret=secret or secrets.token_urlsafe(32),
            clock=clock,
            calendar=calendar,
            router=router,
            tickets_per_requester_per_hour=tickets_per_requester_per_hour,
        )
