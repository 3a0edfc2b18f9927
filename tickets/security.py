"""Secrets: requester tokens (only their hash is stored) and staff password hashes (bcrypt)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

import bcrypt

BCRYPT_ROUNDS = 12  # the cost factor of new password hashes


def new_token() -> str:
    return secrets.token_urlsafe(24)


def derived_token(secret: str, idempotency_key: str) -> str:
    """The token of a ticket created with an Idempotency-Key: a retry can hand it out again."""
    digest = hmac.new(secret.encode(), f"ticket-token:{idempotency_key}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest[:24]).decode().rstrip("=")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def token_matches(token: str | None, stored_hash: str) -> bool:
    return token is not None and hmac.compare_digest(token_hash(token), stored_hash)


def hash_password(password: str) -> str:
    return bcrypt.hashpw(password.encode()[:72], bcrypt.gensalt(rounds=BCRYPT_ROUNDS)).decode()


def check_password(password: str, hashed: str) -> bool:
    try:
        return bcrypt.checkpw(password.encode()[:72], hashed.encode())
    except ValueError:
        return False
