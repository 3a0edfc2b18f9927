"""Fake Zalo servers: the OA v3 message API + OAuth v4 token refresh (developers.zalo.me), and the
Zalo Bot Platform (`/bot{TOKEN}/sendMessage`). Plus helpers to sign and build OA webhook events."""

from __future__ import annotations

import json
import time
import urllib.parse
from dataclasses import dataclass
from typing import Any

from bot.zalo_oa import zalo_mac
from tests.fakes.base import FakeServer


@dataclass(frozen=True)
class Sent:
    user_id: str
    text: str
    at: float
    buttons: tuple[tuple[str, str], ...] = ()  # (title, payload) of a template attachment's buttons


class FakeZaloOA(FakeServer):
    """POST /v3.0/oa/message/cs (header access_token) and POST /v4/oa/access_token (single-use refresh)."""

    def __init__(self, app_id: str, app_secret: str, access: str = "AT1", refresh: str = "RT1") -> None:
        self.app_id, self.app_secret = app_id, app_secret
        self.access, self.refresh = {access}, {refresh}
        self.sent: list[Sent] = []
        self.refreshes = 0
        self.outside_window: set[str] = set()  # users who get -230
        self.fail_cs: list[int] = []  # answered first: a Zalo error code, or an HTTP status >= 500
        self.refuse_attachments = False  # answer a message with an attachment with an error (-201)
        super().__init__()

    def expire_access_token(self) -> None:
        with self.cond:
            self.access = set()

    def texts_to(self, user_id: str) -> list[str]:
        with self.cond:
            return [s.text for s in self.sent if s.user_id == user_id]

    def sent_to(self, user_id: str) -> list[Sent]:
        with self.cond:
            return [s for s in self.sent if s.user_id == user_id]

    def wait_texts(self, user_id: str, count: int, timeout: float = 20.0) -> list[str]:
        self.wait_for(lambda: len([s for s in self.sent if s.user_id == user_id]) >= count, timeout)
        return self.texts_to(user_id)

    def handle(self, method: str, path: str, headers: dict[str, str], raw: bytes) -> tuple[int, Any]:
        headers = {k.lower(): v for k, v in headers.items()}
        if path == "/v3.0/oa/message/cs":
            with self.cond:
                if self.fail_cs:
                    code = self.fail_cs.pop(0)
                    self.cond.notify_all()
                    if code >= 500:
                        return code, {"error": -1, "message": "server error"}
                    return 200, {"error": code, "message": "failure"}
                if headers.get("access_token") not in self.access:
                    return 200, {"error": -216, "message": "Access token is invalid"}
                body = json.loads(raw)
                user_id = str(body["recipient"]["user_id"])
                text = str(body["message"]["text"])
                if user_id in self.outside_window:
                    return 200, {"error": -230, "message": "User has not interacted with the OA in 7 days"}
                if len(text) > 2000:
                    return 200, {"error": -201, "message": "text too long"}
                attachment = body["message"].get("attachment")
                if attachment is not None and self.refuse_attachments:
                    return 200, {"error": -201, "message": "attachment is invalid"}
            buttons = tuple(
                (str(b["title"]), str(b["payload"]))
                for b in ((attachment or {}).get("payload") or {}).get("buttons", [])
            )
            n = self._record(self.sent, Sent(user_id, text, time.monotonic(), buttons))
            return 200, {
                "error": 0,
                "message": "Success",
                "data": {"message_id": f"m{n}", "user_id": user_id},
            }
        if path == "/v4/oa/access_token":
            form = dict(urllib.parse.parse_qsl(raw.decode()))
            with self.cond:
                if (
                    headers.get("secret_key") != self.app_secret
                    or form.get("app_id") != self.app_id
                    or form.get("grant_type") != "refresh_token"
                    or form.get("refresh_token") not in self.refresh
                ):
                    return 200, {"error": -1, "error_description": "Invalid refresh token"}
                self.refresh.discard(form["refresh_token"])  # single use
                self.refreshes += 1
                n = self.refreshes + 1
                self.access = {f"AT{n}"}
                self.refresh.add(f"RT{n}")
                self.cond.notify_all()
            return 200, {"access_token": f"AT{n}", "refresh_token": f"RT{n}", "expires_in": "90000"}
        return 404, {"error": 404}


