"""Public pages: the web chat (/), the support request form (/ho-tro) and the requester's private
follow page (/theo-doi/{code}?t=token). Staff pages: pages_staff.py; associations': pages_danhgia.py."""

from __future__ import annotations

import secrets
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse, Response

from api.deps import app_settings, count_new_ticket, get_tickets
from api.web import choices
from api.web.chat import answer_turn, transcripts
from api.web.forms import field_errors, read_form, small_int
from api.web.rendering import render
from api.web.session import finish, requester_id, session_id, settings_of
from tickets.domain import TicketCreate
from tickets.errors import Conflict, TicketError, TooManyRequests, ValidationFailed

router = APIRouter(include_in_schema=False)

REUSED_FORM = "Biểu mẫu này đã được gửi với nội dung khác. Vui lòng kiểm tra lại và bấm gửi một lần nữa."
SUPPORT_FIELDS: tuple[tuple[str, str, str, bool, str], ...] = (
    ("company", "Tên doanh nghiệp", "text", False, ""),
    ("name", "Họ và tên người liên hệ", "text", False, ""),
    ("tax_code", "Mã số thuế", "text", False, "10 chữ số; chi nhánh: 10 chữ số, dấu gạch ngang và 3 chữ số."),
    ("phone", "Số điện thoại", "tel", False, "Cần có số điện thoại hoặc mã số thuế để cơ quan liên hệ lại."),
    ("email", "Email", "email", False, ""),
    ("subject", "Tiêu đề", "text", False, ""),
    (
        "description",
        "Nội dung khó khăn, vướng mắc",
        "textarea",
        True,
        "Mô tả cụ thể: thủ tục, cơ quan đã làm việc, thời gian nộp hồ sơ, điều doanh nghiệp đề nghị.",
    ),
    ("field", "Lĩnh vực", "select", False, ""),
    ("agency", "Cơ quan giải quyết (nếu đã biết)", "select", False, ""),
)


def follow_path(code: str, token: str) -> str:
    return f"/theo-doi/{quote(code)}?t={quote(token)}"


# ---- web chat -------------------------------------------------------------------------------------


@router.get("/")
async def chat_page(request: Request) -> Response:
    turns = await run_in_threadpool(transcripts(request).turns, session_id(request))
    return render(request, "chat.html", {"turns": turns, "error": None})


@router.post("/hoi")
async def ask(request: Request) -> Response:
    form = await read_form(request)
    question = " ".join(form.get("question", "").split())
    is_fetch = request.headers.get("x-requested-with") == "fetch"
    limit = app_settings(request).max_web_question_chars
    if not question or len(question) > limit:
        error = f"Vui lòng nhập câu hỏi (tối đa {limit} ký tự)."
        if is_fetch:
            return render(request, "_error_fragment.html", {"message": error}, status_code=422)
        turns = await run_in_threadpool(transcripts(request).turns, session_id(request))
        return render(request, "chat.html", {"turns": turns, "error": error}, status_code=422)
    turn = await answer_turn(request, session_id(request), question)
    await run_in_threadpool(transcripts(request).add, session_id(request), turn)
    if is_fetch:
        return render(request, "_answer.html", {"turn": turn})
    return finish(request, RedirectResponse("/#cuoi", status_code=303))


# ---- support request ------------------------------------------------------------------------------


def _support_context(values: dict[str, str], errors: dict[str, str]) -> dict[str, Any]:
    return {
        "fields": SUPPORT_FIELDS,
        "values": values,
        "errors": errors,
        "choices": {"field": choices.fields(), "agency": [(a, a) for a in choices.agencies()]},
        "idempotency_key": values.get("idempotency_key") or secrets.token_urlsafe(16),
    }


@router.get("/ho-tro")
async def support_form(request: Request) -> Response:
    return render(request, "support_form.html", _support_context({}, {}))


