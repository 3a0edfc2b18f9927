"""Fixtures of the channel tests (shared with tests/e2e): tests/fakes/fixtures.py."""

from tests.fakes.fixtures import (  # noqa: F401
    assistant_fixture,
    channel_knowledge_dir_fixture,
    fake_telegram_fixture,
    fake_zalo_bot_fixture,
    fake_zalo_fixture,
    ticket_service_fixture,
)
