"""Staff sign-in for the pages: a signed, HttpOnly session cookie naming the StaffUser that
TicketService.authenticate returned. Like the API's bearer check, every page loads the account again
(a deactivated account or a changed role takes effect at once), and every ticket action goes through
TicketService with that user, so the role rules are the API's: coordinator all, agency its own
tickets, association aggregates only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import quote

from fastapi import Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse, Response

from api.deps import get_tickets
from api.web.session import delete_cookie, read_cookie, rotate_session, set_cookie, signer
from tickets.auth import new_session_id
from tickets.domain import Role, StaffUser

STAFF_COOKIE = "tl_staff"
STAFF_MAX_AGE_S = 8 * 3600
STAFF_ROLES = (Role.COORDINATOR, Role.AGENCY, Role.ADMIN)
ASSOCIATION_PAGE_ROLES = (Role.ASSOCIATION, Role.COORDINATOR, Role.ADMIN)


class LoginRequired(Exception):
    """Raised by `require`; the app turns it into a redirect to the sign-in page."""

    def __init__(self, next_url: str) -> None:
        super().__init__(next_url)
        self.next_url = next_url


class RoleForbidden(Exception):
    """The signed-in user's role may not open this page."""


@dataclass(frozen=True)
class _Claimed:
    user_id: int
    username: str
    epoch: int
    session_id: str
    expires: int  # Unix time


def sign_in(request: Request, response: Response, user: StaffUser) -> None:
    rotate_session(request)  # a session id planted before sign-in is not carried over
    payload = {"id": user.id, "u": user.username, "ep": user.session_epoch, "j": new_session_id()}
    value = signer(request, "staff").sign(payload, STAFF_MAX_AGE_S)
    set_cookie(request, response, STAFF_COOKIE, value, STAFF_MAX_AGE_S)


async def sign_out(request: Request, response: Response) -> None:
    """Forget the cookie and revoke its session: a copy of the cookie no longer signs anyone in."""
    claimed = _claimed(request)
    if claimed is not None:
        expires = dt.datetime.fromtimestamp(claimed.expires, dt.UTC).replace(tzinfo=None)
        await run_in_threadpool(get_tickets(request).revoke_session, claimed.session_id, expires)
    delete_cookie(request, response, STAFF_COOKIE)


def _claimed(request: Request) -> _Claimed | None:
    payload = read_cookie(request, STAFF_COOKIE, "staff")
    if not payload:
        return None
    try:
        return _Claimed(
            int(payload["id"]), str(payload["u"]), int(payload["ep"]), str(payload["j"]), int(payload["exp"])
        )
    except (KeyError, ValueError, TypeError):
        return None


async def require(request: Request, roles: tuple[Role, ...]) -> StaffUser:
    """The signed-in, active staff user with one of `roles`; else LoginRequired / RoleForbidden."""
    claimed = _claimed(request)
    user: StaffUser | None = None
    if claimed is not None:
        user = await run_in_threadpool(
            get_tickets(request).staff_session, claimed.user_id, claimed.epoch, claimed.session_id
        )
    if user is None or claimed is None or user.username != claimed.username:
        # back to the page after sign-in; a form posted with an expired session cannot be replayed
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise LoginRequired(target if request.method == "GET" else "")
    request.state.staff = user
    if user.role not in roles:
        raise RoleForbidden()
    return user


def login_redirect(next_url: str) -> RedirectResponse:
    query = f"?next={quote(next_url, safe='/')}" if next_url else ""
    return RedirectResponse(f"/dang-nhap{query}", status_code=303)


def safe_next(next_url: str | None, default: str) -> str:
    """Only local paths: an open redirect to another site is refused."""
    if next_url and next_url.startswith("/") and not next_url.startswith("//") and "\\" not in next_url:
        return next_url
    return default


def home_for(user: StaffUser) -> str:
    return "/danh-gia" if user.role == Role.ASSOCIATION else "/staff"
