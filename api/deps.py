"""Dependencies shared by the routers: the app's services (api/services.py) and the signed-in staff user.

    services: Services = Depends(get_services)
    service: TicketService = Depends(get_tickets)

Staff authenticate with a bearer token from POST /v1/auth/token (OAuth2 password flow).
    user: StaffUser = Depends(current_staff)
    user: StaffUser = Depends(require_roles(Role.COORDINATOR, Role.ADMIN))
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from fastapi import Depends, HTTPException, Request
from fastapi.security import OAuth2PasswordBearer
from starlette.concurrency import run_in_threadpool

from api.config import Settings
from api.services import Services, services_of
from tickets.auth import TokenClaims, decode_access_token
from tickets.domain import Role, StaffUser
from tickets.errors import TooManyRequests
from tickets.service import TicketService
from tickets.signin import SignInPolicy

TOO_MANY_TICKETS_FROM_ADDRESS = (
    "Đã có quá nhiều yêu cầu hỗ trợ được gửi từ địa chỉ mạng này trong một giờ qua. Vui lòng thử lại sau."
)

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/v1/auth/token", auto_error=False)


def get_services(request: Request) -> Services:
    return services_of(request.app)


def app_settings(request: Request) -> Settings:
    return get_services(request).settings


def get_tickets(request: Request) -> TicketService:
    return get_services(request).tickets


def client_address(request: Request) -> str:
    """The client's address: the TCP peer, or what a trusted proxy forwarded (TROLYAO_FORWARDED_ALLOW_IPS)."""
    return request.client.host if request.client else "?"


def sign_in_policy(request: Request) -> SignInPolicy:
    settings = app_settings(request)
    return SignInPolicy(
        free_failures=settings.sign_in_free_failures,
        max_delay_s=settings.sign_in_max_delay_s,
        per_address_per_minute=settings.sign_in_per_address_per_minute,
    )


async def count_new_ticket(request: Request) -> None:
    """Count a ticket about to be created from this client address; TooManyRequests over the limit."""
    settings = app_settings(request)
    service = get_tickets(request)
    address = client_address(request)
    limit = settings.tickets_per_address_per_hour
    wait = await run_in_threadpool(service.hit, "tickets_address", address, limit, 3600)
    if wait:
        raise TooManyRequests(TOO_MANY_TICKETS_FROM_ADDRESS, wait)


def signing_key(request: Request) -> str:
    return get_services(request).signing_key


def _unauthorized() -> HTTPException:
    return HTTPException(
        status_code=401,
        detail="Cần đăng nhập bằng tài khoản cán bộ (mã truy cập không hợp lệ hoặc đã hết hạn).",
        headers={"WWW-Authenticate": "Bearer"},
    )


async def _session(request: Request, token: str | None) -> tuple[TokenClaims, StaffUser]:
    """A valid token of an active account, of its current session epoch, not signed out; else 401."""
    claims = decode_access_token(token, signing_key(request)) if token else None
    if claims is None:
        raise _unauthorized()
    user = await run_in_threadpool(
        get_tickets(request).staff_session, claims.user_id, claims.epoch, claims.jti
    )
    if user is None:
        raise _unauthorized()
    return claims, user


async def current_staff(request: Request, token: str | None = Depends(oauth2_scheme)) -> StaffUser:
    return (await _session(request, token))[1]


async def current_token(request: Request, token: str | None = Depends(oauth2_scheme)) -> TokenClaims:
    return (await _session(request, token))[0]


def require_roles(*roles: Role) -> Callable[..., Awaitable[StaffUser]]:
    async def dependency(user: StaffUser = Depends(current_staff)) -> StaffUser:
        if user.role not in roles:
            raise HTTPException(
                status_code=403, detail="Vai trò của anh/chị không được phép thực hiện thao tác này."
            )
        return user

    return dependency
