"""Templates (Jinja2, autoescape on for every template) and the `render` helper every page uses."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.responses import Response

from api.web.duty_table import passage_url
from api.web.session import CSRF_FIELD, csrf_token, finish

TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "templates"

STATUS_LABELS = {
    "new": "Mới tiếp nhận",
    "acknowledged": "Đã tiếp nhận",
    "in_progress": "Đang xử lý",
    "waiting_requester": "Chờ doanh nghiệp bổ sung",
    "resolved": "Đã giải quyết",
    "closed": "Đã đóng",
    "rejected": "Từ chối",
    "transferred": "Đã chuyển cơ quan khác",
}
ACTION_LABELS = {
    "acknowledged": "Tiếp nhận",
    "in_progress": "Bắt đầu xử lý",
    "waiting_requester": "Đề nghị bổ sung thông tin",
    "resolved": "Đánh dấu đã giải quyết",
    "closed": "Đóng phiếu",
    "rejected": "Từ chối",
    "new": "Mở lại",
}
HISTORY_LABELS = {
    "created": "Tạo phiếu",
    "routed": "Phân tới cơ quan",
    "status": "Đổi trạng thái",
    "message": "Trao đổi",
    "note": "Ghi chú nội bộ",
    "rated": "Doanh nghiệp đánh giá",
    "transfer": "Chuyển cơ quan",
}
CHANNEL_LABELS = {
    "web": "trang theo dõi phiếu trên web",
    "telegram": "Telegram",
    "zalo": "Zalo OA",
    "zalo_bot": "Zalo Bot",
    "api": "trang theo dõi phiếu (gửi qua API)",
}
ACTOR_LABELS = {"requester": "Doanh nghiệp", "system": "Hệ thống"}
# Vietnam keeps UTC+7 all year; the store keeps naive UTC datetimes.
VIETNAM = timezone(timedelta(hours=7), "ICT")
ROLE_LABELS = {
    "coordinator": "Điều phối (Sở Tài chính)",
    "agency": "Cán bộ đầu mối cơ quan",
    "association": "Hiệp hội doanh nghiệp",
    "admin": "Quản trị",
}


def status_label(status: Any) -> str:
    key = str(getattr(status, "value", status))
    return STATUS_LABELS.get(key, key)


def vn_date(value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return str(value)
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone(VIETNAM).strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def vn_number(value: Any, digits: int = 1) -> str:
    if value is None:
        return "—"
    number = float(value)
    text = f"{number:.0f}" if number.is_integer() else f"{number:.{digits}f}"
    return text.replace(".", ",")


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["status_label"] = status_label
    env.filters["vn_date"] = vn_date
    env.filters["vn_number"] = vn_number
    env.filters["passage_url"] = passage_url
    env.globals["ACTION_LABELS"] = ACTION_LABELS
    env.globals["ROLE_LABELS"] = ROLE_LABELS
    env.globals["HISTORY_LABELS"] = HISTORY_LABELS
    env.globals["ACTOR_LABELS"] = ACTOR_LABELS
    env.globals["CHANNEL_LABELS"] = CHANNEL_LABELS
    env.globals["CSRF_FIELD"] = CSRF_FIELD
    return env


templates = Jinja2Templates(env=_environment())


def render(
    request: Request, name: str, context: dict[str, Any] | None = None, *, status_code: int = 200
) -> Response:
    ctx: dict[str, Any] = {"csrf_token": csrf_token(request), "staff": getattr(request.state, "staff", None)}
    ctx.update(context or {})
    response = templates.TemplateResponse(request, name, ctx, status_code=status_code)
    return finish(request, response)
