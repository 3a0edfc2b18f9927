"""Signed bearer tokens for staff (PyJWT, HS256).

A token names its account, the account's session epoch (`ep`: disabling the account, changing its role
or resetting its password bumps it, ending every token at once) and its own id (`jti`: signing out
revokes it, tickets/accounts.py)."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

import jwt

from tickets.domain import Role, StaffUser

ALGORITHM = "HS256"
DEFAULT_TTL = dt.timedelta(hours=8)


@dataclass(frozen=True)
class TokenClaims:
    user_id: int
    username: str
    role: Role
    agency: str | None
    epoch: int
    jti: str
    expires_at: dt.datetime  # naive UTC, as the store keeps times


def _jwt_key(key: str) -> str:
    """A key of its own for staff tokens, 256 bits whatever the length of the configured secret."""
    return hashlib.sha256(f"trolyao-staff-jwt:{key}".encode()).hexdigest()


def new_session_id() -> str:
    return secrets.token_urlsafe(16)


def issue_access_token(user: StaffUser, key: str, *, ttl: dt.timedelta = DEFAULT_TTL) -> str:
    now = dt.datetime.now(dt.UTC)
    payload = {
        "sub": str(user.id),
        "name": user.username,
        "role": user.role.value,
        "agency": user.agency,
        "ep": user.session_epoch,
        "jti": new_session_id(),
        "iat": now,
        "exp": now + ttl,
        "typ": "staff",
    }
    return jwt.encode(payload, _jwt_key(key), algorithm=ALGORITHM)


def decode_access_token(token: str, key: str) -> TokenClaims | None:
    """The claims of a valid, unexpired staff token, else None."""
    try:
        payload = jwt.decode(
            token, _jwt_key(key), algorithms=[ALGORITHM], options={"require": ["exp", "sub", "jti"]}
        )
        if payload.get("typ") != "staff" or not isinstance(payload.get("ep"), int):
            return None
        expires = dt.datetime.fromtimestamp(int(payload["exp"]), dt.UTC).replace(tzinfo=None)
        return TokenClaims(
            int(payload["sub"]),
            str(payload["name"]),
            Role(payload["role"]),
            payload.get("agency"),
            int(payload["ep"]),
            str(payload["jti"]),
            expires,
        )
    except (jwt.PyJWTError, KeyError, ValueError, TypeError, OverflowError):
        return None
