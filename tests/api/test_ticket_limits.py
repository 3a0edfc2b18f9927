"""Anonymous ticket creation is limited per client address (API and web form) and per chat user or web
chat session; an attachment is a bounded reference, never a file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.api.pages_helpers import VALID_REQUEST, Web, running_app
from tests.api.tickets_helpers import REQUEST, Api, running_api
from tests.fixtures_tickets import FakeClock
from tickets.domain import MAX_ATTACHMENT_CHARS, TicketCreate
from tickets.errors import TooManyRequests
from tickets.service import TicketService


@pytest.fixture
def api(ticket_service: TicketService, tmp_path: Path) -> Iterator[Api]:
    with running_api(ticket_service, tmp_path / "data", tickets_per_address_per_hour=3) as running:
        yield running


def test_tickets_per_address_are_limited(api: Api, ticket_clock: FakeClock) -> None:
    codes = [api.client.post("/v1/tickets", json=REQUEST).status_code for _ in range(4)]
    assert codes == [201, 201, 201, 429]
    refused = api.client.post("/v1/tickets", json=REQUEST)
    assert "quá nhiều yêu cầu" in refused.json()["detail"] and int(refused.headers["retry-after"]) > 0
    other = TestClient(api.app, client=("198.51.100.20", 1234))
    assert other.post("/v1/tickets", json=REQUEST).status_code == 201
    ticket_clock.advance(hours=1, seconds=1)
    assert api.client.post("/v1/tickets", json=REQUEST).status_code == 201


def test_tickets_per_chat_user_are_limited(tickets_db_url: str, ticket_clock: FakeClock) -> None:
    svc = TicketService.open(tickets_db_url, secret="s", clock=ticket_clock, tickets_per_requester_per_hour=2)
    try:
        data = TicketCreate.model_validate(REQUEST)
        for _ in range(2):
            svc.create(data, channel="telegram", channel_user_id="4242")
        with pytest.raises(TooManyRequests) as refused:
            svc.create(data, channel="telegram", channel_user_id="4242")
        assert 0 < refused.value.retry_after_s <= 3600
        svc.create(data, channel="telegram", channel_user_id="4343")  # another user is not affected
        ticket_clock.advance(minutes=61)
        svc.create(data, channel="telegram", channel_user_id="4242")
    finally:
        svc.close()


def test_attachments_are_bounded_references(api: Api) -> None:
    too_long = api.client.post(
        "/v1/tickets", json={**REQUEST, "attachments": ["x" * (MAX_ATTACHMENT_CHARS + 1)]}
    )
    assert too_long.status_code == 422 and too_long.json()["errors"][0]["field"] == "attachments"
    fine = api.client.post("/v1/tickets", json={**REQUEST, "attachments": ["https://example.vn/ho-so.pdf"]})
    assert fine.status_code == 201


@pytest.fixture
def web(tmp_path: Path) -> Iterator[Web]:
    with running_app(tmp_path, tickets_per_address_per_hour=1) as running:
        yield running


def test_web_form_over_the_limit_keeps_what_was_typed(web: Web) -> None:
    assert web.post("/ho-tro", {**VALID_REQUEST, "idempotency_key": "a"}, page="/ho-tro").status_code == 201
    again = web.post("/ho-tro", {**VALID_REQUEST, "idempotency_key": "b"}, page="/ho-tro")
    assert again.status_code == 429 and "quá nhiều yêu cầu" in again.text
    assert VALID_REQUEST["description"] in again.text
