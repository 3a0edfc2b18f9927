"""An ASGI middleware refusing, before any route runs, input that no route can take whole (422):

- a NUL character anywhere: in the path, the query string or the body (raw, `%00` in a form,
  `\\u0000` in JSON). PostgreSQL cannot store it in text; SQLite would keep it silently;
- JSON nested deeper than MAX_JSON_DEPTH: the parser would recurse until it crashes;
- JSON that is not UTF-8 (RFC 8259).

It sits inside BodySizeLimit (api/limits.py), so the body it holds in memory is bounded. The refusal is
the app's usual error: JSON for the API, the error page for the web (api/errors.py).
Every response to an API path also gets `Cache-Control: no-store` unless the route set its own: staff
and requesters' answers carry personal data that no shared cache may keep.
"""

from __future__ import annotations

import re

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import error_response, field_message, is_api_path

MAX_JSON_DEPTH = 64  # Telegram and Zalo updates nest about 5 levels; the ticket API 2
NUL_MESSAGE = "có ký tự NUL (mã 0), không được phép"
NOT_UTF8 = "JSON phải được mã hóa UTF-8"
DEPTH_MESSAGE = f"JSON lồng nhau quá sâu (tối đa {MAX_JSON_DEPTH} cấp)"
_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.S)
_BRACKETS = re.compile(rb"[\[\]{}]")


def json_too_deep(body: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether arrays and objects nest deeper than `limit` (brackets inside strings do not count)."""
    if body.count(b"[") + body.count(b"{") <= limit:
        return False
    depth = 0
    for bracket in _BRACKETS.findall(_JSON_STRING.sub(b"", body)):
        depth += 1 if bracket in (b"[", b"{") else -1
        if depth > limit:
            return True
    return False


def _content_type(scope: Scope) -> bytes:
    for name, value in scope.get("headers", []):
        if name == b"content-type":
            return bytes(value).split(b";", 1)[0].strip().lower()
    return b""


def body_problem(content_type: bytes, body: bytes) -> tuple[str, str] | None:
    """(field, Vietnamese phrase) of what makes the body unacceptable, or None."""
    if b"\x00" in body:
        return "body", NUL_MESSAGE
    if content_type == b"application/x-www-form-urlencoded" and b"%00" in body:
        return "body", NUL_MESSAGE
    if content_type.endswith(b"json") or content_type.endswith(b"+json"):
        if b"\\u0000" in body:
            return "body", NUL_MESSAGE
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            return "body", NOT_UTF8
        if json_too_deep(body):
            return "body", DEPTH_MESSAGE
    return None


def url_problem(scope: Scope) -> tuple[str, str] | None:
    if "\x00" in scope.get("path", "") or b"%00" in (scope.get("raw_path") or b""):
        return "path", NUL_MESSAGE
    query = scope.get("query_string", b"")
    if b"%00" in query or b"\x00" in query:
        return "query", NUL_MESSAGE
    return None


class InputGuard:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        problem = url_problem(scope)
        if problem is not None:
            await self._refuse(scope, receive, send, problem)
            return
        chunks: list[bytes] = []
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client left
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        problem = body_problem(_content_type(scope), body)
        if problem is not None:
            await self._refuse(scope, receive, send, problem)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, _no_store(scope, send))

    @staticmethod
    async def _refuse(scope: Scope, receive: Receive, send: Send, problem: tuple[str, str]) -> None:
        field, phrase = problem
        message = field_message(field, phrase)
        request = Request(scope, receive)
        response = error_response(
            request, 422, f"Dữ liệu không hợp lệ. {message}", errors=[{"field": field, "message": message}]
        )
        await response(scope, receive, _no_store(scope, send))


def _no_store(scope: Scope, send: Send) -> Send:
    if not is_api_path(scope.get("path", "")):
        return send

    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = list(message.get("headers", []))
            if not any(name.lower() == b"cache-control" for name, _ in headers):
                headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
        await send(message)

    return sending
