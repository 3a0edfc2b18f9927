import datetime as dt

from sqlalchemy import update

from bot.state import ConversationStore, InboundGuard, read_sessions
from tickets.models import Conversation, utcnow
from tickets.service import TicketService


def test_conversation_state_round_trip_and_expiry(ticket_service: TicketService) -> None:
    store = ConversationStore(ticket_service.session, read_sessions(ticket_service.engine))
    assert store.load("telegram", "1") == {}
    store.save("telegram", "1", {"intake": {"name": "Trần Thị Bình"}})
    store.save("telegram", "1", {"intake": {"name": "Trần Thị Bình", "phone": "0987654321"}})
    assert store.load("telegram", "1") == {"intake": {"name": "Trần Thị Bình", "phone": "0987654321"}}
    assert store.load("zalo", "1") == {}
    with ticket_service.session() as s:  # the user went away for two days
        s.execute(update(Conversation).values(updated_at=utcnow() - dt.timedelta(days=2)))
    assert store.load("telegram", "1") == {}
    store.clear("telegram", "1")
    assert store.load("telegram", "1") == {}


def test_inbound_guard_once_per_key_and_clean_up(ticket_service: TicketService) -> None:
    guard = InboundGuard(ticket_service.session)
    assert guard.first_time("telegram", "1001")
    assert not guard.first_time("telegram", "1001")
    assert guard.first_time("zalo", "1001")  # keys are per channel
    assert guard.forget_before(utcnow() - dt.timedelta(days=14)) == 0
    assert guard.forget_before(utcnow() + dt.timedelta(seconds=1)) == 2
    assert guard.first_time("telegram", "1001")
