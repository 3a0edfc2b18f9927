"""Wires the web pages into the app: page routers, /static, and the pages' error screens."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles
from starlette.responses import Response

from api.routes import pages, pages_accounts, pages_danhgia, pages_dashboard, pages_duties, pages_staff
from api.web.auth import LoginRequired, RoleForbidden, login_redirect
from api.web.rendering import render
from api.web.session import CsrfFailed, finish

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"


async def _login_required(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, LoginRequired)
    return finish(request, login_redirect(exc.next_url))


async def _role_forbidden(request: Request, exc: Exception) -> Response:
    context = {
        "title": "Không có quyền truy cập",
        "message": "Tài khoản của anh/chị không được phép mở trang này.",
        "back_url": "/dang-nhap",
    }
    return render(request, "error.html", context, status_code=403)


async def _csrf_failed(request: Request, exc: Exception) -> Response:
    context = {
        "title": "Biểu mẫu đã hết hạn",
        "message": "Phiên làm việc đã hết hạn hoặc biểu mẫu không hợp lệ. Vui lòng tải lại trang và gửi lại.",
        "back_url": "/",
    }
    return render(request, "error.html", context, status_code=403)


def install(app: FastAPI) -> None:
    for module in (pages, pages_staff, pages_accounts, pages_dashboard, pages_danhgia, pages_duties):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.add_exception_handler(LoginRequired, _login_required)
    app.add_exception_handler(RoleForbidden, _role_forbidden)
    app.add_exception_handler(CsrfFailed, _csrf_failed)
