"""What the assistant says on every channel (Vietnamese), and how an answer becomes one reply text."""

from __future__ import annotations

import datetime as dt
from typing import Any

from knowledge.answer import Answer

MAX_MESSAGE_CHARS = 4000  # the default of TROLYAO_MAX_MESSAGE_CHARS: a longer chat message is refused

#: The command menu (Telegram setMyCommands; the /start text lists the same).
COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "Giới thiệu và các việc trợ lý làm được"),
    ("hotro", "Gửi khó khăn, vướng mắc của doanh nghiệp (CÙNG THÀNH CÔNG)"),
    ("trangthai", "Xem tình trạng phiếu hỗ trợ của anh/chị"),
    ("nhiemvu", "Tra cứu nhiệm vụ của một cơ quan, ví dụ: /nhiemvu Sở Tài chính"),
    ("lienhe", "Đường dây nóng và đầu mối hỗ trợ"),
    ("huy", "Hủy yêu cầu hỗ trợ đang nhập"),
)

RATE_LIMITED = "Anh/chị gửi tin nhắn nhanh quá. Xin vui lòng đợi một lát rồi gửi tiếp."


def too_long(limit: int) -> str:
    return (
        f"Tin nhắn dài quá (tối đa {limit:,} ký tự).".replace(",", ".")
        + " Anh/chị vui lòng rút gọn hoặc chia thành nhiều tin."
    )


EMPTY = "Anh/chị hãy gõ câu hỏi hoặc nội dung cần hỗ trợ bằng chữ."
NOT_TEXT = {
    "sticker": "Tôi chưa đọc được nhãn dán (sticker). Anh/chị vui lòng gõ câu hỏi bằng chữ.",
    "image": "Tôi chưa đọc được hình ảnh. Anh/chị vui lòng gõ nội dung cần hỏi bằng chữ; "
    "giấy tờ kèm theo có thể gửi cho cán bộ khi được liên hệ.",
    "file": "Tôi chưa đọc được tệp đính kèm. Anh/chị vui lòng gõ nội dung cần hỏi bằng chữ.",
    "other": "Tôi chỉ đọc được tin nhắn văn bản. Anh/chị vui lòng gõ câu hỏi bằng chữ.",
}
UNKNOWN_COMMAND = "Tôi không hiểu lệnh này. Các lệnh dùng được:\n" + "\n".join(
    f"/{name} — {help_text}" for name, help_text in COMMANDS
)
CANCELLED = "Đã hủy yêu cầu hỗ trợ. Khi cần, anh/chị gõ /hotro để bắt đầu lại."
NOTHING_TO_CANCEL = "Không có yêu cầu hỗ trợ nào đang nhập."
GAVE_UP = (
    "Tôi chưa nhận đủ thông tin nên đã dừng yêu cầu này. Anh/chị có thể gõ /hotro để thử lại, "
    "hoặc gửi phiếu trên trang web của Trợ lý."
)
INTAKE_START = "Tôi sẽ chuyển khó khăn của anh/chị tới cơ quan có thẩm quyền (CÙNG THÀNH CÔNG)."
DUTIES_ASK = "Anh/chị muốn tra cứu nhiệm vụ của cơ quan nào? Ví dụ: /nhiemvu Sở Tài chính"
NO_TICKETS = "Anh/chị chưa có phiếu hỗ trợ nào gửi từ kênh này. Gõ /hotro để gửi khó khăn, vướng mắc."
FAILED = "Xin lỗi, hệ thống đang bận. Anh/chị vui lòng thử lại sau ít phút."


def date_vn(value: dt.date | dt.datetime | str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value[:10])
        except ValueError:
            return str(value)
    return value.strftime("%d/%m/%Y")


def ticket_created(code: str, agency: str, due: Any, *, web: bool) -> str:
    follow = (
        "Anh/chị lưu lại mã phiếu và mã theo dõi để tra cứu tình trạng trên trang web."
        if web
        else f"Mọi thay đổi của phiếu sẽ được báo tại đây. Xem tình trạng: /trangthai {code}"
    )
    return (
        "Đã tiếp nhận yêu cầu hỗ trợ của anh/chị.\n"
        f"Mã phiếu: {code}\n"
        f"Cơ quan xử lý: {agency}\n"
        f"Hạn giải quyết: {date_vn(due)}\n"
        f"{follow}"
    )


def render(answer: Answer, *, max_sources: int = 3) -> str:
    """The text a chat channel sends: the answer, then its sources when the text does not list them."""
    text = answer.answer.strip()
    if not answer.sources or "Nguồn" in text:
        return text
    seen: list[str] = []
    for source in answer.sources:
        label = source.title or source.doc
        if source.section:
            label = f"{label} — {source.section}"
        if label not in seen:
            seen.append(label)
        if len(seen) >= max_sources:
            break
    lines = "\n".join(f"[{i}] {label}" for i, label in enumerate(seen, 1))
    return f"{text}\n\nNguồn:\n{lines}"
