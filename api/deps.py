"""Dependencies shared by the routers: the services on app.state and the signed-in staff user.

Staff authenticate with a bearer token from POST /v1/auth/token (OAuth2 password flow).
    user: StaffUser = Depends(current_staff)
    user: StaffUser = Depends(require_roles(Role.COORDINATOR, Role.ADMIN))
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from fastapi import Depends, HTTPException, Request
from fastapi.security import OAuth2PasswordBearer
from starlette.concurrency import run_in_threadpool

from tickets.auth import decode_access_token
from tickets.domain import Role, StaffUser
from tickets.service import TicketService

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/v1/auth/token", auto_error=False)


def get_tickets(request: Request) -> TicketService:
    service: TicketService = request.app.state.tickets
    return service


def signing_key(request: Request) -> str:
    key = getattr(request.app.state, "signing_key", None)
    if not key:
        key = request.app.state.settings.signing_key
        request.app.state.signing_key = key
    return str(key)


def _unauthorized() -> HTTPException:
    return HTTPException(
        status_code=401,
        detail="Cần đăng nhập bằng tài khoản cán bộ (mã truy cập không hợp lệ hoặc đã hết hạn).",
        headers={"WWW-Authenticate": "Bearer"},
    )


async def current_staff(request: Request, token: str | None = Depends(oauth2_scheme)) -> StaffUser:
    if not token:
        raise _unauthorized()
    claims = decode_access_token(token, signing_key(request))
    if claims is None:
        raise _unauthorized()
    user = await run_in_threadpool(get_tickets(request).get_staff, claims.user_id)
    if user is None:
        raise _unauthorized()
    return user


def require_roles(*roles: Role) -> Callable[..., Awaitable[StaffUser]]:
    async def dependency(user: StaffUser = Depends(current_staff)) -> StaffUser:
        if user.role not in roles:
            raise HTTPException(
                status_code=403, detail="Vai trò của bạn không được phép thực hiện thao tác này."
            )
        return user

    return dependency
