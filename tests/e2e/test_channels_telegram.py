"""Telegram end to end: the real python-telegram-bot Application and the real HTTP endpoints against the
fake Bot API, in webhook mode (`serve`) and in long-polling mode (`trolyao bot telegram`)."""

from __future__ import annotations

import asyncio
import logging
import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from api.commands.bot_commands import _poll
from api.services import services_of
from bot.telegram_html import problems as html_problems
from knowledge.assistant import Assistant
from tests.fakes.fixtures import (  # noqa: F401  (fixtures)
    AGENCY_CHAT,
    TELEGRAM_SECRET,
    assistant_fixture,
    channel_knowledge_dir_fixture,
    channel_settings,
    coordinator,
    fake_telegram_fixture,
    make_app,
)
from tests.fakes.telegram import FakeTelegram
from tickets.models import InboundEvent
from tickets.service import TicketService

CODE = re.compile(r"CTC-\d{4}-\d{6}")
QUESTION = "Kế hoạch giao cơ quan nào phổ biến quy định đóng bảo hiểm xã hội cho doanh nghiệp?"
ONE_MESSAGE = (
    "Tôi là Nguyễn Văn An, Công ty TNHH Đông Hải, SĐT 0912345678. Doanh nghiệp chúng tôi nộp hồ sơ "
    "hoàn thuế GTGT đã 2 tháng mà chưa được giải quyết, mong được hỗ trợ."
)


def post_update(client: TestClient, update: dict[str, Any], secret: str = TELEGRAM_SECRET) -> int:
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret else {}
    return client.post("/webhooks/telegram", json=update, headers=headers).status_code


def say(client: TestClient, fake: FakeTelegram, chat: int, text: str, **kw: Any) -> str:
    """Send one message through the webhook and wait for the bot's answer to it."""
    before = len(fake.texts_to(chat))
    assert post_update(client, fake_update(fake, chat, text, **kw)) == 200
    texts = fake.wait_texts(chat, before + 1)
    assert len(texts) > before, f"no reply to {text!r}"
    return texts[before]


def fake_update(fake: FakeTelegram, chat: int, text: str, update_id: int | None = None) -> dict[str, Any]:
    update = fake.push_text(chat, text, update_id=update_id)
    with fake.cond:  # webhook mode: Telegram posts the update to us; nobody polls the fake
        fake.updates.remove(update)
    return update


def test_webhook_answers_questions_runs_intakes_and_notifies(
    tmp_path: Path,
    channel_knowledge_dir: Path,
    assistant: Assistant,
    fake_telegram: FakeTelegram,
    tickets_db_url: str,
) -> None:
    settings = channel_settings(
        tmp_path, channel_knowledge_dir, telegram=fake_telegram, database_url=tickets_db_url
    )
    app = make_app(settings, assistant)
    with TestClient(app) as client:
        # the command menu is set at start-up
        assert "/hotro" not in [c["command"] for c in fake_telegram.commands]
        assert {c["command"] for c in fake_telegram.commands} >= {
            "start",
            "hotro",
            "trangthai",
            "nhiemvu",
            "huy",
        }

        # a question answered with a citation
        answer = say(client, fake_telegram, 42, QUESTION)
        assert "Bảo hiểm xã hội thành phố" in answer
        assert fake_telegram.sent_to(42)[-1].parse_mode == "HTML"
        assert [label for label, _ in fake_telegram.sent_to(42)[-1].buttons()] == ["Nguồn"]
        assert "sendChatAction" in fake_telegram.calls  # "typing…" while the answer was composed

        # an intake in several turns
        assert "mô tả" in say(client, fake_telegram, 42, "/hotro")
        assert "họ tên" in say(client, fake_telegram, 42, "Chậm cấp giấy phép xây dựng nhà xưởng đã 3 tháng")
        assert "số điện thoại" in say(client, fake_telegram, 42, "Trần Thị Bình")
        created = say(client, fake_telegram, 42, "0987654321")
        first_code = CODE.search(created)
        assert first_code is not None and "Hạn giải quyết" in created

        # a one-message intake
        created = say(client, fake_telegram, 43, ONE_MESSAGE)
        code_match = CODE.search(created)
        assert code_match is not None and "Thuế thành phố" in created
        code = code_match.group(0)

        # the new ticket reached its agency's Telegram chat (through the outbox)
        agency_texts = fake_telegram.wait_texts(AGENCY_CHAT, 1)
        assert any(code in t for t in agency_texts)

        # a status check shows the requester's own tickets only
        status = say(client, fake_telegram, 43, "/trangthai")
        assert code in status and first_code.group(0) not in status
        other = say(client, fake_telegram, 42, f"/trangthai {code}")
        assert "Không tìm thấy" in other and "hoàn thuế" not in other

        # a staff action reaches the requester on Telegram
        svc = services_of(app).tickets
        before = len(fake_telegram.texts_to(43))
        svc.transition(coordinator(svc), code, "acknowledged", None)
        texts = fake_telegram.wait_texts(43, before + 1)
        assert any(code in t and "tiếp nhận" in t for t in texts[before:])

        # a sticker and an unknown command get a short explanation
        before = len(fake_telegram.texts_to(44))
        sticker = fake_telegram.push_sticker(44)
        with fake_telegram.cond:
            fake_telegram.updates.remove(sticker)
        assert post_update(client, sticker) == 200
        assert "nhãn dán" in fake_telegram.wait_texts(44, before + 1)[before]
        assert "không hiểu lệnh" in say(client, fake_telegram, 44, "/xoa")


