"""The store through TicketService, on SQLite and PostgreSQL: codes, tokens, idempotency, atomicity."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.fixtures_tickets import FakeClock
from tests.tickets.helpers import create, ticket_input
from tickets.errors import Conflict, InvalidTransition, NotFound, ValidationFailed
from tickets.models import Outbox, Ticket, TicketCounter, TicketEvent
from tickets.security import token_hash
from tickets.service import TicketService


def _count(svc: TicketService, model: Any) -> int:
    with svc.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _run_together(n: int, fn: Callable[[int], Any]) -> list[Any]:
    barrier = threading.Barrier(n)

    def call(i: int) -> Any:
        barrier.wait()
        return fn(i)

    with ThreadPoolExecutor(max_workers=n) as pool:
        return list(pool.map(call, range(n)))


def test_code_and_token(ticket_service: TicketService) -> None:
    created = create(ticket_service)
    assert re.fullmatch(r"CTC-2026-\d{6}", created.code)
    assert created.code == "CTC-2026-000001"
    assert created.token and len(created.token) >= 24
    with ticket_service.session() as session:
        row = session.scalars(select(Ticket)).one()
        assert row.token_hash == token_hash(created.token)
        assert created.token not in {row.token_hash, row.idempotency_key, row.request_hash}
    assert ticket_service.requester_view(created.code, created.token) is not None
    assert ticket_service.requester_view(created.code, "wrong") is None
    assert ticket_service.requester_view(created.code, None) is None
    assert ticket_service.requester_view("CTC-2026-999999", created.token) is None
    for typed in ("ctc-2026-1", "CTC2026000001", " ctc-2026-000001 "):  # as people type it
        assert ticket_service.requester_view(typed, created.token) is not None


def test_codes_are_unique_under_concurrency(ticket_service: TicketService) -> None:
    results = _run_together(20, lambda i: create(ticket_service, f"Vướng mắc số {i} về hóa đơn điện tử"))
    codes = sorted(r.code for r in results)
    assert codes == [f"CTC-2026-{n:06d}" for n in range(1, 21)]
    with ticket_service.session() as session:
        assert session.get(TicketCounter, 2026) is not None


def test_codes_restart_each_year(ticket_service: TicketService, ticket_clock: FakeClock) -> None:
    assert create(ticket_service).code == "CTC-2026-000001"
    ticket_clock.advance(days=365)
    assert create(ticket_service).code == "CTC-2027-000001"


def test_idempotent_retry_returns_the_same_ticket_and_token(ticket_service: TicketService) -> None:
    first = ticket_service.create(ticket_input(), idempotency_key="req-1")
    again = ticket_service.create(ticket_input(), idempotency_key="req-1")
    assert again == first
    assert ticket_service.requester_view(again.code, again.token) is not None
    other = ticket_service.create(ticket_input(), idempotency_key="req-2")
    assert other.code != first.code and other.token != first.token
    with pytest.raises(Conflict):
        ticket_service.create(ticket_input("Một nội dung khác hẳn lần trước"), idempotency_key="req-1")


def test_twenty_concurrent_retries_make_one_ticket(ticket_service: TicketService) -> None:
    results = _run_together(
        20,
        lambda _i: ticket_service.create(
            ticket_input(), channel="telegram", channel_user_id="77", idempotency_key="u1"
        ),
    )
    assert len({r.code for r in results}) == 1
    assert len({r.token for r in results}) == 1
    assert _count(ticket_service, Ticket) == 1
    # One "created" and one "routed" history entry, one agency notification.
    assert _count(ticket_service, TicketEvent) == 2
    assert _count(ticket_service, Outbox) == 1
    assert create(ticket_service).code == "CTC-2026-000002"  # no number was burnt


def test_a_crash_mid_transaction_leaves_nothing(
    ticket_service: TicketService, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*_args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(ticket_service, "_notify_agency", boom)  # after the ticket row has been flushed
    with pytest.raises(RuntimeError):
        ticket_service.create(ticket_input(), idempotency_key="crash-1")
    assert _count(ticket_service, Ticket) == 0
    assert _count(ticket_service, TicketEvent) == 0
    assert _count(ticket_service, Outbox) == 0
    monkeypatch.undo()
    retried = ticket_service.create(ticket_input(), idempotency_key="crash-1")
    again = ticket_service.create(ticket_input(), idempotency_key="crash-1")
    assert retried.code == again.code == "CTC-2026-000001"
    assert _count(ticket_service, Ticket) == 1


def test_a_crash_during_a_transition_changes_nothing(
    ticket_service: TicketService, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = ticket_service.add_staff("dp", "mat-khau-du-dai", "coordinator")
    created = create(ticket_service, channel="telegram", channel_user_id="5")
    monkeypatch.setattr(
        ticket_service, "_notify_requester", lambda *_a: (_ for _ in ()).throw(RuntimeError("x"))
    )
    with pytest.raises(RuntimeError):
        ticket_service.transition(user, created.code, "acknowledged")
    monkeypatch.undo()
    view = ticket_service.staff_get(user, created.code)
    assert view.status == "new"
    assert [h.action for h in view.history] == ["created", "routed"]


def test_routing_and_explicit_agency(ticket_service: TicketService) -> None:
    pccc = ticket_service.create(ticket_input("Xin hướng dẫn nghiệm thu phòng cháy chữa cháy cho kho hàng"))
    assert pccc.agency == "Công an thành phố"
    chosen = ticket_service.create(ticket_input("Vướng mắc chung khi làm thủ tục", agency="Sở TN&MT"))
    assert chosen.agency == "Sở Nông nghiệp và Môi trường"
    with pytest.raises(ValidationFailed) as err:
        ticket_service.create(ticket_input("Vướng mắc chung khi làm thủ tục", agency="Bộ Ngoại giao"))
    assert err.value.field == "agency"


def test_requester_sees_public_thread_only(ticket_service: TicketService) -> None:
    user = ticket_service.add_staff("dp", "mat-khau-du-dai", "coordinator")
    created = create(ticket_service)
    ticket_service.staff_message(user, created.code, "Ghi chú nội bộ: đã gọi cho Cục", internal=True)
    ticket_service.staff_message(user, created.code, "Chúng tôi đang xem xét hồ sơ của Quý doanh nghiệp.")
    ticket_service.requester_message(created.code, created.token, "Cảm ơn, tôi chờ phản hồi.")
    view = ticket_service.requester_view(created.code, created.token)
    assert view is not None
    texts = [m.text for m in view.thread]
    assert texts == ["Chúng tôi đang xem xét hồ sơ của Quý doanh nghiệp.", "Cảm ơn, tôi chờ phản hồi."]
    dumped = str(view.to_dict())
    assert "nội bộ" not in dumped
    assert "0912345678" not in dumped and "Bích Ngọc" not in dumped
    staff = ticket_service.staff_get(user, created.code)
    assert len(staff.thread) == 3 and staff.requester.phone == "0912345678"
    with pytest.raises(NotFound):
        ticket_service.requester_message(created.code, "not-the-token", "xin chào")


def test_tickets_of_requester(ticket_service: TicketService) -> None:
    a = create(ticket_service, channel="zalo", channel_user_id="z1")
    create(ticket_service, channel="zalo", channel_user_id="z2")
    b = create(ticket_service, channel="zalo", channel_user_id="z1")
    mine = ticket_service.tickets_of_requester("zalo", "z1")
    assert [t.code for t in mine] == [b.code, a.code]
    assert ticket_service.tickets_of_requester("telegram", "z1") == []


def test_outbox_rows(ticket_service: TicketService) -> None:
    user = ticket_service.add_staff("dp", "mat-khau-du-dai", "coordinator")
    tg = create(ticket_service, channel="telegram", channel_user_id="1001")
    web = create(ticket_service, channel="web")
    for code in (tg.code, web.code):
        ticket_service.transition(user, code, "acknowledged")
        ticket_service.staff_message(user, code, "Đã nhận hồ sơ.")
        ticket_service.staff_message(user, code, "nội bộ", internal=True)
    ticket_service.assign(user, tg.code, "Sở Tài chính", "chuyển về điều phối")
    with ticket_service.session() as session:
        rows = [(o.channel, o.recipient, o.text) for o in session.scalars(select(Outbox).order_by(Outbox.id))]
    agency_rows = [r for r in rows if r[0] == "agency"]
    tg_rows = [r for r in rows if r[0] == "telegram"]
    assert [r[1] for r in agency_rows] == ["Thuế thành phố", "Thuế thành phố", "Sở Tài chính"]
    assert all(r[1] == "1001" for r in tg_rows)
    assert tg_rows[0][2].startswith(f"Phiếu {tg.code} đã được tiếp nhận")
    assert "Đã nhận hồ sơ." in tg_rows[1][2]
    assert "Sở Tài chính" in tg_rows[2][2]
    assert len(tg_rows) == 3  # no internal note, nothing for the web ticket
    for _channel, _recipient, text in rows:
        for secret in ("0912345678", "Bích Ngọc", "0201234567", "ngoc.tran@"):
            assert secret not in text


def test_transfer_is_recorded(ticket_service: TicketService) -> None:
    user = ticket_service.add_staff("dp", "mat-khau-du-dai", "coordinator")
    created = create(ticket_service)
    view = ticket_service.assign(user, created.code, "Ban Quản lý Khu kinh tế Hải Phòng", "đất trong KCN")
    assert view.summary.agency == "Ban Quản lý khu kinh tế"
    last = view.history[-1]
    assert (last.action, last.from_value, last.to_value, last.actor) == (
        "transfer",
        "Thuế thành phố",
        "Ban Quản lý khu kinh tế",
        "dp",
    )


def test_rating_once_after_resolution(ticket_service: TicketService) -> None:
    user = ticket_service.add_staff("dp", "mat-khau-du-dai", "coordinator")
    created = create(ticket_service)
    with pytest.raises(InvalidTransition):
        ticket_service.rate(created.code, created.token, 5)
    for step in ("acknowledged", "in_progress", "resolved"):
        ticket_service.transition(user, created.code, step)
    with pytest.raises(ValidationFailed):
        ticket_service.rate(created.code, created.token, 6)
    view = ticket_service.rate(created.code, created.token, 4, "Giải quyết nhanh")
    assert view.rating == 4 and not view.can_rate
    with pytest.raises(Conflict):
        ticket_service.rate(created.code, created.token, 5)
    assert ticket_service.staff_get(user, created.code).rating_comment == "Giải quyết nhanh"


def test_reopen_within_seven_days(ticket_service: TicketService, ticket_clock: FakeClock) -> None:
    user = ticket_service.add_staff("dp", "mat-khau-du-dai", "coordinator")
    first, second = create(ticket_service), create(ticket_service)
    for code in (first.code, second.code):
        for step in ("acknowledged", "in_progress", "resolved"):
            ticket_service.transition(user, code, step)
    still_open = create(ticket_service)
    with pytest.raises(InvalidTransition):
        ticket_service.reopen(still_open.code, still_open.token)
    with pytest.raises(NotFound):
        ticket_service.reopen(first.code, "bad-token")
    ticket_clock.advance(days=6)
    view = ticket_service.reopen(first.code, first.token, "Vẫn chưa được hoàn thuế")
    assert view.status == "in_progress" and view.thread[-1].text == "Vẫn chưa được hoàn thuế"
    ticket_clock.advance(days=2)
    with pytest.raises(InvalidTransition):
        ticket_service.reopen(second.code, second.token)
