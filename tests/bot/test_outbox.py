import datetime as dt

from sqlalchemy import select
from telegram import Bot

from bot.agency_chats import AgencyChats
from bot.outbox import OutboxDispatcher, enqueue
from bot.runtime import _agency_sender
from bot.telegram import TelegramSender
from tests.fakes.telegram import FakeTelegram
from tickets.models import Outbox, utcnow
from tickets.service import TicketService


class Clock:
    def __init__(self) -> None:
        self.now = utcnow() + dt.timedelta(seconds=1)

    def __call__(self) -> dt.datetime:
        return self.now


def _rows(svc: TicketService) -> list[Outbox]:
    with svc.session() as s:
        return list(s.execute(select(Outbox).order_by(Outbox.id)).scalars())


def _bot(fake: FakeTelegram) -> Bot:
    return Bot(fake.token, base_url=f"{fake.base_url}/bot", base_file_url=f"{fake.base_url}/file/bot")


async def test_a_channel_that_fails_three_times_then_accepts_gets_the_message_once(
    fake_telegram: FakeTelegram, ticket_service: TicketService
) -> None:
    clock = Clock()
    row_id = enqueue(ticket_service.session, "telegram", "42", "Phiếu CTC-2026-000001 đang được xử lý.")
    fake_telegram.fail["sendMessage"] = [502, 502, 502]
    async with _bot(fake_telegram) as bot:
        dispatcher = OutboxDispatcher(
            ticket_service.session, {"telegram": TelegramSender(bot)}, clock=clock, base_delay_s=10
        )
        delays = []
        for _ in range(3):
            assert await dispatcher.run_once() == 0
            row = _rows(ticket_service)[0]
            assert row.status == "pending"
            delays.append((row.next_attempt_at - clock.now).total_seconds())
            assert await dispatcher.run_once() == 0  # not due yet: nothing is tried
            clock.now = row.next_attempt_at
        assert delays == [10, 20, 40]  # exponential back-off
        assert await dispatcher.run_once() == 1
        assert await dispatcher.run_once() == 0
    row = _rows(ticket_service)[0]
    assert (row.id, row.status, row.attempts) == (row_id, "sent", 4)
    assert row.last_error is None and row.sent_at == clock.now
    assert fake_telegram.texts_to(42) == ["Phiếu CTC-2026-000001 đang được xử lý."]
    assert fake_telegram.calls.count("sendMessage") == 4


async def test_two_dispatchers_never_send_the_same_row(
    fake_telegram: FakeTelegram, ticket_service: TicketService
) -> None:
    for i in range(5):
        enqueue(ticket_service.session, "telegram", "7", f"tin {i}")
    async with _bot(fake_telegram) as bot:
        senders = {"telegram": TelegramSender(bot)}
        first = OutboxDispatcher(ticket_service.session, senders)
        second = OutboxDispatcher(ticket_service.session, senders)
        import asyncio

        sent = await asyncio.gather(first.run_once(), second.run_once(), first.run_once())
    assert sum(sent) == 5
    assert sorted(fake_telegram.texts_to(7)) == [f"tin {i}" for i in range(5)]


async def test_blocked_user_and_unknown_agency_are_permanent_failures(
    fake_telegram: FakeTelegram, ticket_service: TicketService
) -> None:
    enqueue(ticket_service.session, "telegram", "13", "bị chặn")
    enqueue(ticket_service.session, "agency", "Sở Y tế", "phiếu mới")
    enqueue(ticket_service.session, "agency", "Sở Tài chính", "phiếu mới cho STC")
    enqueue(ticket_service.session, "zalo", "u1", "chưa có kênh zalo trong tiến trình này")
    fake_telegram.blocked.add("13")
    chats = AgencyChats({"Sở Tài chính": "-100200"})
    async with _bot(fake_telegram) as bot:
        tg = TelegramSender(bot)
        dispatcher = OutboxDispatcher(
            ticket_service.session, {"telegram": tg, "agency": _agency_sender(tg, chats)}
        )
        await dispatcher.run_once()
    by_recipient = {r.recipient: r for r in _rows(ticket_service)}
    assert by_recipient["13"].status == "failed" and "Forbidden" in (by_recipient["13"].last_error or "")
    assert by_recipient["Sở Y tế"].status == "failed"
    assert by_recipient["Sở Tài chính"].status == "sent"
    assert by_recipient["u1"].status == "pending" and by_recipient["u1"].attempts == 0
    assert fake_telegram.texts_to(-100200) == ["phiếu mới cho STC"]


def test_shipped_agency_chats_list_every_agency_without_inventing_chat_ids() -> None:
    chats = AgencyChats.load()
    assert len(chats) == 0  # an operator fills in the chat ids
    assert AgencyChats({"Sở Tài chính": "-1"}).chat_for("  sở tài   chính ") == "-1"
