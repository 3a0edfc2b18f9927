"""Which Telegram chat receives an agency's new tickets: a CSV kept as data (agency,telegram_chat_id).

The shipped bot/data/agency_chats.csv lists every agency of the routing table with an empty chat id;
an operator fills it in (or points TROLYAO_TELEGRAM_AGENCY_CHATS at their own copy).
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from pathlib import Path

from knowledge.text import normalize

SHIPPED = Path(__file__).resolve().parent / "data" / "agency_chats.csv"


class AgencyChats:
    def __init__(self, chats: Mapping[str, str]) -> None:
        self._chats = {
            normalize(agency): chat for agency, chat in chats.items() if agency.strip() and chat.strip()
        }

    @classmethod
    def load(cls, path: Path | None = None) -> AgencyChats:
        with (path or SHIPPED).open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
        return cls({r.get("agency") or "": (r.get("telegram_chat_id") or "").strip() for r in rows})

    def chat_for(self, agency: str) -> str | None:
        return self._chats.get(normalize(agency))

    def __len__(self) -> int:
        return len(self._chats)
