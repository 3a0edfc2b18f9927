import pytest
from telegram import Bot

from bot.outbox import PermanentSendError, RetryLater
from bot.telegram import TelegramSender, make_bot
from tests.fakes.telegram import FakeTelegram


def _bot(fake: FakeTelegram) -> Bot:
    return make_bot(fake.token, fake.base_url)


async def test_long_replies_are_split_on_paragraphs_under_4096(fake_telegram: FakeTelegram) -> None:
    paragraphs = [f"Mục {i}. " + "Nhiệm vụ cải thiện môi trường kinh doanh. " * 20 for i in range(12)]
    async with _bot(fake_telegram) as bot:
        await TelegramSender(bot)("42", "\n\n".join(paragraphs))
    texts = fake_telegram.texts_to(42)
    assert len(texts) >= 3 and all(len(t) <= 4096 for t in texts)  # the fake refuses longer, as Telegram does
    assert all(t.startswith("Mục ") for t in texts)
    assert "\n\n".join(texts).count("Mục ") == 12


async def test_errors_are_classified_for_the_outbox(fake_telegram: FakeTelegram) -> None:
    async with _bot(fake_telegram) as bot:
        sender = TelegramSender(bot)
        fake_telegram.fail["sendMessage"] = [403]
        with pytest.raises(PermanentSendError):
            await sender("42", "x")
        fake_telegram.fail["sendMessage"] = [502]
        with pytest.raises(ConnectionError):
            await sender("42", "x")
    assert fake_telegram.texts_to(42) == []


async def test_retry_after_is_honoured(fake_telegram: FakeTelegram, monkeypatch: pytest.MonkeyPatch) -> None:
    original = fake_telegram.handle

    def throttled(method: str, path: str, headers: dict[str, str], raw: bytes) -> tuple[int, object]:
        if path.endswith("/sendMessage"):
            return 429, {"ok": False, "error_code": 429, "description": "Too Many Requests",
                         "parameters": {"retry_after": 3}}  # fmt: skip
        return original(method, path, headers, raw)

    monkeypatch.setattr(fake_telegram, "handle", throttled)
    async with _bot(fake_telegram) as bot:
        with pytest.raises(RetryLater) as caught:
            await TelegramSender(bot)("42", "x")
    assert caught.value.seconds == 3