def test_forged_and_duplicate_webhook_deliveries(
    tmp_path: Path, channel_knowledge_dir: Path, assistant: Assistant, fake_telegram: FakeTelegram
) -> None:
    settings = channel_settings(tmp_path, channel_knowledge_dir, telegram=fake_telegram)
    app = make_app(settings, assistant)
    with TestClient(app) as client:
        update = fake_update(fake_telegram, 50, "/start", update_id=900)
        assert post_update(client, update, secret="") == 403
        assert post_update(client, update, secret="wrong") == 403
        assert post_update(client, {"message": "not an update"}) == 400
        assert post_update(client, update) == 200
        fake_telegram.wait_texts(50, 1)
        assert post_update(client, update) == 200  # Telegram delivers the same update again
        assert "hỗ trợ" in say(client, fake_telegram, 50, "/hotro")  # a later message is still answered
        with services_of(app).tickets.session() as s:
            seen = s.execute(
                select(func.count()).select_from(InboundEvent).where(InboundEvent.channel == "telegram")
            )
            assert seen.scalar_one() == 2
    greetings = [t for t in fake_telegram.texts_to(50) if t.startswith("Xin chào")]
    assert len(greetings) == 1  # the duplicate did nothing


def test_restart_in_the_middle_of_an_intake(
    tmp_path: Path, channel_knowledge_dir: Path, assistant: Assistant, fake_telegram: FakeTelegram
) -> None:
    settings = channel_settings(tmp_path, channel_knowledge_dir, telegram=fake_telegram)
    with TestClient(make_app(settings, assistant)) as client:
        assert "mô tả" in say(client, fake_telegram, 60, "/hotro")
        assert "họ tên" in say(client, fake_telegram, 60, "Xin cấp phép xây dựng nhà kho bị chậm")
    with TestClient(make_app(settings, assistant)) as client:  # a new process on the same database
        assert "số điện thoại" in say(client, fake_telegram, 60, "Lê Văn Cường")
        assert CODE.search(say(client, fake_telegram, 60, "MST 0201234567"))


async def test_long_polling_bot(
    tmp_path: Path, channel_knowledge_dir: Path, fake_telegram: FakeTelegram
) -> None:
    """`trolyao bot telegram`: getUpdates against the fake, replies, notifications from another process."""
    settings = channel_settings(tmp_path, channel_knowledge_dir, telegram=fake_telegram)
    stop = asyncio.Event()
    bot = asyncio.create_task(_poll(settings, stop))

    async def say_polled(chat: int, text: str) -> str:
        before = len(fake_telegram.texts_to(chat))
        fake_telegram.push_text(chat, text)
        texts = await asyncio.to_thread(fake_telegram.wait_texts, chat, before + 1)
        assert len(texts) > before, f"no reply to {text!r}"
        return texts[before]

    try:
        answer = await say_polled(70, QUESTION)
        assert "Bảo hiểm xã hội" in answer and fake_telegram.sent_to(70)[-1].buttons()[0][0] == "Nguồn"
        created = await say_polled(70, ONE_MESSAGE)
        code_match = CODE.search(created)
        assert code_match is not None
        assert code_match.group(0) in await say_polled(70, "hồ sơ của tôi đến đâu rồi")
        # staff act from the web process (another TicketService on the same database)
        svc = TicketService.open(settings.sqlalchemy_url, secret="x")
        try:
            before = len(fake_telegram.texts_to(70))
            svc.transition(coordinator(svc), code_match.group(0), "acknowledged", None)
            texts = await asyncio.to_thread(fake_telegram.wait_texts, 70, before + 1)
            assert any("tiếp nhận" in t for t in texts[before:])
        finally:
            svc.close()
    finally:
        stop.set()
        await bot
    assert "getUpdates" in fake_telegram.calls and "deleteWebhook" in fake_telegram.calls
    assert fake_telegram.updates == []  # every update was confirmed


