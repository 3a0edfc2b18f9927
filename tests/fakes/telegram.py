"""A fake Telegram Bot API (core.telegram.org/bots/api): POST /bot{TOKEN}/{method}, form-encoded or JSON."""

from __future__ import annotations

import json
import time
import urllib.parse
from dataclasses import dataclass
from typing import Any

from bot.telegram_html import problems as html_problems
from tests.fakes.base import FakeServer

BOT_USER = {"id": 7000001, "is_bot": True, "first_name": "TroLyAo", "username": "trolyao_test_bot"}


@dataclass(frozen=True)
class Sent:
    chat_id: str
    text: str
    at: float  # time.monotonic() when received
    parse_mode: str = ""
    reply_markup: str = ""  # the JSON the client sent

    def buttons(self) -> list[tuple[str, str]]:
        """(label, callback data) of the inline keyboard."""
        if not self.reply_markup:
            return []
        rows = json.loads(self.reply_markup).get("inline_keyboard", [])
        return [(b["text"], b.get("callback_data", "")) for row in rows for b in row]


class FakeTelegram(FakeServer):
    def __init__(self, token: str = "7000001:TEST-TOKEN") -> None:
        self.token = token
        self.updates: list[dict[str, Any]] = []
        self.sent: list[Sent] = []
        self.calls: list[str] = []
        self.commands: list[dict[str, str]] = []
        self.webhook: dict[str, str] = {}
        self.blocked: set[str] = set()  # chat ids of users who blocked the bot (403)
        self.fail: dict[str, list[int]] = {}  # method -> HTTP statuses to answer before succeeding
        self._next_update_id = 1
        super().__init__()

    # -- test side ---------------------------------------------------------------------------------

    def push_text(self, chat_id: int, text: str, *, update_id: int | None = None) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": self._next_update_id,
            "date": int(time.time()),
            "text": text,
            "chat": {"id": chat_id, "type": "private"},
            "from": {"id": chat_id, "is_bot": False, "first_name": "A"},
        }
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        return self.push({"message": message}, update_id=update_id)

    def push_sticker(self, chat_id: int) -> dict[str, Any]:
        sticker = {
            "file_id": "s1",
            "file_unique_id": "s1u",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "type": "regular",
        }
        message = {
            "message_id": self._next_update_id,
            "date": int(time.time()),
            "sticker": sticker,
            "chat": {"id": chat_id, "type": "private"},
            "from": {"id": chat_id, "is_bot": False, "first_name": "A"},
        }
        return self.push({"message": message})

    def push_callback(self, chat_id: int, data: str) -> dict[str, Any]:
        """A press on an inline keyboard button under one of the bot's messages."""
        message = {
            "message_id": 1,
            "date": int(time.time()),
            "text": "…",
            "chat": {"id": chat_id, "type": "private"},
            "from": BOT_USER,
        }
        query = {
            "id": f"cb{self._next_update_id}",
            "from": {"id": chat_id, "is_bot": False, "first_name": "A"},
            "chat_instance": f"ci{chat_id}",
            "message": message,
            "data": data,
        }
        return self.push({"callback_query": query})

    def sent_to(self, chat_id: int | str) -> list[Sent]:
        with self.cond:
            return [s for s in self.sent if s.chat_id == str(chat_id)]

    def push(self, body: dict[str, Any], *, update_id: int | None = None) -> dict[str, Any]:
        with self.cond:
            uid = update_id if update_id is not None else self._next_update_id
            self._next_update_id = max(self._next_update_id, uid) + 1
            update = {"update_id": uid, **body}
            self.updates.append(update)
            self.cond.notify_all()
        return update

    def texts_to(self, chat_id: int | str) -> list[str]:
        with self.cond:
            return [s.text for s in self.sent if s.chat_id == str(chat_id)]

    def wait_texts(self, chat_id: int | str, count: int, timeout: float = 20.0) -> list[str]:
        self.wait_for(lambda: len([s for s in self.sent if s.chat_id == str(chat_id)]) >= count, timeout)
        return self.texts_to(chat_id)

    # -- server side -------------------------------------------------------------------------------

    def handle(self, method: str, path: str, headers: dict[str, str], raw: bytes) -> tuple[int, Any]:
        prefix = f"/bot{self.token}/"
        if not path.startswith(prefix):
            return 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        name = path[len(prefix) :]
        params = _params(headers, raw)
        with self.cond:
            self.calls.append(name)
            failures = self.fail.get(name)
            if failures:
                status = failures.pop(0)
                self.cond.notify_all()
                return status, {"ok": False, "error_code": status, "description": "Bad Gateway"}
        if name == "getMe":
            return 200, {"ok": True, "result": BOT_USER}
        if name == "setWebhook":
            with self.cond:
                self.webhook = params
            return 200, {"ok": True, "result": True}
        if name in ("deleteWebhook", "sendChatAction", "close", "logOut", "answerCallbackQuery"):
            return 200, {"ok": True, "result": True}
        if name == "setMyCommands":
            with self.cond:
                self.commands = json.loads(params.get("commands", "[]"))
                self.cond.notify_all()
            return 200, {"ok": True, "result": True}
        if name == "getUpdates":
            return 200, {"ok": True, "result": self._get_updates(params)}
        if name == "sendMessage":
            return self._send_message(params)
        return 400, {"ok": False, "error_code": 400, "description": f"Bad Request: unknown method {name}"}

    def _get_updates(self, params: dict[str, str]) -> list[dict[str, Any]]:
        offset = int(params.get("offset", "0") or 0)
        timeout = min(float(params.get("timeout", "0") or 0), 1.0)
        deadline = time.monotonic() + timeout
        with self.cond:
            if offset:
                self.updates = [u for u in self.updates if u["update_id"] >= offset]  # confirmed ones go
            while not self.updates and time.monotonic() < deadline:
                self.cond.wait(deadline - time.monotonic())
            return list(self.updates)

    def _send_message(self, params: dict[str, str]) -> tuple[int, Any]:
        text = params.get("text", "")
        if len(text) > 4096:
            return 400, {"ok": False, "error_code": 400, "description": "Bad Request: message is too long"}
        chat_id = params.get("chat_id", "")
        if chat_id in self.blocked:
            return 403, {
                "ok": False,
                "error_code": 403,
                "description": "Forbidden: bot was blocked by the user",
            }
        if params.get("parse_mode") == "HTML" and html_problems(text):
            return 400, {"ok": False, "error_code": 400, "description": "Bad Request: can't parse entities"}
        sent = Sent(
            chat_id, text, time.monotonic(), params.get("parse_mode", ""), params.get("reply_markup", "")
        )
        mid = self._record(self.sent, sent)
        message = {
            "message_id": mid,
            "date": int(time.time()),
            "chat": {"id": int(chat_id) if chat_id.lstrip("-").isdigit() else chat_id, "type": "private"},
            "from": BOT_USER,
            "text": text,
        }
        return 200, {"ok": True, "result": message}


def _params(headers: dict[str, str], raw: bytes) -> dict[str, str]:
    kind = {k.lower(): v for k, v in headers.items()}.get("content-type", "")
    if not raw:
        return {}
    if "json" in kind:
        data = json.loads(raw)
        return {k: v if isinstance(v, str) else json.dumps(v) for k, v in data.items()}
    return dict(urllib.parse.parse_qsl(raw.decode()))
