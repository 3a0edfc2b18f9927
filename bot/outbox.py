"""The outbox dispatcher: sends pending `outbox` rows, retrying with back-off, each message once.

TicketService writes a row in the same transaction as the change it announces (a status change, a
staff reply, a new or transferred ticket); adapters also park a reply here when a channel fails.
A dispatcher claims a due row by moving its `next_attempt_at` forward (a lease, compare-and-set on the
old value), so two dispatchers never send the same row; then it sends and marks the row `sent`, or
counts the failure and schedules the next attempt (exponential back-off, capped). A permanent error
(the user blocked the bot, no chat configured for an agency) or too many attempts mark it `failed`.
Rows for a channel this process has no sender for are left for another process.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, cast

import anyio.to_thread
from sqlalchemy import CursorResult, select, update

from bot.state import SessionFactory
from tickets.models import Outbox, utcnow

log = logging.getLogger(__name__)

_BOT_TOKEN = re.compile(r"bot\d+:[\w-]+")
Sender = Callable[[str, str], Awaitable[None]]  # (recipient, text) -> None; raises on failure


class PermanentSendError(Exception):
    """Sending can never succeed (blocked, unknown chat, outside the channel's window): do not retry."""


class RetryLater(Exception):
    """The channel asked us to wait (e.g. Telegram's 429 with retry_after)."""

    def __init__(self, seconds: float, message: str = "") -> None:
        super().__init__(message or f"retry after {seconds:g} s")
        self.seconds = seconds


@dataclass(frozen=True)
class _Claimed:
    id: int
    channel: str
    recipient: str
    text: str
    attempts: int


def enqueue(
    session: SessionFactory, channel: str, recipient: str, text: str, ticket_id: int | None = None
) -> int:
    """Park a message in the outbox (used when a direct reply could not be sent)."""
    with session() as s:
        row = Outbox(channel=channel, recipient=recipient, text=text, ticket_id=ticket_id, status="pending")
        row.attempts = 0
        row.next_attempt_at = utcnow()
        s.add(row)
        s.flush()
        return row.id


class OutboxDispatcher:
    def __init__(
        self,
        session: SessionFactory,
        senders: Mapping[str, Sender],
        *,
        clock: Callable[[], dt.datetime] = utcnow,
        base_delay_s: float = 5.0,
        max_delay_s: float = 3600.0,
        max_attempts: int = 40,  # with the 1-hour cap: about a day and a half of retries
        lease_s: float = 120.0,
        batch: int = 50,
        observe: Callable[[str, str], None] | None = None,
    ) -> None:
        self.observe = observe  # (channel, "sent" | "retry" | "failed") after each attempt: metrics
        self._session = session
        self.senders = dict(senders)
        self._clock = clock
        self.base_delay_s = base_delay_s
        self.max_delay_s = max_delay_s
        self.max_attempts = max_attempts
        self.lease_s = lease_s
        self.batch = batch
        self._wake = asyncio.Event()

    def backoff(self, attempts: int) -> float:
        """Seconds before attempt `attempts + 1`: base * 2^(attempts - 1), capped."""
        return float(min(self.max_delay_s, self.base_delay_s * 2 ** max(0, attempts - 1)))

    def wake(self) -> None:
        """Ask a running `run_forever` to look for work now (e.g. right after a ticket change)."""
        self._wake.set()

    async def run_forever(self, interval_s: float = 2.0) -> None:
        while True:
            try:
                await self.run_once()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("outbox pass failed")
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=interval_s)

    async def run_once(self) -> int:
        """One pass over the due rows; returns how many were sent."""
        if not self.senders:
            return 0
        claimed = await anyio.to_thread.run_sync(self._claim)
        results = await asyncio.gather(*(self._send(row) for row in claimed))
        return sum(results)

    async def _send(self, row: _Claimed) -> bool:
        sender = self.senders[row.channel]
        try:
            await sender(row.recipient, row.text)
        except PermanentSendError as exc:
            await anyio.to_thread.run_sync(self._failed, row, _describe(exc), True, 0.0)
            return False
        except RetryLater as exc:
            await anyio.to_thread.run_sync(self._failed, row, _describe(exc), False, exc.seconds)
            return False
        except Exception as exc:
            await anyio.to_thread.run_sync(self._failed, row, _describe(exc), False, 0.0)
            return False
        await anyio.to_thread.run_sync(self._sent, row)
        return True

    # -- database (worker threads) -------------------------------------------------------------------

    def _claim(self) -> list[_Claimed]:
        now = self._clock()
        lease_until = now + dt.timedelta(seconds=self.lease_s)
        claimed: list[_Claimed] = []
        with self._session() as s:
            rows = s.execute(
                select(Outbox.id, Outbox.next_attempt_at)
                .where(
                    Outbox.status == "pending",
                    Outbox.next_attempt_at <= now,
                    Outbox.channel.in_(list(self.senders)),
                )
                .order_by(Outbox.next_attempt_at, Outbox.id)
                .limit(self.batch)
            ).all()
        for row_id, due in rows:
            with self._session() as s:
                won = cast(
                    CursorResult[Any],
                    s.execute(
                        update(Outbox)
                        .where(Outbox.id == row_id, Outbox.status == "pending", Outbox.next_attempt_at == due)
                        .values(next_attempt_at=lease_until)
                        .execution_options(synchronize_session=False)
                    ),
                ).rowcount
                if won != 1:
                    continue
                row = s.get(Outbox, row_id)
                if row is not None:
                    claimed.append(_Claimed(row.id, row.channel, row.recipient, row.text, row.attempts))
        return claimed

    def _sent(self, row: _Claimed) -> None:
        now = self._clock()
        with self._session() as s:
            s.execute(
                update(Outbox)
                .where(Outbox.id == row.id)
                .values(status="sent", sent_at=now, attempts=row.attempts + 1, last_error=None)
                .execution_options(synchronize_session=False)
            )
        log.info("outbox sent id=%s channel=%s attempts=%s", row.id, row.channel, row.attempts + 1)
        if self.observe is not None:
            self.observe(row.channel, "sent")

    def _failed(self, row: _Claimed, error: str, permanent: bool, wait_s: float) -> None:
        attempts = row.attempts + 1
        give_up = permanent or attempts >= self.max_attempts
        next_at = self._clock() + dt.timedelta(seconds=max(wait_s, self.backoff(attempts)))
        with self._session() as s:
            s.execute(
                update(Outbox)
                .where(Outbox.id == row.id)
                .values(
                    status="failed" if give_up else "pending",
                    attempts=attempts,
                    last_error=error[:500],
                    next_attempt_at=next_at,
                )
                .execution_options(synchronize_session=False)
            )
        log.warning(
            "outbox %s id=%s channel=%s attempts=%s error=%s",
            "gave up" if give_up else "will retry",
            row.id,
            row.channel,
            attempts,
            error[:200],
        )
        if self.observe is not None:
            self.observe(row.channel, "failed" if give_up else "retry")


def _describe(exc: BaseException) -> str:
    """Exception class and message: channel errors carry codes and descriptions, never the text sent;
    a bot token inside a URL is masked all the same."""
    return _BOT_TOKEN.sub("bot<token>", f"{type(exc).__name__}: {exc}")[:500]
