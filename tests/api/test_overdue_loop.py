"""The serve-time loop that flags overdue tickets (api/overdue_loop.py)."""

from __future__ import annotations

import asyncio

from api.overdue_loop import overdue_checks
from tests.fixtures_tickets import FakeClock, vn_time
from tests.tickets.helpers import create
from tickets.domain import Role, StaffUser
from tickets.service import TicketService


def test_loop_flags_then_stops(sqlite_ticket_service: TicketService, ticket_clock: FakeClock) -> None:
    created = create(sqlite_ticket_service)
    ticket_clock.set(vn_time(2026, 3, 20))

    async def scenario() -> list[str]:
        async with overdue_checks(sqlite_ticket_service, interval_minutes=0.0005):  # every 30 ms
            for _ in range(500):  # wait for the first round, at most a few seconds
                await asyncio.sleep(0.01)
                history = sqlite_ticket_service.staff_get(_admin(), created.code).history
                actions = [h.action for h in history]
                if "overdue" in actions:
                    return actions
        return []

    actions = asyncio.run(scenario())
    assert actions.count("overdue") == 1


def test_disabled_loop_does_nothing(sqlite_ticket_service: TicketService, ticket_clock: FakeClock) -> None:
    created = create(sqlite_ticket_service)
    ticket_clock.set(vn_time(2026, 3, 20))

    async def scenario() -> None:
        async with overdue_checks(sqlite_ticket_service, interval_minutes=0):
            await asyncio.sleep(0.05)

    asyncio.run(scenario())
    assert "overdue" not in [
        h.action for h in sqlite_ticket_service.staff_get(_admin(), created.code).history
    ]


def _admin() -> StaffUser:
    return StaffUser(id=0, username="system", role=Role.ADMIN, agency=None)
