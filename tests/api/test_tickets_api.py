"""The requester's HTTP API: create (JSON, form, idempotent), follow, reply, rate, reopen; 422 and 413."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.api.tickets_helpers import REQUEST, Api, running_api
from tests.fixtures_tickets import FakeClock
from tickets.service import TicketService


@pytest.fixture
def api(ticket_service: TicketService, tmp_path: Path) -> Iterator[Api]:
    with running_api(ticket_service, tmp_path / "data", max_body_bytes=8192) as running:
        yield running


def test_create_with_json_and_follow(api: Api) -> None:
    created = api.create()
    assert set(created) == {"code", "status", "agency", "due", "token"}
    assert created["status"] == "new" and created["agency"] == "Thuế thành phố"
    view = api.client.get(f"/v1/tickets/{created['code']}", headers={"X-Ticket-Token": created["token"]})
    assert view.status_code == 200
    body = view.json()
    assert body["status"] == "new" and body["due"] == created["due"] and body["thread"] == []
    for secret in ("0912345678", "Bích Ngọc", "0201234567", "ngoc.tran@haiau.example"):
        assert secret not in view.text
    assert api.client.get(f"/v1/tickets/{created['code']}").status_code == 404
    wrong = api.client.get(f"/v1/tickets/{created['code']}", headers={"X-Ticket-Token": "x" * 32})
    assert wrong.status_code == 404


def test_create_with_a_form(api: Api) -> None:
    response = api.client.post("/v1/tickets", data={**REQUEST, "field": "PCCC"})
    assert response.status_code == 201
    assert response.json()["agency"] == "Công an thành phố"


def test_idempotency_key_header(api: Api) -> None:
    headers = {"Idempotency-Key": "9a1f-retry"}
    first = api.client.post("/v1/tickets", json=REQUEST, headers=headers)
    second = api.client.post("/v1/tickets", json=REQUEST, headers=headers)
    assert first.status_code == second.status_code == 201
    assert first.json() == second.json()
    changed = api.client.post("/v1/tickets", json={**REQUEST, "subject": "Khác"}, headers=headers)
    assert changed.status_code == 409


@pytest.mark.parametrize(
    ("payload", "field", "label"),
    [
        ({**REQUEST, "phone": "12ab"}, "phone", "số điện thoại"),
        ({**REQUEST, "tax_code": "123"}, "tax_code", "mã số thuế"),
        ({**REQUEST, "email": "khong-phai-email"}, "email", "email"),
        ({**REQUEST, "description": "ngắn"}, "description", "nội dung phản ánh"),
        ({k: v for k, v in REQUEST.items() if k != "description"}, "description", "nội dung phản ánh"),
        ({**REQUEST, "agency": "Cơ quan không tồn tại"}, "agency", "cơ quan"),
    ],
)
def test_validation_errors_name_the_field_in_vietnamese(
    api: Api, payload: dict[str, str], field: str, label: str
) -> None:
    response = api.client.post("/v1/tickets", json=payload)
    assert response.status_code == 422
    body = response.json()
    assert body["errors"][0]["field"] == field
    assert f"'{field}' ({label})" in body["errors"][0]["message"] or body["errors"][0]["message"].startswith(
        f"Trường '{field}'"
    )
    assert field in body["detail"]
    assert "12ab" not in response.text  # input values are not echoed


def test_bad_json_and_wrong_types(api: Api) -> None:
    broken = api.client.post(
        "/v1/tickets", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert broken.status_code == 422 and "JSON không hợp lệ" in broken.json()["detail"]
    score = api.client.post("/v1/tickets/CTC-2026-000001/rating", json={"score": "năm"})
    assert score.status_code == 422
    assert score.json()["errors"][0]["field"] == "score"
    assert "điểm đánh giá" in score.json()["detail"]


def test_oversized_body_is_refused(api: Api) -> None:
    big = {**REQUEST, "description": "x" * 9000}
    response = api.client.post("/v1/tickets", json=big)
    assert response.status_code == 413
    assert "quá lớn" in response.json()["detail"]


def test_reply_rate_and_reopen(api: Api, ticket_clock: FakeClock) -> None:
    created = api.create()
    code, headers = created["code"], {"X-Ticket-Token": created["token"]}
    reply = api.client.post(
        f"/v1/tickets/{code}/messages", json={"text": "Tôi gửi bổ sung tờ khai."}, headers=headers
    )
    assert reply.status_code == 201 and reply.json()["thread"][-1]["author"] == "requester"
    early = api.client.post(f"/v1/tickets/{code}/rating", json={"score": 5}, headers=headers)
    assert early.status_code == 409
    user = api.svc.add_staff("dp", "mat-khau-du-dai", "coordinator")
    for step in ("acknowledged", "in_progress", "resolved"):
        api.svc.transition(user, code, step)
    rated = api.client.post(
        f"/v1/tickets/{code}/rating", json={"score": 4, "comment": "Tốt"}, headers=headers
    )
    assert rated.status_code == 200 and rated.json()["rating"] == 4
    assert (
        api.client.post(f"/v1/tickets/{code}/rating", json={"score": 5}, headers=headers).status_code == 409
    )
    assert api.client.post(f"/v1/tickets/{code}/rating", json={"score": 4}).status_code == 404
    reopened = api.client.post(
        f"/v1/tickets/{code}/reopen", json={"reason": "Chưa nhận được tiền"}, headers=headers
    )
    assert reopened.status_code == 200 and reopened.json()["status"] == "in_progress"
    api.svc.transition(user, code, "resolved")
    ticket_clock.advance(days=8)
    late = api.client.post(f"/v1/tickets/{code}/reopen", headers=headers)
    assert late.status_code == 409


def test_requester_never_sees_internal_notes(api: Api) -> None:
    created = api.create()
    code, mine = created["code"], {"X-Ticket-Token": created["token"]}
    user = api.svc.add_staff("dp", "mat-khau-du-dai", "coordinator")
    api.svc.staff_message(user, code, "Nội bộ: cần hỏi ý kiến Sở Tài chính", internal=True)
    api.svc.staff_message(user, code, "Chúng tôi đã nhận hồ sơ.")
    body = api.client.get(f"/v1/tickets/{code}", headers=mine).json()
    assert [m["text"] for m in body["thread"]] == ["Chúng tôi đã nhận hồ sơ."]
    assert "internal" not in body["thread"][0] and "staff_username" not in body["thread"][0]
    assert "Nội bộ" not in str(body)


def test_unknown_code_is_404(api: Api) -> None:
    assert api.client.get("/v1/tickets/CTC-2026-999999", headers={"X-Ticket-Token": "x"}).status_code == 404
    reply = api.client.post("/v1/tickets/CTC-2026-999999/messages", json={"text": "xin chào"})
    assert reply.status_code == 404 and "Không tìm thấy phiếu" in reply.json()["detail"]
