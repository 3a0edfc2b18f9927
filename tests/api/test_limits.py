"""The body-size middleware: Content-Length checked up front, streamed bodies counted as they arrive."""

from __future__ import annotations

import asyncio
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.types import Message, Receive, Scope, Send

from api.limits import BodySizeLimit


async def _reading_app(scope: Scope, receive: Receive, send: Send) -> None:
    body = await Request(scope, receive).body()
    await JSONResponse({"read": len(body)})(scope, receive, send)


def _run(headers: list[tuple[bytes, bytes]], chunks: list[bytes]) -> tuple[int, int, bytes]:
    """Run the middleware; return (status, number of receive() calls served, response body)."""
    served = 0
    sent: list[Message] = []

    async def receive() -> Message:
        nonlocal served
        served += 1
        index = served - 1
        more = index < len(chunks) - 1
        return {"type": "http.request", "body": chunks[index], "more_body": more}

    async def send(message: Message) -> None:
        sent.append(message)

    scope: dict[str, Any] = {
        "type": "http",
        "method": "POST",
        "path": "/",
        "headers": headers,
        "query_string": b"",
    }
    asyncio.run(BodySizeLimit(_reading_app, max_bytes=100)(scope, receive, send))
    status = next(m["status"] for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return status, served, body


def test_small_body_passes() -> None:
    status, _served, body = _run([(b"content-length", b"10")], [b"0123456789"])
    assert status == 200 and body == b'{"read":10}'


def test_declared_length_refused_without_reading() -> None:
    status, served, body = _run([(b"content-length", b"5000")], [b"x" * 50] * 100)
    assert status == 413 and served == 0
    assert "quá lớn" in body.decode()


def test_streamed_body_stops_at_the_limit() -> None:
    status, served, _body = _run([(b"transfer-encoding", b"chunked")], [b"x" * 40] * 100)
    assert status == 413
    assert served == 3  # 120 bytes seen: refused long before the 100 chunks were read
