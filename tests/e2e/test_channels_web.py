"""POST /v1/chat: the web chat runs the same dialog; a session keeps an intake across requests and the
final reply carries the ticket (code, status, agency, due, token) the requester follows on the web."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from api.services import services_of
from knowledge.assistant import Assistant
from tests.fakes.fixtures import (  # noqa: F401  (fixtures)
    assistant_fixture,
    channel_knowledge_dir_fixture,
    channel_settings,
    make_app,
)

QUESTION = "Kế hoạch giao cơ quan nào phổ biến quy định đóng bảo hiểm xã hội cho doanh nghiệp?"


def test_web_chat_answers_and_runs_an_intake_in_a_session(
    tmp_path: Path, channel_knowledge_dir: Path, assistant: Assistant
) -> None:
    with TestClient(make_app(channel_settings(tmp_path, channel_knowledge_dir), assistant)) as client:
        answer = client.post("/v1/chat", json={"question": QUESTION}).json()
        assert answer["route"] == "answer" and answer["sources"] and answer["ticket"] is None
        assert set(answer) >= {"question", "route", "answer", "sources", "ticket", "latency_ms", "session_id"}

        session = {"session_id": answer["session_id"]}
        turn = client.post("/v1/chat", json={"question": "/hotro", **session}).json()
        assert turn["route"] == "support" and "mô tả" in turn["answer"]
        client.post("/v1/chat", json={"question": "Chậm hoàn thuế GTGT hàng xuất khẩu đã 45 ngày", **session})
        client.post("/v1/chat", json={"question": "Trần Văn Minh", **session})
        final = client.post("/v1/chat", json={"question": "0912345678", **session}).json()
        ticket = final["ticket"]
        assert set(ticket) == {"code", "status", "agency", "due", "token"}
        assert ticket["status"] == "new" and ticket["agency"] == "Thuế thành phố" and ticket["token"]
        view = client.get(f"/v1/tickets/{ticket['code']}", headers={"X-Ticket-Token": ticket["token"]})
        assert view.status_code == 200 and view.json()["code"] == ticket["code"]

        status = client.post("/v1/chat", json={"question": "/trangthai", **session}).json()
        assert status["route"] == "status" and ticket["code"] in status["answer"]
        fresh = client.post("/v1/chat", json={"question": "Xin chào"}).json()["session_id"]
        other = client.post("/v1/chat", json={"question": "/trangthai", "session_id": fresh}).json()
        assert ticket["code"] not in other["answer"]

        assert client.post("/v1/chat", json={"question": "x", "session_id": "bad id!"}).status_code == 422


def test_web_session_ids_are_server_issued_and_never_shown_to_staff(
    tmp_path: Path, channel_knowledge_dir: Path, assistant: Assistant
) -> None:
    app = make_app(channel_settings(tmp_path, channel_knowledge_dir), assistant)
    with TestClient(app) as client:
        session_id = client.post("/v1/chat", json={"question": QUESTION}).json()["session_id"]
        session = {"session_id": session_id}
        client.post("/v1/chat", json={"question": "/hotro", **session})
        client.post("/v1/chat", json={"question": "Chậm hoàn thuế GTGT hàng xuất khẩu đã 45 ngày", **session})
        client.post("/v1/chat", json={"question": "Trần Văn Minh", **session})
        code = client.post("/v1/chat", json={"question": "0912345678", **session}).json()["ticket"]["code"]

        svc = services_of(app).tickets
        svc.add_staff("thue", "mat-khau-du-dai", "agency", "Thuế thành phố")
        officer = svc.authenticate("thue", "mat-khau-du-dai")
        assert officer is not None
        shown = svc.staff_get(officer, code).requester.channel_user_id
        assert shown and session_id not in shown and shown not in session_id
        # what staff see is no credential; nor is an id the client made up
        for forged in (shown, "web-session-0001", session_id.split(".")[0] + ".AAAA"):
            refused = client.post("/v1/chat", json={"question": "/trangthai", "session_id": forged})
            assert refused.status_code == 422, forged
            assert refused.json()["errors"][0]["field"] == "session_id"
        mine = client.post("/v1/chat", json={"question": "/trangthai", **session}).json()
        assert code in mine["answer"]


def test_metrics_count_messages_by_channel_and_route(
    tmp_path: Path, channel_knowledge_dir: Path, assistant: Assistant
) -> None:
    settings = channel_settings(tmp_path, channel_knowledge_dir).model_copy(update={"metrics_token": "tok"})
    with TestClient(make_app(settings, assistant)) as client:

        def count() -> float:
            for line in client.get("/metrics", headers={"Authorization": "Bearer tok"}).text.splitlines():
                if line.startswith('trolyao_messages_total{channel="web",route="status"}'):
                    return float(line.rsplit(" ", 1)[1])
            return 0.0

        session_id = client.post("/v1/chat", json={"question": "Xin chào"}).json()["session_id"]
        before = count()
        client.post("/v1/chat", json={"question": "/trangthai", "session_id": session_id})
        assert count() == before + 1
