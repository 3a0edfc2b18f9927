"""Access rules: each role against each staff endpoint, on both databases; plus the token itself."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import jwt
import pytest

from api.services import services_of
from tests.api.tickets_helpers import PASSWORD, Api, running_api
from tickets.auth import issue_access_token
from tickets.domain import Role, StaffUser
from tickets.service import TicketService

ROLES = ("anonymous", "coordinator", "agency_own", "agency_other", "association", "admin")
ENDPOINTS = ("me", "list", "get", "transition", "assign", "message", "report", "users")
EXPECTED = {
    "anonymous": dict.fromkeys(ENDPOINTS, 401),
    "coordinator": {
        "me": 200, "list": 200, "get": 200, "transition": 200, "assign": 200, "message": 201, "report": 200,
        "users": 403,
    },
    "agency_own": {
        "me": 200, "list": 200, "get": 200, "transition": 200, "assign": 403, "message": 201, "report": 403,
        "users": 403,
    },
    "agency_other": {
        "me": 200, "list": 200, "get": 403, "transition": 403, "assign": 403, "message": 403, "report": 403,
        "users": 403,
    },
    "association": {
        "me": 200, "list": 403, "get": 403, "transition": 403, "assign": 403, "message": 403, "report": 200,
        "users": 403,
    },
    "admin": {
        "me": 200, "list": 200, "get": 200, "transition": 200, "assign": 200, "message": 201, "report": 200,
        "users": 201,
    },
}  # fmt: skip


@pytest.fixture
def api(ticket_service: TicketService, tmp_path: Path) -> Iterator[Api]:
    ticket_service.add_staff("coordinator", PASSWORD, "coordinator")
    ticket_service.add_staff("agency_own", PASSWORD, "agency", "Thuế thành phố")
    ticket_service.add_staff("agency_other", PASSWORD, "agency", "Sở Xây dựng")
    ticket_service.add_staff("association", PASSWORD, "association")
    ticket_service.add_staff("admin", PASSWORD, "admin")
    with running_api(ticket_service, tmp_path / "data") as running:
        yield running


def _call(api: Api, endpoint: str, headers: dict[str, str], n: int) -> int:
    code = api.create()["code"]  # a fresh thuế ticket for each call
    c = api.client
    if endpoint == "me":
        return c.get("/v1/staff/me", headers=headers).status_code
    if endpoint == "list":
        return c.get("/v1/staff/tickets", headers=headers).status_code
    if endpoint == "get":
        return c.get(f"/v1/staff/tickets/{code}", headers=headers).status_code
    if endpoint == "transition":
        return c.post(
            f"/v1/staff/tickets/{code}/transition", json={"to": "acknowledged"}, headers=headers
        ).status_code
    if endpoint == "assign":
        return c.post(
            f"/v1/staff/tickets/{code}/assign", json={"agency": "Sở Tài chính"}, headers=headers
        ).status_code
    if endpoint == "message":
        return c.post(
            f"/v1/staff/tickets/{code}/messages", json={"text": "Đã nhận"}, headers=headers
        ).status_code
    if endpoint == "report":
        return c.get("/v1/reports/quarterly?year=2026&quarter=1", headers=headers).status_code
    body = {"username": f"new{n}", "password": "mat-khau-moi-123", "role": "association"}
    return c.post("/v1/staff/users", json=body, headers=headers).status_code


@pytest.mark.parametrize("role", ROLES)
def test_role_against_every_endpoint(api: Api, role: str) -> None:
    headers = {} if role == "anonymous" else api.login(role)
    actual = {endpoint: _call(api, endpoint, headers, n) for n, endpoint in enumerate(ENDPOINTS)}
    assert actual == EXPECTED[role]


def test_agency_staff_list_only_their_agency(api: Api) -> None:
    api.create()
    api.create(
        description="Xin giấy phép xây dựng nhà xưởng bị chậm hơn hai tháng", subject="Giấy phép xây dựng"
    )
    own = api.client.get("/v1/staff/tickets", headers=api.login("agency_own")).json()["items"]
    assert [t["agency"] for t in own] == ["Thuế thành phố"]
    other = api.client.get("/v1/staff/tickets", headers=api.login("agency_other")).json()["items"]
    assert [t["agency"] for t in other] == ["Sở Xây dựng"]
    every = api.client.get("/v1/staff/tickets", headers=api.login("coordinator")).json()["items"]
    assert len(every) == 2
    sneaky = api.client.get("/v1/staff/tickets?agency=Sở Xây dựng", headers=api.login("agency_own"))
    assert sneaky.status_code == 403


def test_staff_detail_has_personal_data_history_and_thread(api: Api) -> None:
    code = api.create()["code"]
    headers = api.login("coordinator")
    api.client.post(
        f"/v1/staff/tickets/{code}/messages", json={"text": "ghi chú", "internal": True}, headers=headers
    )
    api.client.post(f"/v1/staff/tickets/{code}/assign", json={"agency": "Sở Xây dựng"}, headers=headers)
    body = api.client.get(f"/v1/staff/tickets/{code}", headers=headers).json()
    assert body["requester"]["phone"] == "0912345678"
    assert body["thread"][0]["internal"] is True
    assert [h["action"] for h in body["history"]] == ["created", "routed", "note", "transfer"]
    assert body["history"][-1]["from"] == "Thuế thành phố" and body["history"][-1]["to"] == "Sở Xây dựng"


def test_pagination_and_filters(api: Api) -> None:
    codes = [api.create()["code"] for _ in range(5)]
    headers = api.login("coordinator")
    page1 = api.client.get("/v1/staff/tickets?limit=2", headers=headers).json()
    page2 = api.client.get(f"/v1/staff/tickets?limit=2&cursor={page1['next']}", headers=headers).json()
    page3 = api.client.get(f"/v1/staff/tickets?limit=2&cursor={page2['next']}", headers=headers).json()
    seen = [t["code"] for t in page1["items"] + page2["items"] + page3["items"]]
    assert seen == codes[::-1] and page3["next"] is None
    api.client.post(f"/v1/staff/tickets/{codes[0]}/transition", json={"to": "acknowledged"}, headers=headers)
    acked = api.client.get("/v1/staff/tickets?status=acknowledged", headers=headers).json()["items"]
    assert [t["code"] for t in acked] == [codes[0]]
    bad = api.client.get("/v1/staff/tickets?status=xong", headers=headers)
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "status"


def test_illegal_transition_is_409(api: Api) -> None:
    code = api.create()["code"]
    response = api.client.post(
        f"/v1/staff/tickets/{code}/transition", json={"to": "closed"}, headers=api.login("coordinator")
    )
    assert response.status_code == 409


def test_bad_password_and_bad_tokens(api: Api) -> None:
    assert api.client.post("/v1/auth/token", data={"username": "admin", "password": "sai"}).status_code == 401
    assert api.client.post("/v1/auth/token", data={"username": "ai-do", "password": "sai"}).status_code == 401
    forged = jwt.encode(
        {"sub": "5", "name": "admin", "role": "admin", "typ": "staff", "exp": 4102444800}, "k" * 64
    )
    assert api.client.get("/v1/staff/me", headers={"Authorization": f"Bearer {forged}"}).status_code == 401
    user = StaffUser(id=5, username="admin", role=Role.ADMIN, agency=None)
    key = services_of(api.app).signing_key
    expired = issue_access_token(user, key, ttl=dt.timedelta(seconds=-1))
    assert api.client.get("/v1/staff/me", headers={"Authorization": f"Bearer {expired}"}).status_code == 401
    valid = issue_access_token(user, key)
    assert (
        api.client.get("/v1/staff/me", headers={"Authorization": f"Bearer {valid}"}).json()["role"] == "admin"
    )


def test_reports_in_three_formats(api: Api) -> None:
    api.create()
    headers = api.login("association")
    as_json = api.client.get("/v1/reports/quarterly?year=2026&quarter=1", headers=headers).json()
    assert as_json["total"]["received"] == 1 and as_json["rows"][0]["agency"] == "Thuế thành phố"
    as_csv = api.client.get("/v1/reports/quarterly?year=2026&quarter=1&format=csv", headers=headers)
    assert as_csv.headers["content-type"].startswith("text/csv") and "Thuế thành phố,thuế,1" in as_csv.text
    as_xlsx = api.client.get("/v1/reports/quarterly?year=2026&quarter=1&format=xlsx", headers=headers)
    assert as_xlsx.content[:2] == b"PK"
    annual = api.client.get("/v1/reports/annual?year=2026&format=csv", headers=headers)
    assert annual.status_code == 200 and "Tổng cộng,tất cả,1" in annual.text
    refused = api.client.get("/v1/reports/annual?year=2026", headers=api.login("agency_own"))
    assert refused.status_code == 403
    bad = api.client.get("/v1/reports/quarterly?year=2026&quarter=5", headers=headers)
    assert bad.status_code == 422 and "quý" in bad.json()["detail"]


def test_admin_lists_users_and_unknown_ticket_is_404(api: Api) -> None:
    admin = api.login("admin")
    names = [u["username"] for u in api.client.get("/v1/staff/users", headers=admin).json()["items"]]
    assert names == sorted(["admin", "agency_other", "agency_own", "association", "coordinator"])
    assert api.client.get("/v1/staff/users", headers=api.login("coordinator")).status_code == 403
    assert api.client.get("/v1/staff/tickets/CTC-2026-424242", headers=admin).status_code == 404
