"""Error responses in Vietnamese, in JSON for the API and as a page for the web.

`register(app)` installs the handlers; create_app calls it. The API (`/v1/...`, the webhooks, health,
metrics) answers every error with the body
{"detail": "Vietnamese sentence", "errors": [{"field": "phone", "message": "..."}]} (errors only on 422;
the OpenAPI schema `HTTPValidationError` describes exactly this). Every other path is a web page and gets
the error page (error.html) with the same sentence and the same status code.
Input values are never echoed or logged: they may be personal data.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from tickets.errors import (
    Conflict,
    Forbidden,
    InvalidTransition,
    NotFound,
    TicketError,
    TooManyRequests,
    ValidationFailed,
)

log = logging.getLogger(__name__)
API_PREFIXES = ("/v1/", "/webhooks/", "/healthz", "/metrics", "/openapi.json", "/docs", "/redoc")

FIELD_LABELS = {
    "name": "họ tên",
    "company": "tên doanh nghiệp",
    "tax_code": "mã số thuế",
    "phone": "số điện thoại",
    "email": "email",
    "subject": "tiêu đề",
    "description": "nội dung phản ánh",
    "field": "lĩnh vực",
    "agency": "cơ quan",
    "attachments": "tệp đính kèm",
    "score": "điểm đánh giá",
    "comment": "nhận xét",
    "text": "nội dung",
    "internal": "ghi chú nội bộ",
    "to": "trạng thái",
    "note": "ghi chú",
    "reason": "lý do",
    "year": "năm",
    "quarter": "quý",
    "format": "định dạng",
    "status": "trạng thái",
    "overdue": "quá hạn",
    "limit": "số phiếu mỗi trang",
    "cursor": "trang tiếp theo",
    "username": "tên đăng nhập",
    "password": "mật khẩu",
    "role": "vai trò",
    "question": "câu hỏi",
    "session_id": "phiên trò chuyện",
    "Idempotency-Key": "khóa chống trùng lặp",
    "body": "nội dung yêu cầu",
}

_STATUS_OF = {
    NotFound: 404,
    Forbidden: 403,
    InvalidTransition: 409,
    Conflict: 409,
    ValidationFailed: 422,
    TooManyRequests: 429,
}
# The sentence for an HTTP error raised without one of ours (Starlette's defaults are English).
STATUS_SENTENCES = {
    400: "Yêu cầu không hợp lệ.",
    401: "Cần đăng nhập.",
    403: "Không có quyền thực hiện thao tác này.",
    404: "Không tìm thấy địa chỉ hoặc dữ liệu được yêu cầu.",
    405: "Địa chỉ này không nhận phương thức HTTP đã dùng.",
    406: "Không có định dạng trả lời phù hợp với yêu cầu.",
    409: "Yêu cầu xung đột với dữ liệu hiện có.",
    413: "Nội dung yêu cầu quá lớn.",
    415: "Định dạng nội dung yêu cầu không được hỗ trợ.",
    422: "Dữ liệu không hợp lệ.",
    429: "Quá nhiều yêu cầu. Vui lòng thử lại sau.",
    500: "Máy chủ gặp lỗi ngoài dự kiến. Vui lòng thử lại sau.",
    503: "Dịch vụ tạm thời chưa sẵn sàng. Vui lòng thử lại sau.",
}
PAGE_TITLES = {
    400: "Yêu cầu không hợp lệ",
    401: "Cần đăng nhập",
    403: "Không có quyền truy cập",
    404: "Không tìm thấy",
    409: "Không thực hiện được",
    413: "Nội dung quá lớn",
    422: "Dữ liệu không hợp lệ",
    429: "Quá nhiều yêu cầu",
}


def field_name(loc: Sequence[Any]) -> str:
    names = [
        str(part) for part in loc if isinstance(part, str) and part not in ("body", "query", "path", "header")
    ]
    return names[-1] if names else "body"


def describe(error: dict[str, Any]) -> str:
    """A Vietnamese phrase for one pydantic error (no input value)."""
    kind = str(error.get("type", ""))
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return "bắt buộc phải có"
    if kind == "string_too_short":
        return f"quá ngắn (tối thiểu {ctx.get('min_length')} ký tự)"
    if kind == "string_too_long":
        return f"quá dài (tối đa {ctx.get('max_length')} ký tự)"
    if kind in ("too_long", "too_short"):
        return "số phần tử không hợp lệ"
    if kind.startswith("int_") or kind == "int_type":
        return "phải là số nguyên"
    if kind.startswith("float_") or kind.startswith("decimal_"):
        return "phải là số"
    if kind.startswith("bool_"):
        return "phải là true hoặc false"
    if kind in ("greater_than_equal", "greater_than"):
        return f"phải lớn hơn hoặc bằng {ctx.get('ge', ctx.get('gt'))}"
    if kind in ("less_than_equal", "less_than"):
        return f"phải nhỏ hơn hoặc bằng {ctx.get('le', ctx.get('lt'))}"
    if kind in ("literal_error", "enum"):
        expected = str(ctx.get("expected", "")).replace(" or ", " hoặc ")
        return f"phải là một trong: {expected}" if expected else "giá trị không hợp lệ"
    if kind == "json_invalid":
        return "JSON không hợp lệ"
    if kind in ("string_type", "model_type", "dict_type", "list_type", "model_attributes_type"):
        return "sai kiểu dữ liệu"
    if kind == "value_error":
        message = str(error.get("msg", ""))
        return message.removeprefix("Value error, ") or "không hợp lệ"
    return "không hợp lệ"


def field_message(field: str, phrase: str) -> str:
    label = FIELD_LABELS.get(field)
    return f"Trường '{field}' ({label}): {phrase}." if label else f"Trường '{field}': {phrase}."


def validation_payload(errors: Sequence[Any]) -> dict[str, Any]:
    items = []
    for error in errors:
        field = field_name(error.get("loc", ()))
        items.append({"field": field, "message": field_message(field, describe(error))})
    if not items:
        items.append({"field": "body", "message": field_message("body", "không hợp lệ")})
    detail = "Dữ liệu không hợp lệ. " + " ".join(i["message"] for i in items)
    return {"detail": detail, "errors": items}


def is_api_path(path: str) -> bool:
    return path.startswith(API_PREFIXES) or path == "/v1"


def sentence_for(status: int) -> str:
    return STATUS_SENTENCES.get(status) or STATUS_SENTENCES[500 if status >= 500 else 400]


def error_response(
    request: Request,
    status: int,
    detail: str,
    *,
    errors: list[dict[str, str]] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """The error as JSON for the API, as the error page for the web."""
    if is_api_path(request.url.path):
        body: dict[str, Any] = {"detail": detail}
        if errors is not None:
            body["errors"] = errors
        return JSONResponse(body, status_code=status, headers=headers)
    from api.web.rendering import render  # the pages import this module's neighbours; import late

    title = PAGE_TITLES.get(status) or ("Lỗi máy chủ" if status >= 500 else "Yêu cầu không hợp lệ")
    context = {"title": title, "message": detail, "back_url": "/staff" if _staff_page(request) else "/"}
    response = render(request, "error.html", context, status_code=status)
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def _staff_page(request: Request) -> bool:
    return request.url.path.startswith("/staff")


async def request_validation_handler(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    payload = validation_payload(exc.errors())
    return error_response(request, 422, payload["detail"], errors=payload["errors"])


async def ticket_error_handler(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, TicketError)
    status = next((code for kind, code in _STATUS_OF.items() if isinstance(exc, kind)), 400)
    errors = [{"field": exc.field, "message": exc.message}] if isinstance(exc, ValidationFailed) else None
    headers = {"Retry-After": str(exc.retry_after_s)} if isinstance(exc, TooManyRequests) else None
    return error_response(request, status, exc.message, errors=errors, headers=headers)


async def http_error_handler(request: Request, exc: Exception) -> Response:
    """Starlette's and our HTTPExceptions: the detail in Vietnamese (its English default replaced)."""
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else ""
    if not detail or detail.isascii():  # a framework default ("Not Found", "There was an error ...")
        detail = sentence_for(exc.status_code)
    headers = dict(exc.headers) if exc.headers else None
    if exc.status_code in (204, 304):
        return Response(status_code=exc.status_code, headers=headers)
    return error_response(request, exc.status_code, detail, headers=headers)


async def server_error_handler(request: Request, exc: Exception) -> Response:
    log.error("unhandled %s on a %s request", type(exc).__name__, request.method)
    return error_response(request, 500, sentence_for(500))


def register(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, request_validation_handler)
    app.add_exception_handler(TicketError, ticket_error_handler)
    app.add_exception_handler(StarletteHTTPException, http_error_handler)
    app.add_exception_handler(Exception, server_error_handler)
