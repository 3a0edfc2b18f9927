"""POST /v1/auth/token: the OAuth2 password flow for staff; answers a signed bearer token."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.security import OAuth2PasswordRequestForm
from starlette.concurrency import run_in_threadpool

from api.deps import get_tickets, signing_key
from bot.ratelimit import RateLimiter
from tickets.auth import DEFAULT_TTL, issue_access_token
from tickets.service import TicketService

router = APIRouter(prefix="/v1/auth", tags=["cán bộ"])
ATTEMPTS_PER_MINUTE = 10  # per user name and per client address: slows password guessing


def _limiter(request: Request) -> RateLimiter:
    limiter: RateLimiter | None = getattr(request.app.state, "login_limiter", None)
    if limiter is None:
        limiter = request.app.state.login_limiter = RateLimiter(ATTEMPTS_PER_MINUTE)
    return limiter


@router.post("/token")
async def token(
    request: Request,
    form: OAuth2PasswordRequestForm = Depends(),
    service: TicketService = Depends(get_tickets),
) -> dict[str, Any]:
    limiter = _limiter(request)
    client = request.client.host if request.client else "?"
    if not (limiter.allow(f"user:{form.username.strip().lower()}") and limiter.allow(f"addr:{client}")):
        raise HTTPException(
            status_code=429, detail="Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau một phút."
        )
    user = await run_in_threadpool(service.authenticate, form.username, form.password)
    if user is None:
        raise HTTPException(
            status_code=401,
            detail="Tên đăng nhập hoặc mật khẩu không đúng.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return {
        "access_token": issue_access_token(user, signing_key(request)),
        "token_type": "bearer",
        "expires_in": int(DEFAULT_TTL.total_seconds()),
        "role": user.role.value,
        "agency": user.agency,
    }
