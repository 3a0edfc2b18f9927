"""The browser session: an anonymous signed session id (binds CSRF tokens and the web chat) and cookies.

Every page response goes through `finish()`, which sets the session cookie when it was just created.
Cookies are HttpOnly, SameSite=Lax, Secure unless `settings.cookie_secure` is off (plain-http tests),
and named with the `__Host-` prefix when secure, so no sub-domain can plant them.
"""

from __future__ import annotations

import hmac
import secrets
from typing import Any

from fastapi import Request
from starlette.responses import Response

from api.config import Settings
from api.deps import app_settings, get_services
from api.web.signing import Signer

SESSION_MAX_AGE_S = 7 * 24 * 3600
CSRF_FIELD = "csrf_token"


def settings_of(request: Request) -> Settings:
    return app_settings(request)


def cookie_name(settings: Settings, base: str) -> str:
    return f"__Host-{base}" if settings.cookie_secure else base


def signer(request: Request, purpose: str) -> Signer:
    return get_services(request).signer(purpose)


def set_cookie(request: Request, response: Response, base: str, value: str, max_age_s: int) -> None:
    settings = settings_of(request)
    response.set_cookie(
        cookie_name(settings, base),
        value,
        max_age=max_age_s,
        path="/",
        secure=settings.cookie_secure,
        httponly=True,
        samesite="lax",
    )


def delete_cookie(request: Request, response: Response, base: str) -> None:
    settings = settings_of(request)
    response.delete_cookie(
        cookie_name(settings, base), path="/", secure=settings.cookie_secure, httponly=True, samesite="lax"
    )


def read_cookie(request: Request, base: str, purpose: str) -> dict[str, Any] | None:
    return signer(request, purpose).unsign(request.cookies.get(cookie_name(settings_of(request), base)))


def session_id(request: Request) -> str:
    """The browser's session id, created on first use (then `finish()` sends the cookie)."""
    sid: str | None = getattr(request.state, "web_sid", None)
    if sid:
        return sid
    payload = read_cookie(request, "tl_sid", "session")
    if payload and isinstance(payload.get("sid"), str):
        sid = str(payload["sid"])
        request.state.web_sid_new = False
    else:
        sid = secrets.token_urlsafe(24)
        request.state.web_sid_new = True
    request.state.web_sid = sid
    return sid


def requester_id(request: Request, sid: str) -> str:
    """The id the dialog and the ticket store know a web chat session by: a keyed digest of the session
    id. Staff see it on the ticket; it cannot be turned back into the session id, nor used as one."""
    return "w-" + signer(request, "web-requester").mac(sid)[:32]


def rotate_session(request: Request) -> None:
    """A fresh session id (sent by `finish()`), e.g. at sign-in."""
    request.state.web_sid = secrets.token_urlsafe(24)
    request.state.web_sid_new = True


def csrf_token(request: Request) -> str:
    """A token bound to the session id: a forged form from another site cannot know it."""
    return signer(request, "csrf").mac(session_id(request))


class CsrfFailed(Exception):
    """A form without the session's CSRF token (forged, or the session expired); shown as a 403 page."""


def check_csrf(request: Request, token: str | None) -> None:
    had_session = read_cookie(request, "tl_sid", "session") is not None
    if not had_session or not token or not hmac.compare_digest(token, csrf_token(request)):
        raise CsrfFailed()


def finish(request: Request, response: Response) -> Response:
    """Attach the session cookie if this request created the session; forbid caching of private pages."""
    if getattr(request.state, "web_sid_new", False):
        token = signer(request, "session").sign({"sid": request.state.web_sid}, SESSION_MAX_AGE_S)
        set_cookie(request, response, "tl_sid", token, SESSION_MAX_AGE_S)
        request.state.web_sid_new = False
    response.headers.setdefault("Cache-Control", "no-store")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault(
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    )
    return response
