"""Overdue tickets are flagged once per deadline, with reminders to the agency and the coordinator."""

from __future__ import annotations

from sqlalchemy import select

from tests.fixtures_tickets import FakeClock, vn_time
from tests.tickets.helpers import coordinator, create
from tickets.models import Outbox
from tickets.service import TicketService


def test_flag_overdue_once_per_deadline(ticket_service: TicketService, ticket_clock: FakeClock) -> None:
    user = coordinator(ticket_service)
    late = create(ticket_service)  # thuế, acknowledge by 03/03, resolve by 09/03
    other = create(ticket_service, "Xin hướng dẫn thủ tục đầu tư dự án mới")  # Sở Tài chính
    assert ticket_service.flag_overdue() == []
    ticket_clock.set(vn_time(2026, 3, 4))
    assert ticket_service.flag_overdue() == [late.code, other.code]
    assert ticket_service.flag_overdue() == []  # once
    ticket_service.transition(user, late.code, "acknowledged")
    ticket_service.transition(user, other.code, "acknowledged")
    assert ticket_service.flag_overdue() == []  # acknowledged, resolution not yet due
    ticket_clock.set(vn_time(2026, 3, 10))
    assert ticket_service.flag_overdue() == [late.code]  # due 09/03; `other` (7 days) is due 11/03
    history = ticket_service.staff_get(user, late.code).history
    assert [h.action for h in history].count("overdue") == 2
    with ticket_service.read_session() as session:
        every = [(o.recipient, o.text) for o in session.scalars(select(Outbox).order_by(Outbox.id))]
    rows = [r for r in every if "(hạn " in r[1]]  # the reminders (the subject itself says "quá hạn")
    assert [r[0] for r in rows] == [
        "Thuế thành phố",
        "Sở Tài chính",
        "Sở Tài chính",
        "Thuế thành phố",
        "Sở Tài chính",
    ]
    assert "quá hạn tiếp nhận (hạn 03/03/2026)" in rows[0][1]
    assert "quá hạn giải quyết (hạn 09/03/2026)" in rows[3][1]
