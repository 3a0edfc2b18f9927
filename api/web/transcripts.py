"""The web chat's visible transcript per browser session, kept in memory and bounded.

The dialog state that matters (follow-up context, support intake) lives with the dialog; this is only
what the page shows again after a reload, so losing it on restart costs nothing important.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

MAX_SESSIONS = 2000
MAX_TURNS = 30


class TranscriptStore:
    def __init__(self, max_sessions: int = MAX_SESSIONS, max_turns: int = MAX_TURNS) -> None:
        self._lock = threading.Lock()
        self._data: OrderedDict[str, list[dict[str, Any]]] = OrderedDict()
        self._max_sessions = max_sessions
        self._max_turns = max_turns

    def turns(self, session_id: str) -> list[dict[str, Any]]:
        with self._lock:
            return list(self._data.get(session_id, []))

    def add(self, session_id: str, turn: dict[str, Any]) -> None:
        with self._lock:
            turns = self._data.pop(session_id, [])
            turns.append(turn)
            self._data[session_id] = turns[-self._max_turns :]
            while len(self._data) > self._max_sessions:
                self._data.popitem(last=False)
