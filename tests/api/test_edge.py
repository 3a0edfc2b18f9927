"""Malformed input at the edge: NUL characters, deep JSON, out-of-range numbers give a 4xx in Vietnamese
(JSON for the API, a page for the web), on both databases; API answers are never cached."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from api.edge import MAX_JSON_DEPTH, json_too_deep
from tests.api.tickets_helpers import PASSWORD, REQUEST, Api, running_api
from tickets.service import TicketService

if TYPE_CHECKING:
    from httpx2 import Response

DEEP = b"[" * 50_000 + b"]" * 50_000


@pytest.fixture
def api(ticket_service: TicketService, tmp_path: Path) -> Iterator[Api]:
    ticket_service.add_staff("dieuphoi", PASSWORD, "coordinator")
    with running_api(
        ticket_service, tmp_path / "data", zalo_bot_webhook_secret="bi-mat-webhook-zalo"
    ) as running:
        yield running


def _vietnamese_422(response: Response) -> None:
    assert response.status_code == 422, response.text
    body = response.json()
    assert "NUL" in body["detail"] or "JSON" in body["detail"] or "không hợp lệ" in body["detail"]
    assert body["errors"] and body["errors"][0]["message"].startswith("Trường")


def test_nul_in_any_text_is_refused_and_nothing_is_stored(api: Api) -> None:
    staff = api.login("dieuphoi")
    _vietnamese_422(api.client.post("/v1/tickets", json={**REQUEST, "company": "Công ty\x00 Hải Âu"}))
    _vietnamese_422(
        api.client.post("/v1/tickets", data={**REQUEST, "description": REQUEST["description"] + "\x00"})
    )
    _vietnamese_422(api.client.get("/v1/tickets/%00"))
    _vietnamese_422(api.client.post("/v1/auth/token", data={"username": "dieu\x00phoi", "password": "x"}))
    _vietnamese_422(api.client.get("/v1/staff/tickets", params={"agency": "Thuế\x00"}, headers=staff))
    _vietnamese_422(api.client.get("/v1/staff/tickets?status=new%00", headers=staff))
    assert api.client.get("/v1/staff/tickets", headers=staff).json()["items"] == []
    # the right text still goes through
    assert api.client.post("/v1/tickets", json=REQUEST).status_code == 201


def test_nul_on_a_page_is_an_error_page(api: Api) -> None:
    response = api.client.get("/theo-doi/CTC-2026-000001%00")
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("text/html")
    assert "NUL" in response.text


def test_deeply_nested_json_is_refused_everywhere(api: Api) -> None:
    headers = {"content-type": "application/json"}
    _vietnamese_422(api.client.post("/v1/tickets", content=DEEP, headers=headers))
    _vietnamese_422(api.client.post("/v1/chat", content=DEEP, headers=headers))
    zalo = {**headers, "X-Bot-Api-Secret-Token": "bi-mat-webhook-zalo"}
    _vietnamese_422(api.client.post("/webhooks/zalo-bot", content=b'{"a":' + DEEP + b"}", headers=zalo))


def test_depth_counts_brackets_outside_strings_only() -> None:
    nested = b"[" * (MAX_JSON_DEPTH + 1) + b"]" * (MAX_JSON_DEPTH + 1)
    assert json_too_deep(nested)
    assert not json_too_deep(b"[" * MAX_JSON_DEPTH + b"]" * MAX_JSON_DEPTH)
    text = json.dumps({"description": "[" * 500 + "{" * 500}).encode()
    assert not json_too_deep(text)


def test_huge_cursor_is_a_422_not_a_crash(api: Api) -> None:
    staff = api.login("dieuphoi")
    for cursor in ("9" * 20, "2147483648", "²"):
        response = api.client.get("/v1/staff/tickets", params={"cursor": cursor}, headers=staff)
        assert response.status_code == 422, (cursor, response.text)
        assert response.json()["errors"][0]["field"] == "cursor"
    assert api.client.get("/v1/staff/tickets?cursor=2147483647", headers=staff).status_code == 200


def test_framework_errors_are_in_vietnamese(api: Api) -> None:
    missing = api.client.get("/v1/khong-co")
    assert missing.status_code == 404 and missing.json()["detail"].startswith("Không tìm thấy")
    wrong_method = api.client.delete("/v1/chat")
    assert wrong_method.status_code == 405 and "phương thức" in wrong_method.json()["detail"]
    page = api.client.get("/khong-co-trang-nay")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "Không tìm thấy" in page.text


def test_api_answers_are_not_cached(api: Api) -> None:
    staff = api.login("dieuphoi")
    created = api.create()
    responses = [
        api.client.get("/v1/staff/tickets", headers=staff),
        api.client.get(f"/v1/staff/tickets/{created['code']}", headers=staff),
        api.client.get(f"/v1/tickets/{created['code']}", headers={"X-Ticket-Token": created["token"]}),
        api.client.post("/v1/auth/token", data={"username": "dieuphoi", "password": PASSWORD}),
    ]
    for response in responses:
        assert response.status_code == 200
        assert response.headers["cache-control"] == "no-store"
