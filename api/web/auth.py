"""Staff sign-in for the pages: a signed, HttpOnly session cookie holding the StaffUser of
TicketService.authenticate. Every ticket action still goes through TicketService, which applies
the same role rules as the API (coordinator: all; agency: its own tickets; association: aggregates)."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import Request
from starlette.responses import RedirectResponse, Response

from api.web.session import delete_cookie, read_cookie, set_cookie, signer
from tickets.domain import Role, StaffUser

STAFF_COOKIE = "tl_staff"
STAFF_MAX_AGE_S = 8 * 3600
STAFF_ROLES = (Role.COORDINATOR, Role.AGENCY, Role.ADMIN)
ASSOCIATION_PAGE_ROLES = (Role.ASSOCIATION, Role.COORDINATOR, Role.ADMIN)


class LoginRequired(Exception):
    """Raised by page dependencies; the app turns it into a redirect to the login page."""

    def __init__(self, next_url: str) -> None:
        super().__init__(next_url)
        self.next_url = next_url


class RoleForbidden(Exception):
    """The signed-in user's role may not open this page."""


def sign_in(request: Request, response: Response, user: StaffUser) -> None:
    payload = {"id": user.id, "u": user.username, "r": user.role.value, "a": user.agency}
    set_cookie(
        request,
        response,
        STAFF_COOKIE,
        signer(request, "staff").sign(payload, STAFF_MAX_AGE_S),
        STAFF_MAX_AGE_S,
    )


def sign_out(request: Request, response: Response) -> None:
    delete_cookie(request, response, STAFF_COOKIE)


def current_user(request: Request) -> StaffUser | None:
    cached: StaffUser | None = getattr(request.state, "staff", None)
    if cached is not None:
        return cached
    payload = read_cookie(request, STAFF_COOKIE, "staff")
    if not payload:
        return None
    try:
        user = StaffUser(
            id=int(payload["id"]),
            username=str(payload["u"]),
            role=Role(payload["r"]),
            agency=payload.get("a"),
        )
    except (KeyError, ValueError, TypeError):
        return None
    request.state.staff = user
    return user


def require(request: Request, roles: tuple[Role, ...]) -> StaffUser:
    user = current_user(request)
    if user is None:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise LoginRequired(target)
    if user.role not in roles:
        raise RoleForbidden()
    return user


def login_redirect(next_url: str) -> RedirectResponse:
    return RedirectResponse(f"/dang-nhap?next={quote(next_url, safe='/')}", status_code=303)


def safe_next(next_url: str | None, default: str) -> str:
    """Only local paths: an open redirect to another site is refused."""
    if next_url and next_url.startswith("/") and not next_url.startswith("//") and "\\" not in next_url:
        return next_url
    return default


def home_for(user: StaffUser) -> str:
    return "/danh-gia" if user.role == Role.ASSOCIATION else "/staff"
