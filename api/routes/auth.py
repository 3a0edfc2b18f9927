"""POST /v1/auth/token: the OAuth2 password flow for staff; answers a signed bearer token.
POST /v1/auth/revoke: signs the token out (it stops working at once).

Wrong passwords are throttled per (user name, client address) and per address (tickets/signin.py)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.security import OAuth2PasswordRequestForm
from starlette.concurrency import run_in_threadpool

from api.deps import client_address, current_token, get_tickets, sign_in_policy, signing_key
from tickets.auth import DEFAULT_TTL, TokenClaims, issue_access_token
from tickets.service import TicketService

router = APIRouter(prefix="/v1/auth", tags=["cán bộ"])
WRONG = "Tên đăng nhập hoặc mật khẩu không đúng."


def throttled(retry_after_s: int) -> str:
    return f"Đăng nhập sai nhiều lần. Vui lòng thử lại sau {retry_after_s} giây."


@router.post("/token")
async def token(
    request: Request,
    form: OAuth2PasswordRequestForm = Depends(),
    service: TicketService = Depends(get_tickets),
) -> dict[str, Any]:
    result = await run_in_threadpool(
        service.sign_in, form.username, form.password, client_address(request), sign_in_policy(request)
    )
    if result.refused:
        raise HTTPException(
            status_code=429,
            detail=throttled(result.retry_after_s),
            headers={"Retry-After": str(result.retry_after_s)},
        )
    if result.user is None:
        headers = {"WWW-Authenticate": "Bearer"}
        if result.retry_after_s:
            headers["Retry-After"] = str(result.retry_after_s)
        raise HTTPException(status_code=401, detail=WRONG, headers=headers)
    user = result.user
    return {
        "access_token": issue_access_token(user, signing_key(request)),
        "token_type": "bearer",
        "expires_in": int(DEFAULT_TTL.total_seconds()),
        "role": user.role.value,
        "agency": user.agency,
    }


@router.post("/revoke", status_code=204)
async def revoke(
    claims: TokenClaims = Depends(current_token), service: TicketService = Depends(get_tickets)
) -> None:
    await run_in_threadpool(service.revoke_session, claims.jti, claims.expires_at)
