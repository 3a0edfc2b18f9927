"""Channel credentials in the `channel_credentials` table (e.g. the Zalo OA token pair).

The Zalo refresh token is single use: a new pair is written with a compare-and-set on the old refresh
token, in one transaction, before it is used, so two processes never both spend it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.exc import IntegrityError

from bot.state import SessionFactory
from tickets.models import ChannelCredential, utcnow


@dataclass(frozen=True)
class Credentials:
    access_token: str
    refresh_token: str
    expires_at: dt.datetime | None = None  # naive UTC; None: unknown (refresh when the API refuses it)


class CredentialStore:
    def __init__(self, session: SessionFactory) -> None:
        self._session = session

    def load(self, name: str) -> Credentials | None:
        with self._session() as s:
            row = s.execute(
                select(ChannelCredential).where(ChannelCredential.name == name)
            ).scalar_one_or_none()
            if row is None or not row.access_token:
                return None
            return Credentials(row.access_token, row.refresh_token or "", row.expires_at)

    def seed(self, name: str, initial: Credentials) -> None:
        """Store the configured pair unless one is stored already (a refreshed pair wins over the config)."""
        if not initial.access_token:
            return
        try:
            with self._session() as s:
                if s.get(ChannelCredential, name) is None:
                    s.add(
                        ChannelCredential(
                            name=name,
                            access_token=initial.access_token,
                            refresh_token=initial.refresh_token,
                            expires_at=initial.expires_at,
                            updated_at=utcnow(),
                        )
                    )
        except IntegrityError:
            pass  # another process seeded it first

    def replace(self, name: str, old_refresh_token: str, fresh: Credentials) -> bool:
        """Write `fresh` only if the stored refresh token is still `old_refresh_token`."""
        with self._session() as s:
            changed = cast(
                CursorResult[Any],
                s.execute(
                    update(ChannelCredential)
                    .where(
                        ChannelCredential.name == name, ChannelCredential.refresh_token == old_refresh_token
                    )
                    .values(
                        access_token=fresh.access_token,
                        refresh_token=fresh.refresh_token,
                        expires_at=fresh.expires_at,
                        updated_at=utcnow(),
                    )
                    .execution_options(synchronize_session=False)
                ),
            ).rowcount
        return bool(changed == 1)
