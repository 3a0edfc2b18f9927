"""A stdlib HTTP server on 127.0.0.1 (port 0) in a daemon thread, with a condition to wait on."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up mid-request (a long poll cancelled at shutdown) is not an error here."""


class FakeServer:
    """Subclasses implement `handle(method, path, headers, raw) -> (status, json_body)`."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.on_sent: Callable[[Any], None] | None = None  # called (server thread) with each message sent
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0) or 0))
                status, body = fake.handle("POST", self.path, dict(self.headers.items()), raw)
                self._reply(status, body)

            def do_GET(self) -> None:
                status, body = fake.handle("GET", self.path, dict(self.headers.items()), b"")
                self._reply(status, body)

            def _reply(self, status: int, body: Any) -> None:
                data = json.dumps(body, ensure_ascii=False).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = _QuietServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.server.server_port}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def handle(self, method: str, path: str, headers: dict[str, str], raw: bytes) -> tuple[int, Any]:
        raise NotImplementedError

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 20.0) -> bool:
        """Block until `predicate()` holds (checked under the lock on every change) or `timeout` passes."""
        deadline = time.monotonic() + timeout
        with self.cond:
            while not predicate():
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self.cond.wait(left)
            return True

    def _record(self, sent: list[Any], item: Any) -> int:
        """Append a message the bot sent; wake waiters and the `on_sent` listener. Returns the count."""
        with self.cond:
            sent.append(item)
            count = len(sent)
            self.cond.notify_all()
        if self.on_sent is not None:
            self.on_sent(item)
        return count

    def changed(self) -> None:
        with self.cond:
            self.cond.notify_all()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
