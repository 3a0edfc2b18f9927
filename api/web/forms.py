"""Reading posted forms and turning validation failures into per-field Vietnamese messages."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from pydantic import ValidationError

from api.deps import app_settings
from api.web.session import CSRF_FIELD, check_csrf


def small_int(text: str | None, maximum: int = 10_000) -> int | None:
    """A non-negative integer written in ASCII digits, at most `maximum`; anything else is None."""
    text = (text or "").strip()
    if not text or len(text) > 9 or not (text.isascii() and text.isdigit()):
        return None
    value = int(text)
    return value if value <= maximum else None


async def read_form(request: Request) -> dict[str, str]:
    """The posted form as plain strings, after checking its CSRF token."""
    form = await request.form()
    values = {k: v if isinstance(v, str) else "" for k, v in form.multi_items()}
    check_csrf(request, values.pop(CSRF_FIELD, None))
    limit = app_settings(request).max_field_chars
    return {k: v[:limit] for k, v in values.items()}


def _message(error: dict[str, Any]) -> str:
    kind = str(error.get("type", ""))
    ctx = error.get("ctx") or {}
    if kind == "value_error":
        text = str(error.get("msg", "")).removeprefix("Value error, ")
        return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")
    if kind == "string_too_short":
        return f"Nội dung quá ngắn: cần ít nhất {ctx.get('min_length')} ký tự."
    if kind == "string_too_long":
        return f"Nội dung quá dài: tối đa {ctx.get('max_length')} ký tự."
    if kind in ("missing", "string_type"):
        return "Vui lòng nhập thông tin này."
    if kind.startswith("int") or kind.startswith("float"):
        return "Vui lòng nhập một số hợp lệ."
    return "Giá trị không hợp lệ."


def field_errors(exc: ValidationError) -> dict[str, str]:
    errors: dict[str, str] = {}
    for error in exc.errors():
        loc = error.get("loc") or ("",)
        errors.setdefault(str(loc[0]), _message(dict(error)))
    return errors
