"""Small stores on the shared database: conversation state and the duplicate-delivery guard.

Both use tables the tickets migrations create (`conversations`, `inbound_events`); the session
factory is `TicketService.session` (a context manager that commits on success).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from sqlalchemy import Engine, delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from tickets.models import Conversation, InboundEvent, utcnow

SessionFactory = Callable[[], AbstractContextManager[Session]]


class ConversationStore:
    """The dialog's per-user state, one JSON document per (channel, user id).

    `read_session` (optional) serves `load` without taking SQLite's write lock: most messages only read.
    A state untouched for `ttl` is forgotten: an intake abandoned yesterday does not swallow today's question.
    """

    def __init__(
        self,
        session: SessionFactory,
        read_session: SessionFactory | None = None,
        *,
        ttl: dt.timedelta = dt.timedelta(hours=24),
    ) -> None:
        self._session = session
        self._read = read_session or session
        self.ttl = ttl

    def load(self, channel: str, user_id: str) -> dict[str, Any]:
        with self._read() as s:
            row = s.execute(
                select(Conversation.state, Conversation.updated_at).where(
                    Conversation.channel == channel, Conversation.user_id == user_id
                )
            ).first()
        if row is None or not row[0] or row[1] < utcnow() - self.ttl:
            return {}
        raw = row[0]
        try:
            value = json.loads(raw)
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    def save(self, channel: str, user_id: str, state: dict[str, Any]) -> None:
        text = json.dumps(state, ensure_ascii=False)
        with self._session() as s:
            row = s.execute(
                select(Conversation).where(Conversation.channel == channel, Conversation.user_id == user_id)
            ).scalar_one_or_none()
            if row is None:
                s.add(Conversation(channel=channel, user_id=user_id, state=text, updated_at=utcnow()))
            else:
                row.state = text
                row.updated_at = utcnow()

    def clear(self, channel: str, user_id: str) -> None:
        with self._session() as s:
            s.execute(
                delete(Conversation).where(Conversation.channel == channel, Conversation.user_id == user_id)
            )


def read_sessions(engine: Engine) -> SessionFactory:
    """Plain read transactions on `engine` (TicketService.session always opens a write transaction)."""
    maker = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session() -> Iterator[Session]:
        with maker() as s, s.begin():
            yield s

    return session


class InboundGuard:
    """Remembers delivered events: `first_time` is True once per (channel, event key), False on a repeat."""

    def __init__(self, session: SessionFactory) -> None:
        self._session = session

    def forget_before(self, moment: dt.datetime) -> int:
        """Drop keys older than any redelivery (Telegram and Zalo retry for hours, not weeks)."""
        with self._session() as s:
            result = s.execute(delete(InboundEvent).where(InboundEvent.received_at < moment))
            return int(getattr(result, "rowcount", 0) or 0)

    def first_time(self, channel: str, event_key: str) -> bool:
        try:
            with self._session() as s:
                s.add(InboundEvent(channel=channel, event_key=event_key[:200], received_at=utcnow()))
                s.flush()
        except IntegrityError:
            return False
        return True
