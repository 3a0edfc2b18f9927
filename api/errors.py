"""Error responses in Vietnamese: request validation (422 naming the field) and the ticket errors.

`register(app)` installs the handlers; create_app calls it. Body shape of every error:
{"detail": "Vietnamese sentence", "errors": [{"field": "phone", "message": "..."}]} (errors only on 422).
Input values are never echoed or logged: they may be personal data.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from tickets.errors import Conflict, Forbidden, InvalidTransition, NotFound, TicketError, ValidationFailed

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

_STATUS_OF = {NotFound: 404, Forbidden: 403, InvalidTransition: 409, Conflict: 409, ValidationFailed: 422}


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


async def request_validation_handler(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return JSONResponse(validation_payload(exc.errors()), status_code=422)


async def ticket_error_handler(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, TicketError)
    status = next((code for kind, code in _STATUS_OF.items() if isinstance(exc, kind)), 400)
    body: dict[str, Any] = {"detail": exc.message}
    if isinstance(exc, ValidationFailed):
        body["errors"] = [{"field": exc.field, "message": exc.message}]
    return JSONResponse(body, status_code=status)


def register(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, request_validation_handler)
    app.add_exception_handler(TicketError, ticket_error_handler)
