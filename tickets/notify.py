"""Vietnamese notification texts written to the outbox. No personal data: codes, subjects, deadlines."""

from __future__ import annotations

import datetime as dt

from tickets.domain import Status
from tickets.models import Ticket


def _date(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def _subject(ticket: Ticket) -> str:
    subject = ticket.subject
    return subject if len(subject) <= 120 else subject[:117] + "..."


def new_ticket_for_agency(ticket: Ticket, field_label: str) -> str:
    return (
        f"Phiếu {ticket.code} (lĩnh vực: {field_label}) mới được chuyển đến {ticket.agency}: "
        f"«{_subject(ticket)}». Hạn tiếp nhận: {_date(ticket.ack_due_date)}; "
        f"hạn giải quyết: {_date(ticket.due_date)}."
    )


def transferred_to_agency(ticket: Ticket, previous: str, field_label: str) -> str:
    return (
        f"Phiếu {ticket.code} (lĩnh vực: {field_label}) được Sở Tài chính chuyển từ {previous} đến "
        f"{ticket.agency}: «{_subject(ticket)}». Hạn giải quyết: {_date(ticket.due_date)}."
    )


def transferred_for_requester(ticket: Ticket) -> str:
    return (
        f"Phiếu {ticket.code} đã được chuyển đến {ticket.agency} để giải quyết. "
        f"Hạn giải quyết dự kiến: {_date(ticket.due_date)}."
    )


def status_for_requester(ticket: Ticket, note: str | None) -> str:
    status = Status(ticket.status)
    code = ticket.code
    if status is Status.ACKNOWLEDGED:
        text = (
            f"Phiếu {code} đã được tiếp nhận bởi {ticket.agency}. "
            f"Hạn giải quyết dự kiến: {_date(ticket.due_date)}."
        )
    elif status is Status.IN_PROGRESS:
        text = f"Phiếu {code} đang được {ticket.agency} xử lý."
    elif status is Status.WAITING_REQUESTER:
        text = (
            f"Phiếu {code}: {ticket.agency} cần Quý doanh nghiệp bổ sung thông tin. "
            "Thời hạn giải quyết tạm dừng cho đến khi nhận được phản hồi."
        )
    elif status is Status.RESOLVED:
        text = (
            f"Phiếu {code} đã được giải quyết. Quý doanh nghiệp có thể đánh giá mức độ hài lòng (1–5) "
            "hoặc mở lại phiếu trong vòng 7 ngày nếu vấn đề chưa được xử lý."
        )
    elif status is Status.CLOSED:
        text = f"Phiếu {code} đã được đóng. Cảm ơn Quý doanh nghiệp đã sử dụng CÙNG THÀNH CÔNG."
    elif status is Status.REJECTED:
        text = f"Phiếu {code} không được tiếp nhận giải quyết."
    else:
        text = f"Phiếu {code}: trạng thái mới."
    if note:
        text += f" Ghi chú: {note}"
    return text


def staff_reply_for_requester(ticket: Ticket, text: str) -> str:
    return f"Phiếu {ticket.code} — phản hồi của {ticket.agency}: {text}"


def requester_reply_for_agency(ticket: Ticket) -> str:
    return f"Phiếu {ticket.code}: doanh nghiệp đã gửi thêm thông tin. Vui lòng xem trên trang cán bộ."


def reopened_for_agency(ticket: Ticket) -> str:
    return (
        f"Phiếu {ticket.code} được doanh nghiệp mở lại vì vấn đề chưa được giải quyết. "
        f"Hạn giải quyết mới: {_date(ticket.due_date)}."
    )
