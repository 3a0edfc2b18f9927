"""Fixtures for the ticket store: SQLite and PostgreSQL databases (owned by the tickets work).

- `tickets_db_url`: parametrised over "sqlite" (a file per test) and "postgres" (one database created for
  this test run on 127.0.0.1:5432, user postgres, emptied between tests, dropped at the end; skipped only
  when the server is unreachable).
- `ticket_service`: a TicketService on that database with a settable clock (`ticket_clock`).
- `sqlite_ticket_service`: the same on SQLite only, for tests of other parts.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tickets import security
from tickets.db import make_engine, migrate
from tickets.service import TicketService

PG_HOST = os.environ.get("TROLYAO_TEST_PG_HOST", "127.0.0.1")
PG_ADMIN_URL = f"postgresql+psycopg://postgres@{PG_HOST}:5432/postgres"
TABLES = (
    "ticket_events",
    "ticket_messages",
    "outbox",
    "evaluations",
    "tickets",
    "ticket_counters",
    "staff_users",
    "conversations",
    "inbound_events",
    "channel_credentials",
    "revoked_sessions",
    "sign_in_failures",
    "rate_limits",
    "web_transcripts",
    "rate_windows",
    "index_state",
)


class FakeClock:
    """A clock the test moves by hand (naive UTC, as the store keeps it)."""

    def __init__(self, now: dt.datetime) -> None:
        self.current = now

    def __call__(self) -> dt.datetime:
        return self.current

    def set(self, now: dt.datetime) -> None:
        self.current = now

    def advance(self, **kwargs: float) -> None:
        self.current += dt.timedelta(**kwargs)


def vn_time(year: int, month: int, day: int, hour: int = 9) -> dt.datetime:
    """Naive UTC for a wall-clock time in Vietnam (UTC+7)."""
    return dt.datetime(year, month, day, hour) - dt.timedelta(hours=7)


@pytest.fixture(scope="session")
def _postgres_database() -> Iterator[str | None]:
    """A database of our own for this test run, or None when the server does not answer."""
    import psycopg

    admin = PG_ADMIN_URL.replace("postgresql+psycopg", "postgresql")
    try:
        conn = psycopg.connect(admin, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError:
        yield None
        return
    name = f"trolyao_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    with conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = f"postgresql+psycopg://postgres@{PG_HOST}:5432/{name}"
    engine = make_engine(url)
    migrate(engine)
    engine.dispose()
    try:
        yield url
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _empty_postgres(url: str) -> None:
    from sqlalchemy import text

    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture(
    params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)],
)
def tickets_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'tickets.sqlite3'}"
    url: str | None = request.getfixturevalue("_postgres_database")
    if url is None:
        pytest.skip("PostgreSQL at 127.0.0.1:5432 is unreachable")
    _empty_postgres(url)
    return url


@pytest.fixture
def ticket_clock() -> FakeClock:
    return FakeClock(vn_time(2026, 3, 2))  # a Monday


@pytest.fixture(autouse=True)
def _fast_bcrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(security, "BCRYPT_ROUNDS", 4)


@pytest.fixture
def ticket_service(tickets_db_url: str, ticket_clock: FakeClock) -> Iterator[TicketService]:
    service = TicketService.open(tickets_db_url, secret="test-secret", clock=ticket_clock)
    try:
        yield service
    finally:
        service.close()


@pytest.fixture
def sqlite_ticket_service(tmp_path: Path, ticket_clock: FakeClock) -> Iterator[TicketService]:
    service = TicketService.open(
        f"sqlite:///{tmp_path / 'tickets.sqlite3'}", secret="test-secret", clock=ticket_clock
    )
    try:
        yield service
    finally:
        service.close()
