"""The browser tests' fixtures: the real app under uvicorn on 127.0.0.1 (random port) with a temporary
data dir and a small knowledge base, and Debian's Chromium driven by Playwright (never downloaded)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from api.app import create_app
from api.config import SHIPPED_CORPUS, Settings
from api.services import services_of
from tests.e2e import small_kb
from tests.e2e.browser_support import CHROMIUM, CHROMIUM_ARGS, STAFF_PASSWORD, LiveServer


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's Chromium is not installed at /usr/bin/chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    import uvicorn

    from knowledge.assistant import Assistant

    data_dir = tmp_path_factory.mktemp("e2e-data")
    small_kb.build(data_dir, SHIPPED_CORPUS)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    settings = Settings(
        data_dir=data_dir, cookie_secure=False, secret_key="khoa-kiem-thu-trinh-duyet", public_base_url=url
    )
    app = create_app(settings, assistant=Assistant.open(data_dir))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    svc = services_of(app).tickets
    svc.add_staff("thue.haiphong", STAFF_PASSWORD, "agency", "Thuế thành phố")
    svc.add_staff("hiephoi.dn", STAFF_PASSWORD, "association")
    try:
        yield LiveServer(url, app)
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()
