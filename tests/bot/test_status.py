import datetime as dt

from bot.status import MAX_LISTED, status_reply
from tickets.domain import PublicTicket, ThreadMessage


def ticket(n: int, *, thread: list[ThreadMessage] | None = None) -> PublicTicket:
    created = dt.datetime(2026, 11, 1) + dt.timedelta(days=n)
    return PublicTicket(
        code=f"CTC-2026-{n:06d}",
        status="in_progress",
        status_label="đang xử lý",
        field="thue",
        agency="Thuế thành phố",
        subject=f"Vướng mắc số {n}",
        due=dt.date(2026, 12, 1),
        created_at=created,
        updated_at=created,
        resolved_at=None,
        rejected_reason=None,
        rating=None,
        can_rate=False,
        can_reopen=False,
        thread=thread or [],
    )


def test_one_ticket_shows_the_latest_public_staff_reply_only() -> None:
    thread = [
        ThreadMessage("staff", "ghi chú nội bộ", dt.datetime(2026, 11, 3), internal=True),
        ThreadMessage("staff", "Đã nhận hồ sơ, đang kiểm tra.", dt.datetime(2026, 11, 4)),
        ThreadMessage("requester", "Cảm ơn", dt.datetime(2026, 11, 5)),
    ]
    text = status_reply([ticket(1, thread=thread)], None)
    assert "CTC-2026-000001" in text and "đang xử lý" in text and "01/12/2026" in text
    assert "Đã nhận hồ sơ" in text and "nội bộ" not in text


def test_many_tickets_newest_first_and_capped() -> None:
    text = status_reply([ticket(n) for n in range(1, 9)], None)
    assert text.startswith("Anh/chị có 8 phiếu")
    assert text.index("CTC-2026-000008") < text.index("CTC-2026-000007")
    assert text.count("• CTC-") == MAX_LISTED and "3 phiếu cũ hơn" in text


def test_a_code_not_among_the_requesters_tickets() -> None:
    assert "Không tìm thấy phiếu CTC-2026-000999" in status_reply([ticket(1)], "CTC-2026-000999")
    assert "chưa có phiếu" in status_reply([], None)