def oa_event(
    app_id: str, user_id: str, text: str, msg_id: str, *, event_name: str = "user_send_text"
) -> bytes:
    event = {
        "app_id": app_id,
        "user_id_by_app": f"app-{user_id}",
        "event_name": event_name,
        "timestamp": str(int(time.time() * 1000)),
        "sender": {"id": user_id},
        "recipient": {"id": "388613280878808645"},
        "message": {"msg_id": msg_id, "text": text},
    }
    return json.dumps(event, ensure_ascii=False).encode()


def signed_headers(app_id: str, raw: bytes, oa_secret_key: str) -> dict[str, str]:
    timestamp = str(json.loads(raw)["timestamp"])
    mac = zalo_mac(app_id, raw, timestamp, oa_secret_key)
    return {"X-ZEvent-Signature": f"mac={mac}", "Content-Type": "application/json"}


class FakeZaloBot(FakeServer):
    """The Zalo Bot Platform: POST /bot{TOKEN}/sendMessage with JSON {chat_id, text}."""

    def __init__(self, token: str = "12345:zalo-bot-token") -> None:
        self.token = token
        self.webhook: dict[str, Any] = {}
        self.sent: list[Sent] = []
        self.fail: list[int] = []
        super().__init__()

    def texts_to(self, chat_id: str) -> list[str]:
        with self.cond:
            return [s.text for s in self.sent if s.user_id == chat_id]

    def wait_texts(self, chat_id: str, count: int, timeout: float = 20.0) -> list[str]:
        self.wait_for(lambda: len([s for s in self.sent if s.user_id == chat_id]) >= count, timeout)
        return self.texts_to(chat_id)

    def handle(self, method: str, path: str, headers: dict[str, str], raw: bytes) -> tuple[int, Any]:
        prefix = f"/bot{self.token}/"
        if not path.startswith(prefix):
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        name = path[len(prefix) :]
        with self.cond:
            if self.fail:
                status = self.fail.pop(0)
                self.cond.notify_all()
                return status, {"ok": False, "error_code": status, "description": "Service unavailable"}
        if name == "getMe":
            return 200, {"ok": True, "result": {"id": "1459232241454765289", "account_name": "bot.test"}}
        if name == "setWebhook":
            with self.cond:
                self.webhook = json.loads(raw or b"{}")
            return 200, {"ok": True, "result": {"url": self.webhook.get("url", ""), "updated_at": 0}}
        if name == "deleteWebhook":
            return 200, {"ok": True, "result": {"url": "", "updated_at": int(time.time() * 1000)}}
        if name == "sendMessage":
            body = json.loads(raw or b"{}")
            text = str(body.get("text", ""))
            if not 1 <= len(text) <= 2000:
                return 400, {"ok": False, "error_code": 400, "description": "text must be 1-2000 characters"}
            n = self._record(self.sent, Sent(str(body.get("chat_id", "")), text, time.monotonic()))
            return 200, {"ok": True, "result": {"message_id": f"zb{n}", "date": int(time.time() * 1000)}}
        return 404, {"ok": False, "error_code": 404, "description": "Not Found"}


def zalo_bot_update(
    chat_id: str, text: str, message_id: str, *, event_name: str = "message.text.received"
) -> dict[str, Any]:
    message: dict[str, Any] = {
        "chat": {"id": chat_id, "chat_type": "PRIVATE"},
        "message_id": message_id,
        "date": int(time.time() * 1000),
        "from": {"id": chat_id, "display_name": "A", "is_bot": False},
    }
    if event_name == "message.text.received":
        message["text"] = text
    return {"event_name": event_name, "message": message}
