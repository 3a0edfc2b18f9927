"""The admin's console page for staff accounts (/staff/tai-khoan): disable, enable, change the role,
reset the password (each ends the account's sessions and tokens at once), and the sign-in alerts."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse, Response

from api.deps import get_tickets
from api.web import choices
from api.web.auth import require
from api.web.forms import read_form
from api.web.rendering import render
from api.web.session import finish
from tickets.domain import Role
from tickets.errors import TicketError

router = APIRouter(include_in_schema=False)

NOTICES = {
    "khoa": "Đã khóa tài khoản; mọi phiên đăng nhập của tài khoản đã kết thúc.",
    "mo-khoa": "Đã mở khóa tài khoản.",
    "vai-tro": "Đã đổi vai trò; tài khoản cần đăng nhập lại.",
    "mat-khau": "Đã đặt lại mật khẩu; tài khoản cần đăng nhập lại.",
}


async def _page(request: Request, *, error: str | None = None, notice: str = "") -> Response:
    svc = get_tickets(request)
    users = await run_in_threadpool(svc.list_staff)
    alerts = await run_in_threadpool(svc.sign_in_alerts)
    context: dict[str, Any] = {
        "users": users,
        "alerts": alerts,
        "agencies": choices.agencies(),
        "error": error,
        "notice": NOTICES.get(notice, ""),
    }
    return render(request, "staff_accounts.html", context, status_code=422 if error else 200)


@router.get("/staff/tai-khoan")
async def accounts(request: Request) -> Response:
    await require(request, (Role.ADMIN,))
    return await _page(request, notice=request.query_params.get("tb", ""))


@router.post("/staff/tai-khoan/{username}/{action}")
async def account_action(request: Request, username: str, action: str) -> Response:
    await require(request, (Role.ADMIN,))
    form = await read_form(request)
    svc = get_tickets(request)
    try:
        if action == "khoa":
            await run_in_threadpool(svc.disable_staff, username)
        elif action == "mo-khoa":
            await run_in_threadpool(svc.enable_staff, username)
        elif action == "vai-tro":
            await run_in_threadpool(svc.set_role, username, form.get("role", ""), form.get("agency") or None)
        elif action == "mat-khau":
            await run_in_threadpool(svc.reset_password, username, form.get("password", ""))
        else:
            return await _page(request, error="Thao tác không hợp lệ.")
    except TicketError as exc:
        return await _page(request, error=exc.message)
    return finish(request, RedirectResponse(f"/staff/tai-khoan?tb={action}", status_code=303))