def test_no_message_text_or_personal_data_in_the_logs(
    tmp_path: Path,
    channel_knowledge_dir: Path,
    assistant: Assistant,
    fake_telegram: FakeTelegram,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    settings = channel_settings(tmp_path, channel_knowledge_dir, telegram=fake_telegram)
    with TestClient(make_app(settings, assistant)) as client:
        assert CODE.search(say(client, fake_telegram, 80, ONE_MESSAGE))
        say(client, fake_telegram, 80, "/trangthai")
    assert caplog.records  # the flow did log (routes, latencies, outbox)
    for secret in ("Nguyễn Văn An", "0912345678", "Đông Hải", "hoàn thuế", fake_telegram.token):
        assert secret not in caplog.text


def test_the_web_app_starts_when_telegram_is_unreachable(
    tmp_path: Path, channel_knowledge_dir: Path, assistant: Assistant, fake_telegram: FakeTelegram
) -> None:
    settings = channel_settings(tmp_path, channel_knowledge_dir, telegram=fake_telegram)
    fake_telegram.close()  # the Bot API is down when `serve` starts
    with TestClient(make_app(settings, assistant)) as client:
        assert client.get("/healthz").status_code == 200
        session_id = client.post("/v1/chat", json={"question": "Xin chào"}).json()["session_id"]
        assert (
            client.post("/v1/chat", json={"question": "/start", "session_id": session_id}).status_code == 200
        )
        update = {
            "update_id": 1,
            "message": {"message_id": 1, "date": 0, "chat": {"id": 1, "type": "private"}},
        }
        assert post_update(client, update) == 503


def test_group_chats_get_only_the_chat_id(
    tmp_path: Path, channel_knowledge_dir: Path, assistant: Assistant, fake_telegram: FakeTelegram
) -> None:
    settings = channel_settings(tmp_path, channel_knowledge_dir, telegram=fake_telegram)

    def group_update(update_id: int, text: str) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": update_id,
            "date": 0,
            "text": text,
            "chat": {"id": -100777, "type": "supergroup", "title": "Thuế thành phố - CÙNG THÀNH CÔNG"},
            "from": {"id": 5, "is_bot": False, "first_name": "Cán bộ"},
        }
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        return {"update_id": update_id, "message": message}

    with TestClient(make_app(settings, assistant)) as client:
        assert post_update(client, group_update(1, "Sở Tài chính ở đâu?")) == 200
        assert post_update(client, group_update(2, "/chatid")) == 200
        [reply] = fake_telegram.wait_texts(-100777, 1)
        assert "-100777" in reply
    assert len(fake_telegram.texts_to(-100777)) == 1  # the plain message in the group got no answer


def test_a_users_quick_messages_are_answered_in_order(
    tmp_path: Path, channel_knowledge_dir: Path, assistant: Assistant, fake_telegram: FakeTelegram
) -> None:
    settings = channel_settings(tmp_path, channel_knowledge_dir, telegram=fake_telegram)
    with TestClient(make_app(settings, assistant)) as client:
        turns = ["/hotro", "Chậm cấp giấy phép xây dựng nhà xưởng", "Trần Thị Bình", "0987654321"]
        for text in turns:  # posted back to back: the bot handles updates concurrently
            assert post_update(client, fake_update(fake_telegram, 90, text)) == 200
        replies = fake_telegram.wait_texts(90, 4)
    assert ["mô tả" in replies[0], "họ tên" in replies[1], "số điện thoại" in replies[2]] == [True] * 3
    assert CODE.search(replies[3])