@router.post("/ho-tro")
async def support_submit(request: Request) -> Response:
    form = await read_form(request)
    values = {f: form.get(f, "").strip() for f, *_ in SUPPORT_FIELDS}
    values["idempotency_key"] = form.get("idempotency_key", "")[:100]
    errors: dict[str, str] = {}
    data: TicketCreate | None = None
    try:
        data = TicketCreate.model_validate({k: v for k, v in values.items() if k != "idempotency_key"})
    except ValidationError as exc:
        errors = field_errors(exc)
    if not values["phone"] and not values["tax_code"] and "phone" not in errors:
        errors["phone"] = "Vui lòng nhập số điện thoại hoặc mã số thuế để cơ quan liên hệ lại."
    if data is None or errors:
        return render(request, "support_form.html", _support_context(values, errors), status_code=422)
    svc = get_tickets(request)
    key = f"web:{values['idempotency_key']}" if values["idempotency_key"] else None
    try:
        await count_new_ticket(request)
        created = await run_in_threadpool(
            svc.create,
            data,
            channel="web",
            channel_user_id=requester_id(request, session_id(request)),
            idempotency_key=key,
        )
    except ValidationFailed as exc:
        errors[exc.field] = exc.message
        return render(request, "support_form.html", _support_context(values, errors), status_code=422)
    except TooManyRequests as exc:  # the form again, with what was typed
        errors["description"] = exc.message
        return render(request, "support_form.html", _support_context(values, errors), status_code=429)
    except Conflict:  # the form's key came back with other content: a fresh form keeps what was typed
        errors["description"] = REUSED_FORM
        values["idempotency_key"] = ""
        return render(request, "support_form.html", _support_context(values, errors), status_code=409)
    path = follow_path(created.code, created.token or "")
    base = settings_of(request).public_base_url.rstrip("/")
    context = {"ticket": created, "follow_url": path, "follow_url_abs": base + path}
    return render(request, "support_done.html", context, status_code=201)


# ---- the requester's follow page --------------------------------------------------------------------


def _not_found(request: Request) -> Response:
    context = {
        "title": "Không tìm thấy phiếu",
        "message": "Mã phiếu hoặc đường dẫn theo dõi không đúng. "
        "Vui lòng dùng đúng đường dẫn đã nhận khi gửi yêu cầu.",
        "back_url": "/",
    }
    return render(request, "error.html", context, status_code=404)


@router.get("/theo-doi/{code}")
async def follow_page(request: Request, code: str, t: str = "") -> Response:
    svc = get_tickets(request)
    ticket = await run_in_threadpool(svc.requester_view, code, t) if t else None
    if ticket is None:
        return _not_found(request)
    notice = request.query_params.get("tb", "")
    return render(
        request,
        "follow.html",
        {"ticket": ticket, "token": t, "notice": notice, "error": None, "field_label": choices.field_label},
    )


@router.post("/theo-doi/{code}/{action}")
async def follow_action(request: Request, code: str, action: str) -> Response:
    form = await read_form(request)
    token = form.get("t", "")
    svc = get_tickets(request)
    try:
        if action == "tin-nhan":
            text = form.get("text", "").strip()
            if not text:
                raise ValidationFailed("text", "Vui lòng nhập nội dung tin nhắn.")
            await run_in_threadpool(svc.requester_message, code, token, text)
            notice = "gui"
        elif action == "danh-gia":
            score = small_int(form.get("score")) or 0
            if not 1 <= score <= 5:
                raise ValidationFailed("score", "Vui lòng chọn số sao từ 1 đến 5.")
            await run_in_threadpool(svc.rate, code, token, score, form.get("comment", "").strip() or None)
            notice = "danhgia"
        elif action == "mo-lai":
            await run_in_threadpool(svc.reopen, code, token)
            notice = "molai"
        else:
            return _not_found(request)
    except TicketError as exc:
        ticket = await run_in_threadpool(svc.requester_view, code, token)
        if ticket is None:
            return _not_found(request)
        context = {
            "ticket": ticket,
            "token": token,
            "notice": "",
            "error": exc.message,
            "field_label": choices.field_label,
        }
        return render(request, "follow.html", context, status_code=422)
    return finish(request, RedirectResponse(follow_path(code, token) + f"&tb={notice}", status_code=303))
