"""Fixtures and helpers shared by tests/bot and tests/e2e/test_channels_*.py."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI

from api.app import create_app
from api.config import Settings
from knowledge.assistant import Assistant
from tests.fakes.telegram import FakeTelegram
from tests.fakes.zalo import FakeZaloBot, FakeZaloOA
from tickets.domain import StaffUser
from tickets.service import TicketService


@pytest.fixture(name="channel_knowledge_dir", scope="session")
def channel_knowledge_dir_fixture(small_knowledge_dir: Path) -> Path:
    """The small knowledge fixture of knowledge-ingest (real ingest of passages of 220/KH-UBND)."""
    return small_knowledge_dir


@pytest.fixture(name="assistant", scope="session")
def assistant_fixture(channel_knowledge_dir: Path) -> Assistant:
    return Assistant.open(channel_knowledge_dir)


@pytest.fixture(name="ticket_service")
def ticket_service_fixture(tickets_db_url: str) -> Iterator[TicketService]:
    """The real ticket store on SQLite and on PostgreSQL (tickets' `tickets_db_url`), on the real clock."""
    svc = TicketService.open(tickets_db_url, secret="test-secret")
    yield svc
    svc.close()


@pytest.fixture(name="fake_telegram")
def fake_telegram_fixture() -> Iterator[FakeTelegram]:
    with FakeTelegram() as fake:
        yield fake


@pytest.fixture(name="fake_zalo")
def fake_zalo_fixture() -> Iterator[FakeZaloOA]:
    with FakeZaloOA(app_id="1234567890", app_secret="app-secret") as fake:
        yield fake


@pytest.fixture(name="fake_zalo_bot")
def fake_zalo_bot_fixture() -> Iterator[FakeZaloBot]:
    with FakeZaloBot() as fake:
        yield fake


TELEGRAM_SECRET = "tg-webhook-secret_1"
ZALO_APP_ID, ZALO_APP_SECRET, ZALO_OA_SECRET = "1234567890", "app-secret", "oa-secret-key"
ZALO_BOT_SECRET = "zalo-bot-secret"
AGENCY_CHAT = "-1001"  # the Telegram group of Thuế thành phố in these tests


def channel_settings(
    tmp_path: Path,
    knowledge_dir: Path,
    *,
    telegram: FakeTelegram | None = None,
    zalo: FakeZaloOA | None = None,
    zalo_bot: FakeZaloBot | None = None,
    database_url: str = "",
) -> Settings:
    """Settings of a process whose channels all point at the fakes (fast outbox retries for tests)."""
    chats = tmp_path / "agency_chats.csv"
    chats.write_text(f"agency,telegram_chat_id\nThuế thành phố,{AGENCY_CHAT}\n", encoding="utf-8")
    values: dict[str, Any] = {
        "data_dir": knowledge_dir,
        "database_url": database_url or f"sqlite:///{tmp_path / 'channels.sqlite3'}",
        "secret_key": "test-signing-key",
        "telegram_agency_chats": str(chats),
        "outbox_interval_s": 0.05,
        "outbox_base_delay_s": 0.05,
        "rate_limit_per_minute": 1000,
    }
    if telegram is not None:
        values |= {
            "telegram_token": telegram.token,
            "telegram_base_url": telegram.base_url,
            "telegram_webhook_secret": TELEGRAM_SECRET,
        }
    if zalo is not None:
        values |= {
            "zalo_app_id": ZALO_APP_ID,
            "zalo_app_secret": ZALO_APP_SECRET,
            "zalo_oa_secret_key": ZALO_OA_SECRET,
            "zalo_access_token": "AT1",
            "zalo_refresh_token": "RT1",
            "zalo_api_base_url": zalo.base_url,
            "zalo_oauth_base_url": zalo.base_url,
        }
    if zalo_bot is not None:
        values |= {
            "zalo_bot_token": zalo_bot.token,
            "zalo_bot_base_url": zalo_bot.base_url,
            "zalo_bot_webhook_secret": ZALO_BOT_SECRET,
        }
    return Settings(**values)


def make_app(settings: Settings, assistant: Assistant) -> FastAPI:
    """The real app; the session's assistant is handed in so the index loads once per test session."""
    return create_app(settings, assistant=assistant)


def coordinator(svc: TicketService) -> StaffUser:
    return svc.add_staff("dieu-phoi", "mat-khau-du-dai", "coordinator")


def wait_until(predicate: Callable[[], bool], timeout: float = 20.0) -> bool:
    """Poll `predicate` (e.g. a database row reaching a state) until it holds or `timeout` passes."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True
