from pathlib import Path

from api.commands.bot_commands import _set_webhooks
from api.config import Settings
from tests.fakes.fixtures import fake_telegram_fixture, fake_zalo_bot_fixture  # noqa: F401  (fixtures)
from tests.fakes.telegram import FakeTelegram
from tests.fakes.zalo import FakeZaloBot


async def test_set_webhook_registers_both_bots_with_their_secrets(
    tmp_path: Path, fake_telegram: FakeTelegram, fake_zalo_bot: FakeZaloBot
) -> None:
    settings = Settings(
        data_dir=tmp_path,
        telegram_token=fake_telegram.token,
        telegram_base_url=fake_telegram.base_url,
        telegram_webhook_secret="tg-secret_1",
        zalo_bot_token=fake_zalo_bot.token,
        zalo_bot_base_url=fake_zalo_bot.base_url,
        zalo_bot_webhook_secret="zalo-bot-secret",
    )
    assert await _set_webhooks(settings, "https://trolyao.example.vn") == 0
    assert fake_telegram.webhook["url"] == "https://trolyao.example.vn/webhooks/telegram"
    assert fake_telegram.webhook["secret_token"] == "tg-secret_1"
    assert {c["command"] for c in fake_telegram.commands} >= {"start", "hotro", "trangthai"}
    assert fake_zalo_bot.webhook == {
        "url": "https://trolyao.example.vn/webhooks/zalo-bot",
        "secret_token": "zalo-bot-secret",
    }


async def test_set_webhook_refuses_without_a_secret(tmp_path: Path, fake_telegram: FakeTelegram) -> None:
    settings = Settings(
        data_dir=tmp_path, telegram_token=fake_telegram.token, telegram_base_url=fake_telegram.base_url
    )
    assert await _set_webhooks(settings, "https://x.example") == 2
    assert fake_telegram.webhook == {}
