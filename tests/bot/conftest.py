"""Fixtures of the channel tests: a real ticket store on SQLite and the fake outside servers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fakes.telegram import FakeTelegram
from tests.fakes.zalo import FakeZaloBot, FakeZaloOA
from tickets.service import TicketService


@pytest.fixture
def ticket_service(tmp_path: Path) -> Iterator[TicketService]:
    svc = TicketService.open(f"sqlite:///{tmp_path / 'tickets.sqlite3'}", secret="test-secret")
    yield svc
    svc.close()


@pytest.fixture
def fake_telegram() -> Iterator[FakeTelegram]:
    with FakeTelegram() as fake:
        yield fake


@pytest.fixture
def fake_zalo() -> Iterator[FakeZaloOA]:
    with FakeZaloOA(app_id="1234567890", app_secret="app-secret") as fake:
        yield fake


@pytest.fixture
def fake_zalo_bot() -> Iterator[FakeZaloBot]:
    with FakeZaloBot() as fake:
        yield fake
