"""The reply to a status check: the requester's own tickets (by channel and user id), newest first."""

from __future__ import annotations

from collections.abc import Sequence

from bot import texts
from tickets.domain import PublicTicket

MAX_LISTED = 5


def status_reply(tickets: Sequence[PublicTicket], code: str | None) -> str:
    if code:
        mine = [t for t in tickets if t.code.upper() == code.upper()]
        if not mine:
            return (
                f"Không tìm thấy phiếu {code} trong các phiếu anh/chị đã gửi từ kênh này. "
                "Anh/chị kiểm tra lại mã phiếu, hoặc gõ /trangthai để xem tất cả phiếu của mình."
            )
        return _one(mine[0], thread=True)
    if not tickets:
        return texts.NO_TICKETS
    ordered = sorted(tickets, key=lambda t: t.created_at, reverse=True)
    head = f"Anh/chị có {len(ordered)} phiếu hỗ trợ:" if len(ordered) > 1 else "Phiếu hỗ trợ của anh/chị:"
    body = "\n\n".join(_one(t, thread=len(ordered) == 1) for t in ordered[:MAX_LISTED])
    more = f"\n\n… và {len(ordered) - MAX_LISTED} phiếu cũ hơn." if len(ordered) > MAX_LISTED else ""
    return f"{head}\n\n{body}{more}"


def _one(ticket: PublicTicket, *, thread: bool) -> str:
    lines = [
        f"• {ticket.code} — {ticket.subject}",
        f"  Trạng thái: {ticket.status_label}",
        f"  Cơ quan xử lý: {ticket.agency}",
        f"  Hạn giải quyết: {texts.date_vn(ticket.due)}",
    ]
    if ticket.rejected_reason:
        lines.append(f"  Lý do: {ticket.rejected_reason}")
    if thread:
        replies = [m for m in ticket.thread if m.author == "staff" and not m.internal]
        if replies:
            lines.append(f"  Phản hồi mới nhất ({texts.date_vn(replies[-1].created_at)}): {replies[-1].text}")
    return "\n".join(lines)
