"""Zalo Official Account adapter: webhook signature, event parsing, and replies over the OA v3 API.

Wire format (../shared/docs/integrations.md §1):
- webhook header `X-ZEvent-Signature: mac=<hex>`, hex = sha256(app_id + raw body + timestamp + OA secret key),
  app_id and timestamp being the event's own fields; the bare hex is accepted too;
- reply: `POST {api}/v3.0/oa/message/cs`, header `access_token`, body
  `{"recipient": {"user_id"}, "message": {"text"}}`, 2,000 characters a message, `error` 0 on success;
- access token (~25 h) refreshed with the single-use refresh token at `{oauth}/v4/oa/access_token`; the new
  pair is stored (compare-and-set on the old refresh token) before it is used.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import hmac
import json
import logging
import time
from dataclasses import dataclass
from typing import Any

import anyio.to_thread
import httpx

from bot.credentials import Credentials, CredentialStore
from bot.messages import Kind
from bot.outbox import PermanentSendError
from bot.textsplit import ZALO_LIMIT, split_text

log = logging.getLogger(__name__)

CHANNEL = "zalo"
CREDENTIAL_NAME = "zalo_oa"
ERROR_TOKEN_INVALID = -216
ERROR_OUTSIDE_WINDOW = -230
MAX_EVENT_AGE_S = 3 * 3600  # Zalo retries a failed delivery for about an hour; older events are replays
SUPPORT_ATTACHMENT: dict[str, Any] = {
    "type": "template",
    "payload": {"buttons": [{"title": "Gửi yêu cầu hỗ trợ", "type": "oa.query.show", "payload": "/hotro"}]},
}
_MEDIA_KINDS: dict[str, Kind] = {
    "user_send_sticker": "sticker",
    "user_send_image": "image",
    "user_send_gif": "image",
    "user_send_file": "file",
}


def zalo_mac(app_id: str, raw: bytes, timestamp: str, oa_secret_key: str) -> str:
    return hashlib.sha256(app_id.encode() + raw + timestamp.encode() + oa_secret_key.encode()).hexdigest()


def verify_event(
    raw: bytes,
    header: str,
    *,
    app_id: str,
    oa_secret_key: str,
    max_age_s: float = MAX_EVENT_AGE_S,
    now_s: float | None = None,
) -> dict[str, Any] | None:
    """The event when the signature, the app id and the timestamp check out; None otherwise."""
    if not (app_id and oa_secret_key and header):
        return None
    try:
        event = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(event, dict):
        return None
    ts = str(event.get("timestamp", ""))
    if str(event.get("app_id", "")) != app_id or not ts.isdigit():
        return None
    got = header.strip().removeprefix("mac=").strip().lower()
    if not hmac.compare_digest(got.encode(), zalo_mac(app_id, raw, ts, oa_secret_key).encode()):
        return None
    now = time.time() if now_s is None else now_s
    if abs(now * 1000 - int(ts)) > max_age_s * 1000:
        return None
    return event


@dataclass(frozen=True)
class ZaloEvent:
    key: str  # duplicate-delivery key
    user_id: str
    kind: Kind
    text: str
    follow: bool = False


def parse_event(event: dict[str, Any]) -> ZaloEvent | None:
    """What to answer, or None for events that need no answer (our own messages, receipts, unfollow)."""
    name = str(event.get("event_name", ""))
    sender = event.get("sender") or {}
    message = event.get("message") or {}
    user_id = str(sender.get("id", "")) if isinstance(sender, dict) else ""
    if not user_id or name.startswith("oa_") or name in ("user_received_message", "user_seen_message"):
        return None
    msg_id = str(message.get("msg_id", "")) if isinstance(message, dict) else ""
    key = msg_id or f"{name}:{user_id}:{event.get('timestamp', '')}"
    if name == "user_send_text":
        text = str(message.get("text", "")) if isinstance(message, dict) else ""
        return ZaloEvent(key, user_id, "text", text)
    if name == "follow":
        return ZaloEvent(key, user_id, "text", "/start", follow=True)
    if name.startswith("user_send_"):
        return ZaloEvent(key, user_id, _MEDIA_KINDS.get(name, "other"), "")
    return None


class ZaloAPIError(Exception):
    def __init__(self, code: int, message: str) -> None:
        super().__init__(f"Zalo error {code}: {message}")
        self.code = code


class ZaloOAClient:
    """Sends customer-service messages; keeps the access token fresh in `channel_credentials`."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        credentials: CredentialStore,
        *,
        app_id: str,
        app_secret: str,
        api_base_url: str = "https://openapi.zalo.me",
        oauth_base_url: str = "https://oauth.zaloapp.com",
        refresh_margin_s: float = 600.0,
    ) -> None:
        self.http = http
        self.credentials = credentials
        self.app_id = app_id
        self.app_secret = app_secret
        self.api_base_url = api_base_url.rstrip("/")
        self.oauth_base_url = oauth_base_url.rstrip("/")
        self.refresh_margin = dt.timedelta(seconds=refresh_margin_s)
        self._refresh_lock = asyncio.Lock()

    async def __call__(self, user_id: str, text: str) -> None:
        await self.send_text(user_id, text)

    async def send_text(self, user_id: str, text: str, *, support: bool = False) -> None:
        """`support`: the last message carries a quick-reply button that sends /hotro. The button's shape
        (a template attachment with an `oa.query.show` button) is taken from public integrations, not
        from Zalo's own pages: when Zalo refuses it, the text goes again without it."""
        pieces = split_text(text, ZALO_LIMIT)
        for i, piece in enumerate(pieces):
            if support and i == len(pieces) - 1:
                try:
                    await self._send_piece(user_id, piece, SUPPORT_ATTACHMENT)
                    continue
                except ZaloAPIError as exc:
                    log.warning("zalo refused the quick reply (error %s); sending text only", exc.code)
            await self._send_piece(user_id, piece)

    async def _send_piece(self, user_id: str, text: str, attachment: dict[str, Any] | None = None) -> None:
        creds = await self._current()
        message: dict[str, Any] = {"text": text, **({"attachment": attachment} if attachment else {})}
        body = {"recipient": {"user_id": user_id}, "message": message}
        for attempt in (1, 2):
            result = await self._post_json(
                f"{self.api_base_url}/v3.0/oa/message/cs", creds.access_token, body
            )
            code = int(result.get("error", -1))
            if code == 0:
                return
            if code == ERROR_TOKEN_INVALID and attempt == 1:
                creds = await self.refresh(creds)
                continue
            if code == ERROR_OUTSIDE_WINDOW:
                raise PermanentSendError(f"Zalo error {code}: outside the interaction window")
            raise ZaloAPIError(code, str(result.get("message", "")))

    async def _post_json(self, url: str, access_token: str, body: dict[str, Any]) -> dict[str, Any]:
        response = await self.http.post(url, json=body, headers={"access_token": access_token})
        return _json(response)

    # -- tokens ----------------------------------------------------------------------------------------

    async def _current(self) -> Credentials:
        creds = await anyio.to_thread.run_sync(self.credentials.load, CREDENTIAL_NAME)
        if creds is None:
            raise ZaloAPIError(ERROR_TOKEN_INVALID, "no OA access token configured")
        if creds.expires_at is not None and creds.expires_at - self.refresh_margin <= _now():
            creds = await self.refresh(creds)
        return creds

    async def refresh(self, stale: Credentials) -> Credentials:
        """Trade the refresh token for a new pair and store it before use; once per stale pair."""
        async with self._refresh_lock:
            current = await anyio.to_thread.run_sync(self.credentials.load, CREDENTIAL_NAME)
            if current is not None and current.refresh_token != stale.refresh_token:
                return current  # someone (this or another process) refreshed already
            response = await self.http.post(
                f"{self.oauth_base_url}/v4/oa/access_token",
                data={
                    "app_id": self.app_id,
                    "refresh_token": stale.refresh_token,
                    "grant_type": "refresh_token",
                },
                headers={"secret_key": self.app_secret},
            )
            result = _json(response)
            if not result.get("access_token") or not result.get("refresh_token"):
                latest = await anyio.to_thread.run_sync(self.credentials.load, CREDENTIAL_NAME)
                if latest is not None and latest.refresh_token != stale.refresh_token:
                    return latest
                raise ZaloAPIError(int(result.get("error", -1) or -1), "access token refresh refused")
            fresh = Credentials(
                access_token=str(result["access_token"]),
                refresh_token=str(result["refresh_token"]),
                expires_at=_now()
                + dt.timedelta(seconds=int(str(result.get("expires_in", "90000")) or 90000)),
            )
            stored = await anyio.to_thread.run_sync(
                self.credentials.replace, CREDENTIAL_NAME, stale.refresh_token, fresh
            )
            if not stored:
                log.error("zalo token pair changed during refresh; keeping the stored one")
                latest = await anyio.to_thread.run_sync(self.credentials.load, CREDENTIAL_NAME)
                return latest or fresh
            log.info("zalo access token refreshed")
            return fresh


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        data = response.json()
    except ValueError:
        raise ZaloAPIError(response.status_code, "not JSON") from None
    if not isinstance(data, dict):
        raise ZaloAPIError(response.status_code, "unexpected answer")
    return data


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
