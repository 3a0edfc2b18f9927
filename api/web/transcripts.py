"""The web chat's visible transcript per browser session, on the shared database (`SqlTranscriptStore`),
so that several workers show the same.

The dialog state that matters (follow-up context, support intake) lives with the dialog; this is only
what the page shows again after a reload, so losing it on restart costs nothing important.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from bot.state import SessionFactory
from tickets.models import WebTranscript, utcnow

log = logging.getLogger(__name__)

MAX_TURNS = 30


class SqlTranscriptStore:
    """The same transcript on the shared database, so any web worker shows it after a reload.

    Sessions untouched for `ttl` are swept now and then; a database error shows an empty transcript
    and loses only the turn being added (the answer itself was already given).
    """

    def __init__(
        self, session: SessionFactory, max_turns: int = MAX_TURNS, ttl: dt.timedelta = dt.timedelta(days=2)
    ) -> None:
        self._session = session
        self._max_turns = max_turns
        self._ttl = ttl
        self._last_sweep = utcnow()

    def turns(self, session_id: str) -> list[dict[str, Any]]:
        try:
            with self._session() as s:
                raw = s.execute(
                    select(WebTranscript.turns).where(WebTranscript.session_id == session_id[:128])
                ).scalar()
        except SQLAlchemyError as exc:
            log.warning("web transcript unavailable (%s)", type(exc).__name__)
            return []
        try:
            value = json.loads(raw) if raw else []
        except ValueError:
            return []
        return value if isinstance(value, list) else []

    def add(self, session_id: str, turn: dict[str, Any]) -> None:
        key = session_id[:128]
        try:
            self._add(key, turn)
        except SQLAlchemyError as exc:
            log.warning("web transcript not saved (%s)", type(exc).__name__)

    def _add(self, key: str, turn: dict[str, Any]) -> None:
        now = utcnow()
        for _ in range(2):
            try:
                with self._session() as s:
                    row = s.execute(
                        select(WebTranscript).where(WebTranscript.session_id == key).with_for_update()
                    ).scalar_one_or_none()
                    if row is None:
                        s.add(WebTranscript(session_id=key, turns=json.dumps([turn], ensure_ascii=False)))
                    else:
                        turns = [*json.loads(row.turns or "[]"), turn][-self._max_turns :]
                        row.turns = json.dumps(turns, ensure_ascii=False)
                        row.updated_at = now
                break
            except IntegrityError:  # the same session's first turn saved by another worker: append to it
                continue
        if now - self._last_sweep > dt.timedelta(hours=1):
            self._last_sweep = now
            with self._session() as s:
                s.execute(delete(WebTranscript).where(WebTranscript.updated_at < now - self._ttl))
