"""How answers look in Chromium, at phone (390×844) and desktop widths: a procedure card, a business-line
answer, a duty answer that fits in two phone screens with the rest collapsed, /nhiem-vu filtered for
“Sở Tài chính” with its XLSX, and a refusal. Screenshots go to artifacts/screenshots/."""

from __future__ import annotations

import io
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from api.app import create_app
from api.config import Settings
from tests.e2e import render_kb
from tests.e2e.browser_support import PHONE, LiveServer, screenshot

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def answers_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    import uvicorn

    from knowledge.assistant import Assistant

    data_dir = tmp_path_factory.mktemp("render-data")
    render_kb.build(data_dir)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    settings = Settings(
        data_dir=data_dir, cookie_secure=False, secret_key="khoa-kiem-thu-hien-thi", public_base_url=url
    )
    app = create_app(settings, assistant=Assistant.open(data_dir))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield LiveServer(url, app)
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()


def ask(page: Any, base: str, question: str) -> Any:
    page.goto(base + "/")
    before = page.locator("article.turn").count()  # the session's earlier turns stay on the page
    page.fill("#question", question)
    page.click("#ask-form button[type=submit]")
    turn = page.locator("article.turn").nth(before)
    turn.wait_for()
    return turn


def test_answers_as_people_read_them(browser: Any, answers_server: LiveServer) -> None:
    base = answers_server.url
    context = browser.new_context(viewport=PHONE, locale="vi-VN")
    page = context.new_page()

    card = ask(page, base, "Xin giấy phép kinh doanh lữ hành nội địa nộp ở đâu, mất bao lâu?")
    assert card.locator(".proc-card").count() == 1
    assert "Thời hạn" in card.locator(".card-facts").inner_text()
    assert "http" not in card.locator(".proc-card").inner_text()
    screenshot(page, "20-procedure-card")

    lines = ask(page, base, "Mở xưởng sản xuất con dấu thì tra danh mục ở số thứ tự nào?")
    assert lines.locator(".verdict").count() == 2
    assert "30/6/2026" in lines.inner_text() and "01/7/2026" in lines.inner_text()
    screenshot(page, "21-business-line")

    duty = ask(page, base, "Sở Xây dựng phải làm những nhiệm vụ gì trong kế hoạch PCI?")
    assert duty.locator(".duty-group").count() >= 1 and duty.locator(".duty-item").count() >= 2
    page.evaluate("window.scrollTo(0, 0)")
    bottom = page.evaluate(
        "document.querySelector('article.turn:last-of-type').getBoundingClientRect().bottom"
    )
    top = page.evaluate("document.querySelector('article.turn:last-of-type').getBoundingClientRect().top")
    print(f"duty answer at 390x844: {bottom - top:.0f}px tall, ends at {bottom:.0f}px")
    assert bottom - top <= 2 * PHONE["height"], f"duty answer is {bottom - top:.0f}px tall"
    screenshot(page, "22-duty-answer")
    link = duty.locator("a.duty-table-link")
    assert "/nhiem-vu?co-quan=" in (link.get_attribute("href") or "")

    refusal = ask(page, base, "Số lượng sân golf đạt chuẩn của thành phố năm 2026 là bao nhiêu?")
    assert refusal.locator(".refusal").count() == 1
    assert "Các tài liệu hiện có" in refusal.locator(".refusal-missing").inner_text()
    assert refusal.locator("a.support-link").get_attribute("href") == "/ho-tro"
    screenshot(page, "23-refusal")

    page.goto(base + "/nhiem-vu?co-quan=so+tai+chinh&tim=thuế")
    rows = page.locator("tr.duty-row")
    assert rows.count() > 0 and page.locator("#agency-name").inner_text() == "Sở Tài chính"
    numbers = [n.strip() for n in page.locator("tr.duty-row td.number").all_inner_texts()]
    screenshot(page, "24-duty-table-filtered")
    with page.expect_download() as download:
        page.click("#xlsx-link")
    data = Path(download.value.path()).read_bytes()
    sheet = load_workbook(io.BytesIO(data))["Nhiệm vụ"]
    assert [str(r[2]) for r in sheet.iter_rows(min_row=3, values_only=True)] == numbers
    context.close()
