import httpx
import pytest

from bot.outbox import PermanentSendError
from bot.zalo_bot import ZaloBotClient, ZaloBotError, parse_update, secret_ok
from tests.fakes.zalo import FakeZaloBot, zalo_bot_update


def test_parse_text_sticker_and_wrapped_updates() -> None:
    text = parse_update(zalo_bot_update("c1", "Xin chào", "z1"))
    assert text is not None and (text.key, text.chat_id, text.kind, text.text) == (
        "z1",
        "c1",
        "text",
        "Xin chào",
    )
    sticker = parse_update(zalo_bot_update("c1", "", "z2", event_name="message.sticker.received"))
    assert sticker is not None and sticker.kind == "sticker"
    wrapped = parse_update({"ok": True, "result": zalo_bot_update("c2", "hỏi", "z3")})
    assert wrapped is not None and wrapped.chat_id == "c2"
    assert parse_update({"event_name": "message.text.received"}) is None


def test_secret_check() -> None:
    assert secret_ok("s3cret-token", "s3cret-token")
    assert not secret_ok("", "s3cret-token")
    assert not secret_ok("anything", "")


async def test_send_splits_and_classifies_errors(fake_zalo_bot: FakeZaloBot) -> None:
    async with httpx.AsyncClient() as http:
        client = ZaloBotClient(http, token=fake_zalo_bot.token, base_url=fake_zalo_bot.base_url)
        await client.send_text("c1", "a " * 1500)
        assert [len(t) for t in fake_zalo_bot.texts_to("c1")] == [1999, 999]
        fake_zalo_bot.fail.append(503)
        with pytest.raises(ZaloBotError):
            await client.send_text("c1", "x")
        wrong = ZaloBotClient(http, token="other", base_url=fake_zalo_bot.base_url)
        with pytest.raises(ZaloBotError):
            await wrong.send_text("c1", "x")
        fake_zalo_bot.fail.append(403)
        with pytest.raises(PermanentSendError):
            await client.send_text("c1", "x")
