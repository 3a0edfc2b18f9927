"""Zalo Bot Platform adapter: the newer, Telegram-like Zalo bot API on the same dialog.

`POST {base}/bot{TOKEN}/sendMessage` with JSON `{"chat_id", "text"}` (1-2,000 characters), answers
`{"ok": true, "result": {...}}`; the webhook posts `{"event_name": "message.text.received", "message":
{"message_id", "chat": {"id"}, "from": {"id"}, "text"}}` (some deliveries wrap it in `{"ok", "result"}`)
with our secret in `X-Bot-Api-Secret-Token`.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import Any

import httpx

from bot.messages import Kind
from bot.outbox import PermanentSendError
from bot.textsplit import ZALO_LIMIT, split_text

CHANNEL = "zalo_bot"
_KINDS: dict[str, Kind] = {
    "message.text.received": "text",
    "message.image.received": "image",
    "message.sticker.received": "sticker",
}


def secret_ok(header: str, secret: str) -> bool:
    return bool(secret) and hmac.compare_digest(header.encode(), secret.encode())


@dataclass(frozen=True)
class ZaloBotEvent:
    key: str
    chat_id: str
    kind: Kind
    text: str


def parse_update(data: dict[str, Any]) -> ZaloBotEvent | None:
    if isinstance(data.get("result"), dict):
        data = data["result"]
    message = data.get("message")
    if not isinstance(message, dict):
        return None
    chat = message.get("chat") or {}
    sender = message.get("from") or {}
    if (
        (isinstance(sender, dict) and sender.get("is_bot"))
        or not isinstance(chat, dict)
        or not chat.get("id")
    ):
        return None
    name = str(data.get("event_name", ""))
    kind = _KINDS.get(name, "other")
    key = str(message.get("message_id") or f"{name}:{chat['id']}:{message.get('date', '')}")
    return ZaloBotEvent(key, str(chat["id"]), kind, str(message.get("text") or "") if kind == "text" else "")


class ZaloBotError(Exception):
    pass


class ZaloBotClient:
    def __init__(
        self, http: httpx.AsyncClient, *, token: str, base_url: str = "https://bot-api.zapps.me"
    ) -> None:
        self.http = http
        self._url = f"{base_url.rstrip('/')}/bot{token}"

    async def __call__(self, chat_id: str, text: str) -> None:
        await self.send_text(chat_id, text)

    async def send_text(self, chat_id: str, text: str) -> None:
        for piece in split_text(text, ZALO_LIMIT):
            await self.call("sendMessage", {"chat_id": chat_id, "text": piece})

    async def set_webhook(self, url: str, secret_token: str) -> None:
        await self.call("setWebhook", {"url": url, "secret_token": secret_token})

    async def call(self, method: str, body: dict[str, Any]) -> Any:
        response = await self.http.post(f"{self._url}/{method}", json=body)
        try:
            data = response.json()
        except ValueError:
            raise ZaloBotError(f"HTTP {response.status_code}") from None
        if isinstance(data, dict) and data.get("ok"):
            return data.get("result")
        code = (
            int(data.get("error_code", response.status_code))
            if isinstance(data, dict)
            else response.status_code
        )
        description = str(data.get("description", "")) if isinstance(data, dict) else ""
        if code in (400, 403, 404):
            raise PermanentSendError(f"Zalo Bot error {code}: {description}")
        raise ZaloBotError(f"Zalo Bot error {code}: {description}")
