"""Staff console: sign-in (shared with associations), the ticket queue, the ticket page with its legal
next steps, replies and assignment, and the dashboard with the quarterly report download.

Every read and action goes through TicketService with the signed-in StaffUser, so the role rules are
exactly those of the API (an agency's staff see and act on their agency's tickets only)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse, Response

from api.deps import client_address, get_tickets, sign_in_policy
from api.routes.auth import WRONG, throttled
from api.web import choices
from api.web.auth import STAFF_ROLES, home_for, require, safe_next, sign_in, sign_out
from api.web.forms import read_form
from api.web.rendering import render
from api.web.session import finish
from tickets.domain import Role, StaffUser, Status, TicketFilters
from tickets.errors import Forbidden, NotFound, TicketError
from tickets.workflow import TRANSITIONS

router = APIRouter(include_in_schema=False)

QUEUE_LIMIT = 200


# ---- sign-in --------------------------------------------------------------------------------------


@router.get("/dang-nhap")
async def login_page(request: Request, next: str = "") -> Response:
    return render(request, "login.html", {"next": safe_next(next, ""), "error": None, "username": ""})


@router.post("/dang-nhap")
async def login(request: Request) -> Response:
    form = await read_form(request)
    username = form.get("username", "").strip()[:100]
    context = {"next": safe_next(form.get("next"), ""), "username": username}
    svc = get_tickets(request)
    password = form.get("password", "")
    result = await run_in_threadpool(
        svc.sign_in, username, password, client_address(request), sign_in_policy(request)
    )
    if result.refused:
        context["error"] = throttled(result.retry_after_s)
        response = render(request, "login.html", context, status_code=429)
        response.headers["Retry-After"] = str(result.retry_after_s)
        return response
    user: StaffUser | None = result.user
    if user is None:
        wait = f" Vui lòng đợi {result.retry_after_s} giây trước khi thử lại." if result.retry_after_s else ""
        context["error"] = WRONG + wait
        return render(request, "login.html", context, status_code=401)
    target = safe_next(form.get("next"), home_for(user))
    if user.role == Role.ASSOCIATION and not target.startswith("/danh-gia"):
        target = "/danh-gia"
    response = RedirectResponse(target, status_code=303)
    sign_in(request, response, user)
    return finish(request, response)


@router.post("/dang-xuat")
async def logout(request: Request) -> Response:
    await read_form(request)
    response = RedirectResponse("/dang-nhap", status_code=303)
    await sign_out(request, response)
    return finish(request, response)


# ---- queue ----------------------------------------------------------------------------------------


def _filters(request: Request) -> dict[str, str]:
    q = request.query_params
    chosen = {k: q.get(k, "").strip()[:200] for k in ("status", "agency", "field", "overdue")}
    chosen["status"] = chosen["status"] or "open"  # the queue: open tickets unless asked otherwise
    return chosen


@router.get("/staff")
async def queue(request: Request) -> Response:
    user = await require(request, STAFF_ROLES)
    chosen = _filters(request)
    filters = TicketFilters(
        status=None if chosen["status"] == "all" else chosen["status"],
        agency=chosen["agency"] or None,
        field=chosen["field"] or None,
        overdue=True if chosen["overdue"] == "1" else None,
        limit=QUEUE_LIMIT,
    )
    svc = get_tickets(request)
    page = await run_in_threadpool(svc.staff_list, user, filters, request.query_params.get("cursor"))
    items = sorted(page.items, key=lambda t: (t.due, t.created_at))
    next_url = None
    if page.next:
        next_url = "/staff?" + urlencode({**{k: v for k, v in chosen.items() if v}, "cursor": page.next})
    context: dict[str, Any] = {
        "items": items,
        "chosen": chosen,
        "next_url": next_url,
        "statuses": [s.value for s in Status],
        "fields": choices.fields(),
        "agencies": choices.agencies(),
        "field_label": choices.field_label,
        "today": dt.date.today(),
    }
    return render(request, "staff_queue.html", context)


# ---- one ticket -----------------------------------------------------------------------------------


def _forbidden(request: Request, message: str, status_code: int = 403) -> Response:
    context = {"title": "Không có quyền truy cập", "message": message, "back_url": "/staff"}
    return render(request, "error.html", context, status_code=status_code)


async def _ticket_page(
    request: Request, user: StaffUser, code: str, *, error: str | None = None, notice: str = ""
) -> Response:
    svc = get_tickets(request)
    try:
        ticket = await run_in_threadpool(svc.staff_get, user, code)
    except NotFound as exc:
        missing = {"title": "Không tìm thấy phiếu", "message": exc.message, "back_url": "/staff"}
        return render(request, "error.html", missing, status_code=404)
    except Forbidden as exc:
        return _forbidden(request, exc.message)
    try:
        next_steps = sorted(TRANSITIONS[Status(ticket.status)], key=lambda s: list(Status).index(s))
    except ValueError:
        next_steps = []
    context: dict[str, Any] = {
        "ticket": ticket,
        "next_steps": [s.value for s in next_steps],
        "can_assign": user.role in (Role.COORDINATOR, Role.ADMIN),
        "agencies": choices.agencies(),
        "field_label": choices.field_label,
        "error": error,
        "notice": notice,
    }
    return render(request, "staff_ticket.html", context, status_code=409 if error else 200)


@router.get("/staff/phieu/{code}")
async def ticket_page(request: Request, code: str) -> Response:
    user = await require(request, STAFF_ROLES)
    return await _ticket_page(request, user, code, notice=request.query_params.get("tb", ""))


@router.post("/staff/phieu/{code}/{action}")
async def ticket_action(request: Request, code: str, action: str) -> Response:
    user = await require(request, STAFF_ROLES)
    form = await read_form(request)
    svc = get_tickets(request)
    note = form.get("note", "").strip() or None
    try:
        if action == "trang-thai":
            await run_in_threadpool(svc.transition, user, code, form.get("to", ""), note)
        elif action == "tra-loi":
            text = form.get("text", "").strip()
            if not text:
                return await _ticket_page(request, user, code, error="Vui lòng nhập nội dung trả lời.")
            await run_in_threadpool(svc.staff_message, user, code, text, form.get("internal") == "1")
        elif action == "chuyen":
            await run_in_threadpool(svc.assign, user, code, form.get("agency", ""), note)
        else:
            return _forbidden(request, "Thao tác không hợp lệ.", 404)
    except Forbidden as exc:
        return _forbidden(request, exc.message)
    except TicketError as exc:
        return await _ticket_page(request, user, code, error=exc.message)
    target = f"/staff/phieu/{code}?tb={action}"
    if action == "chuyen" and user.role == Role.AGENCY:
        target = "/staff"
    return finish(request, RedirectResponse(target, status_code=303))
