"""Errors are consistent: a web page answers with a Vietnamese page (never JSON), the API in JSON with
the shape its OpenAPI document declares."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.api.pages_helpers import PASSWORD, VALID_REQUEST, Web, running_app

if TYPE_CHECKING:
    from httpx2 import Response


@pytest.fixture
def web(tmp_path: Path) -> Iterator[Web]:
    with running_app(tmp_path) as running:
        running.svc.add_staff("thue", PASSWORD, "agency", "Thuế thành phố")
        yield running


def _page(response: Response, status: int, phrase: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("text/html")
    assert phrase in response.text


def test_staff_queue_errors_are_pages(web: Web) -> None:
    web.login("thue")
    _page(web.client.get("/staff?status=bogus"), 422, "trạng thái")
    _page(web.client.get("/staff?agency=Sở Xây dựng"), 403, "chỉ xem được phiếu của cơ quan mình")
    _page(web.client.get("/staff?cursor=99999999999999999999"), 422, "trang tiếp theo")


def test_a_reused_form_key_is_the_form_again_with_a_message(web: Web) -> None:
    first = web.post("/ho-tro", {**VALID_REQUEST, "idempotency_key": "khoa-1"}, page="/ho-tro")
    assert first.status_code == 201
    changed = {**VALID_REQUEST, "subject": "Một việc khác hẳn", "idempotency_key": "khoa-1"}
    again = web.post("/ho-tro", changed, page="/ho-tro")
    _page(again, 409, "đã được gửi với nội dung khác")
    assert "Một việc khác hẳn" in again.text  # nothing typed is lost
    assert 'value="khoa-1"' not in again.text  # a fresh key: the next submit goes through


def test_chat_with_a_malformed_body_answers_in_vietnamese(web: Web) -> None:
    for body in (b"{", b"[1, 2", b"\xff", b"[" * 5000 + b"]" * 5000):
        response = web.client.post("/v1/chat", content=body, headers={"content-type": "application/json"})
        assert response.status_code == 422
        assert response.json()["detail"].startswith("Dữ liệu không hợp lệ")


def test_openapi_declares_the_error_body_that_is_sent(web: Web) -> None:
    schema = web.client.get("/openapi.json").json()
    declared = schema["components"]["schemas"]["HTTPValidationError"]
    sent = web.client.post("/v1/chat", json={"question": 5}).json()
    assert set(sent) == set(declared["properties"]) == {"detail", "errors"}
    assert declared["properties"]["detail"]["type"] == "string" and isinstance(sent["detail"], str)
    item = declared["properties"]["errors"]["items"]
    assert set(sent["errors"][0]) == set(item["properties"]) == {"field", "message"}
