"""The knowledge index's shared version and the ingest lease, on the ticket database.

Every web worker follows the version (KnowledgeIndex.follow_version) and reloads its lexical index and
passages when an ingest bumps it. An ingest holds the lease while it writes, so two never run at once;
a crashed ingest's lease expires after its time-to-live.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, cast

from sqlalchemy import CursorResult, Engine, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from tickets.models import IndexState, utcnow

NAME = "knowledge"
BUSY = (
    "Một lượt nạp tài liệu khác đang chạy ({owner}); hãy chờ lượt đó xong rồi chạy lại "
    "(khóa tự hết hạn lúc {until} UTC nếu lượt đó đã dừng giữa chừng)."
)


class IngestBusy(RuntimeError):
    """Another ingest holds the lease."""


def owner_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"[:100]


class IndexStateStore:
    def __init__(self, engine: Engine) -> None:
        self._maker = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def _session(self) -> Iterator[Session]:
        with self._maker() as session, session.begin():
            yield session

    def _ensure_row(self) -> None:
        with self._session() as s:
            if s.get(IndexState, NAME) is not None:
                return
        try:
            with self._session() as s:
                s.add(IndexState(name=NAME, version=0, updated_at=utcnow()))
        except IntegrityError:  # another process created it first
            pass

    def version(self) -> int:
        with self._session() as s:
            value = s.execute(select(IndexState.version).where(IndexState.name == NAME)).scalar()
        return int(value or 0)

    def bump(self) -> int:
        """A new version, after an ingest wrote the index; returns it."""
        self._ensure_row()
        with self._session() as s:
            s.execute(
                update(IndexState)
                .where(IndexState.name == NAME)
                .values(version=IndexState.version + 1, updated_at=utcnow())
            )
            return int(s.execute(select(IndexState.version).where(IndexState.name == NAME)).scalar_one())

    @contextmanager
    def ingest_lease(self, ttl: dt.timedelta = dt.timedelta(hours=2)) -> Iterator[str]:
        """Hold the ingest lease for the block, or raise IngestBusy (message in Vietnamese)."""
        self._ensure_row()
        owner = owner_name()
        now = utcnow()
        with self._session() as s:
            won = cast(
                CursorResult[Any],
                s.execute(
                    update(IndexState)
                    .where(
                        IndexState.name == NAME,
                        or_(IndexState.ingest_until.is_(None), IndexState.ingest_until < now),
                    )
                    .values(ingest_owner=owner, ingest_until=now + ttl)
                    .execution_options(synchronize_session=False)
                ),
            ).rowcount
            if won != 1:
                row = s.get(IndexState, NAME)
                holder = row.ingest_owner if row else "?"
                until = row.ingest_until.strftime("%H:%M %d/%m/%Y") if row and row.ingest_until else "?"
                raise IngestBusy(BUSY.format(owner=holder, until=until))
        try:
            yield owner
        finally:
            with self._session() as s:
                s.execute(
                    update(IndexState)
                    .where(IndexState.name == NAME, IndexState.ingest_owner == owner)
                    .values(ingest_owner=None, ingest_until=None)
                    .execution_options(synchronize_session=False)
                )
