"""Tamper-proof cookie values: JSON payloads signed with HMAC-SHA256 and an expiry time."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Any


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class Signer:
    """Signs small JSON payloads; `purpose` keeps a value signed for one use from passing for another."""

    def __init__(self, key: str, purpose: str) -> None:
        self._key = hashlib.sha256(f"{purpose}\x00{key}".encode()).digest()

    def mac(self, message: str) -> str:
        return _b64(hmac.new(self._key, message.encode("utf-8"), hashlib.sha256).digest())

    def sign(self, payload: dict[str, Any], max_age_s: int) -> str:
        body = dict(payload, exp=int(time.time()) + max_age_s)
        text = _b64(json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8"))
        return f"{text}.{self.mac(text)}"

    def unsign(self, value: str | None) -> dict[str, Any] | None:
        if not value or value.count(".") != 1:
            return None
        text, mac = value.split(".")
        if not hmac.compare_digest(mac, self.mac(text)):
            return None
        try:
            body = json.loads(_unb64(text))
        except (ValueError, UnicodeDecodeError):
            return None
        if not isinstance(body, dict) or not isinstance(body.get("exp"), int) or body["exp"] < time.time():
            return None
        return body
