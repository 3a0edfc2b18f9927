"""Sign-in throttling kept in the database: per (user name, address) with growing delays, per address
whatever the name; the right password keeps working from another address; the admin sees the alerts."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.api.pages_helpers import PASSWORD as WEB_PASSWORD
from tests.api.pages_helpers import Web, new_client, running_app
from tests.api.tickets_helpers import PASSWORD, Api, running_api
from tests.fixtures_tickets import FakeClock
from tickets.service import TicketService
from tickets.signin import SignInPolicy, delay_after

POLICY = SignInPolicy(free_failures=3, max_delay_s=900, per_address_per_minute=20)


@pytest.fixture
def api(ticket_service: TicketService, tmp_path: Path) -> Iterator[Api]:
    ticket_service.add_staff("quantri", PASSWORD, "admin")
    ticket_service.add_staff("dieuphoi", PASSWORD, "coordinator")
    with running_api(ticket_service, tmp_path / "data") as running:
        yield running


def _token(client: TestClient, username: str, password: str) -> int:
    return client.post("/v1/auth/token", data={"username": username, "password": password}).status_code


def test_delays_grow_and_are_capped() -> None:
    assert [delay_after(n, POLICY) for n in range(1, 9)] == [0, 0, 0, 2, 4, 8, 16, 32]
    assert delay_after(40, POLICY) == 900


def test_wrong_passwords_slow_one_address_only_and_never_lock_the_account(
    ticket_service: TicketService, ticket_clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    svc = ticket_service
    svc.add_staff("thue", PASSWORD, "agency", "Thuế thành phố")
    results = []
    with caplog.at_level(logging.WARNING, logger="tickets.signin"):
        for i in range(5):
            results.append(svc.sign_in("thue", f"doan-{i}", "203.0.113.9", POLICY))
            ticket_clock.advance(seconds=results[-1].retry_after_s)  # the attacker waits each delay out
    assert [r.retry_after_s for r in results] == [0, 0, 0, 2, 4]
    assert not any(r.refused for r in results)
    ticket_clock.advance(seconds=-4)
    refused = svc.sign_in("thue", PASSWORD, "203.0.113.9", POLICY)  # right password, attacker's address
    assert refused.refused and refused.user is None and refused.retry_after_s == 4
    elsewhere = svc.sign_in(" thue", PASSWORD, "198.51.100.7", POLICY)  # the officer, from the office
    assert elsewhere.user is not None and elsewhere.user.username == "thue"
    ticket_clock.advance(seconds=5)
    assert svc.sign_in("thue", PASSWORD, "203.0.113.9", POLICY).user is not None  # the delay has passed
    assert svc.sign_in("thue", "doan-lai", "203.0.113.9", POLICY).retry_after_s == 0  # reset by success
    # the admin's alert: a log line without personal data, and the list in the console
    warnings = [r.getMessage() for r in caplog.records]
    assert len(warnings) == 1 and "5" in warnings[0]
    assert "thue" not in warnings[0] and "203.0.113.9" not in warnings[0]
    alerts = svc.sign_in_alerts()
    assert [(a.username, a.address, a.failures) for a in alerts] == [("thue", "203.0.113.9", 1)]


def test_attempts_per_address_are_limited_whatever_the_name(
    ticket_service: TicketService, ticket_clock: FakeClock
) -> None:
    policy = SignInPolicy(free_failures=3, max_delay_s=900, per_address_per_minute=5)
    for i in range(5):
        assert not ticket_service.sign_in(f"ten-{i}", "x", "192.0.2.1", policy).refused
    over = ticket_service.sign_in("ten-6", "x", "192.0.2.1", policy)
    assert over.refused and 1 <= over.retry_after_s <= 60
    assert not ticket_service.sign_in("ten-7", "x", "192.0.2.2", policy).refused
    ticket_clock.advance(seconds=61)
    assert not ticket_service.sign_in("ten-8", "x", "192.0.2.1", policy).refused


def test_api_sign_in_is_throttled_per_address(api: Api) -> None:
    codes = [_token(api.client, "quantri", f"doan-{i}") for i in range(5)]
    assert codes == [401] * 4 + [429]  # the 4th wrong password starts a 2-second delay
    blocked = api.client.post("/v1/auth/token", data={"username": "quantri", "password": PASSWORD})
    assert blocked.status_code == 429 and "thử lại sau" in blocked.json()["detail"]
    assert int(blocked.headers["retry-after"]) >= 1
    office = TestClient(api.app, client=("198.51.100.7", 40000))
    assert _token(office, "quantri", PASSWORD) == 200  # the account is not locked
    assert _token(api.client, "dieuphoi", PASSWORD) == 200  # nor is another account from that address
    admin = {"Authorization": "Bearer " + office.post(
        "/v1/auth/token", data={"username": "quantri", "password": PASSWORD}
    ).json()["access_token"]}  # fmt: skip
    alerts = api.client.get("/v1/staff/sign-in-alerts", headers=admin).json()["items"]
    assert alerts[0]["username"] == "quantri" and alerts[0]["failures"] == 4
    assert api.client.get("/v1/staff/sign-in-alerts", headers=api.login("dieuphoi")).status_code == 403


@pytest.fixture
def web(tmp_path: Path) -> Iterator[Web]:
    with running_app(tmp_path) as running:
        running.svc.add_staff("thue", WEB_PASSWORD, "agency", "Thuế thành phố")
        running.svc.add_staff("quantri", WEB_PASSWORD, "admin")
        yield running


def test_web_sign_in_is_throttled_per_address(web: Web) -> None:
    attacker = new_client(web)
    codes = [attacker.login("thue", "sai-mat-khau").status_code for _ in range(5)]
    assert codes == [401] * 4 + [429]
    assert "thử lại sau" in attacker.login("thue").text
    office = Web(
        web.app, TestClient(web.app, base_url="http://testserver", client=("10.1.2.3", 5000)), web.svc
    )
    assert office.login("thue").status_code == 303
    office.client.cookies.clear()
    assert office.login("quantri").status_code == 303
    page = office.client.get("/staff/tai-khoan")
    assert page.status_code == 200 and "Đăng nhập sai" in page.text and "testclient" in page.text