async def test_long_polling_restart_mid_intake_and_redelivery_after_a_crash(
    tmp_path: Path, channel_knowledge_dir: Path, fake_telegram: FakeTelegram
) -> None:
    settings = channel_settings(tmp_path, channel_knowledge_dir, telegram=fake_telegram)

    async def say_polled(text: str) -> dict[str, Any]:
        before = len(fake_telegram.texts_to(71))
        update = fake_telegram.push_text(71, text)
        await asyncio.to_thread(fake_telegram.wait_texts, 71, before + 1)
        return update

    stop = asyncio.Event()
    first = asyncio.create_task(_poll(settings, stop))
    await say_polled("/hotro")
    problem = await say_polled("Chậm đấu nối điện trung thế cho nhà xưởng mới")
    stop.set()
    await first
    assert "họ tên" in fake_telegram.texts_to(71)[-1]

    with fake_telegram.cond:  # the bot "crashed" before confirming: Telegram delivers the update again
        fake_telegram.updates.insert(0, problem)
    stop = asyncio.Event()
    second = asyncio.create_task(_poll(settings, stop))  # a new process on the same database
    try:
        await say_polled("Vũ Thị Lan")
        await say_polled("0912000111")
    finally:
        stop.set()
        await second
    texts = fake_telegram.texts_to(71)
    assert len(texts) == 4  # the redelivered update got no second answer
    assert "số điện thoại" in texts[2] and CODE.search(texts[3])


def test_answers_are_valid_telegram_html_with_sources_and_support_buttons(
    tmp_path: Path,
    channel_knowledge_dir: Path,
    assistant: Assistant,
    fake_telegram: FakeTelegram,
    tickets_db_url: str,
) -> None:
    """The HTML the fake received parses as the Bot API's HTML; the buttons do what they say."""
    settings = channel_settings(
        tmp_path, channel_knowledge_dir, telegram=fake_telegram, database_url=tickets_db_url
    )
    with TestClient(make_app(settings, assistant)) as client:
        say(
            client, fake_telegram, 91, "Số giờ trung vị mỗi cuộc kiểm tra thuế tại doanh nghiệp là bao nhiêu?"
        )
        answer = fake_telegram.sent_to(91)[-1]
        assert answer.parse_mode == "HTML" and html_problems(answer.text) == []
        assert "<b>" in answer.text and "Nguồn:" not in answer.text and "http" not in answer.text
        (label, data), *_ = answer.buttons()
        assert label == "Nguồn" and data.startswith("src:") and len(data.encode()) <= 64

        before = len(fake_telegram.texts_to(91))
        assert post_update(client, _taken(fake_telegram, fake_telegram.push_callback(91, data))) == 200
        sources = fake_telegram.sent_to(91)[-1] if fake_telegram.wait_texts(91, before + 1) else None
        assert sources is not None and sources.text.startswith("<b>Nguồn</b>\n[1] ")
        assert sources.parse_mode == "HTML" and html_problems(sources.text) == []
        assert "answerCallbackQuery" in fake_telegram.calls

        say(client, fake_telegram, 91, "Số lượng sân golf đạt chuẩn của thành phố năm 2026 là bao nhiêu?")
        refusal = fake_telegram.sent_to(91)[-1]
        assert refusal.parse_mode == "HTML" and html_problems(refusal.text) == []
        assert "Chưa có câu trả lời trong tài liệu" in refusal.text
        assert refusal.buttons() == [("Gửi yêu cầu hỗ trợ", "hotro")]
        before = len(fake_telegram.texts_to(91))
        assert post_update(client, _taken(fake_telegram, fake_telegram.push_callback(91, "hotro"))) == 200
        assert "mô tả" in fake_telegram.wait_texts(91, before + 1)[-1]
        for sent in fake_telegram.sent_to(91):
            assert len(sent.text) <= 4096
            if sent.parse_mode == "HTML":
                assert html_problems(sent.text) == []


def _taken(fake: FakeTelegram, update: dict[str, Any]) -> dict[str, Any]:
    with fake.cond:  # webhook mode: nobody polls the fake
        fake.updates.remove(update)
    return update
