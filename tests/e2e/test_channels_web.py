"""POST /v1/chat: the web chat runs the same dialog; a session keeps an intake across requests and the
final reply carries the ticket (code, status, agency, due, token) the requester follows on the web."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from knowledge.assistant import Assistant
from tests.fakes.fixtures import (  # noqa: F401  (fixtures)
    assistant_fixture,
    channel_knowledge_dir_fixture,
    channel_settings,
    make_app,
)

QUESTION = "Mô hình Kết nối thủ tục Giấy phép kinh doanh có điều kiện là gì?"


def test_web_chat_answers_and_runs_an_intake_in_a_session(
    tmp_path: Path, channel_knowledge_dir: Path, assistant: Assistant
) -> None:
    with TestClient(make_app(channel_settings(tmp_path, channel_knowledge_dir), assistant)) as client:
        answer = client.post("/v1/chat", json={"question": QUESTION}).json()
        assert answer["route"] == "answer" and answer["sources"] and answer["ticket"] is None
        assert set(answer) >= {"question", "route", "answer", "sources", "ticket", "latency_ms"}

        session = {"session_id": "web-session-0001"}
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
        other = client.post(
            "/v1/chat", json={"question": "/trangthai", "session_id": "web-session-0002"}
        ).json()
        assert ticket["code"] not in other["answer"]

        assert client.post("/v1/chat", json={"question": "x", "session_id": "bad id!"}).status_code == 422


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

        before = count()
        client.post("/v1/chat", json={"question": "/trangthai", "session_id": "web-session-0003"})
        assert count() == before + 1
