"""A background loop of `serve`: every few minutes, flag tickets that became overdue (tickets.overdue)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress

from starlette.concurrency import run_in_threadpool

from tickets.service import TicketService

log = logging.getLogger(__name__)


async def _loop(service: TicketService, interval_s: float) -> None:
    while True:
        await asyncio.sleep(interval_s)
        try:
            flagged = await run_in_threadpool(service.flag_overdue)
            if flagged:
                log.info("flagged %d overdue tickets", len(flagged))
        except Exception:  # keep the loop alive; the next round retries
            log.exception("overdue check failed")


@asynccontextmanager
async def overdue_checks(service: TicketService, interval_minutes: float) -> AsyncIterator[None]:
    """Run the loop for the app's lifetime (disabled when interval_minutes <= 0)."""
    if interval_minutes <= 0:
        yield
        return
    task = asyncio.create_task(_loop(service, interval_minutes * 60))
    try:
        yield
    finally:
        task.cancel()
        with suppress(asyncio.CancelledError):
            await task
