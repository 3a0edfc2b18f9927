"""`serve` trusts X-Forwarded-For only from the proxies of TROLYAO_FORWARDED_ALLOW_IPS (none by default):
a real uvicorn server with the options `serve` passes, asked by a client on 127.0.0.1."""

from __future__ import annotations

import socket
import threading
import time
from typing import Any

import httpx
import uvicorn

from api.commands.serve_commands import proxy_options
from api.config import Settings


async def _echo_client(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    body = (scope["client"] or ("?", 0))[0].encode()
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": body})


def _seen_address(settings: Settings) -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(
        _echo_client, host="127.0.0.1", port=port, log_level="warning", **proxy_options(settings)
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        response = httpx.get(f"http://127.0.0.1:{port}/", headers={"X-Forwarded-For": "203.0.113.50"})
        return response.text
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_forwarded_for_is_ignored_by_default(tmp_path: Any) -> None:
    assert _seen_address(Settings(data_dir=tmp_path)) == "127.0.0.1"


def test_forwarded_for_is_trusted_from_configured_proxies(tmp_path: Any) -> None:
    assert _seen_address(Settings(data_dir=tmp_path, forwarded_allow_ips="127.0.0.1")) == "203.0.113.50"
