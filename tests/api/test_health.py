"""/healthz, /readyz and /metrics: alive, ready (database, vector store, index), metrics behind a token."""

from pathlib import Path

from fastapi.testclient import TestClient

from api.app import create_app
from api.config import Settings
from knowledge.assistant import Assistant

TOKEN = "metrics-token-for-tests"


def test_healthz(tmp_path: Path) -> None:
    with TestClient(create_app(Settings(data_dir=tmp_path))) as client:
        assert client.get("/healthz").json() == {"status": "ok"}


def test_metrics_are_not_public(tmp_path: Path) -> None:
    with TestClient(create_app(Settings(data_dir=tmp_path))) as client:
        assert client.get("/metrics").status_code == 404  # no token configured: internal listener only
    with TestClient(create_app(Settings(data_dir=tmp_path, metrics_token=TOKEN))) as client:
        refused = client.get("/metrics")
        assert refused.status_code == 401 and "trolyao" not in refused.text
        assert client.get("/metrics", headers={"Authorization": "Bearer wrong"}).status_code == 401
        response = client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/plain")


def test_metrics_count_requests_by_route_and_status_class(tmp_path: Path) -> None:
    name = "trolyao_http_requests_total"
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with TestClient(create_app(Settings(data_dir=tmp_path, metrics_token=TOKEN))) as client:

        def sample(route: str, status: str) -> float:
            prefix = f'{name}{{method="GET",route="{route}",status="{status}"}} '
            for line in client.get("/metrics", headers=auth).text.splitlines():
                if line.startswith(prefix):
                    return float(line.split()[-1])
            return 0.0

        ok, missing = sample("/healthz", "2xx"), sample("unmatched", "4xx")
        client.get("/healthz")
        client.get("/khong-co-trang-nay/CTC-2026-000001")
        assert sample("/healthz", "2xx") == ok + 1
        assert sample("unmatched", "4xx") == missing + 1
        text = client.get("/metrics", headers=auth).text
        assert "CTC-2026" not in text  # paths never become labels
        assert (
            'trolyao_http_request_duration_seconds_bucket{le="0.005",method="GET",route="/healthz"}' in text
        )
        assert "trolyao_database_up 1.0" in text


def test_readyz_names_the_missing_index(tmp_path: Path) -> None:
    with TestClient(create_app(Settings(data_dir=tmp_path))) as client:
        response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["failing"] == ["index"] and body["checks"]["database"] == "ok"
    assert "chỉ mục tri thức" in body["detail"]


def test_readyz_ready_with_an_indexed_knowledge_base(tmp_path: Path, small_knowledge_dir: Path) -> None:
    app = create_app(Settings(data_dir=tmp_path), assistant=Assistant.open(small_knowledge_dir))
    with TestClient(app) as client:
        response = client.get("/readyz")
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["status"] == "ready" and body["passages"] > 0
        assert set(body["checks"]) == {"database", "vector_store", "index"}
        assert (
            client.get("/healthz", headers={"X-Request-ID": "abc-123"}).headers["X-Request-ID"] == "abc-123"
        )


def test_database_down_is_a_503_with_a_vietnamese_message(tmp_path: Path) -> None:
    from tickets.service import TicketService

    tickets = TicketService.open(
        "postgresql+psycopg://postgres@127.0.0.1:1/khong_co", migrate=False, secret="s"
    )
    app = create_app(Settings(data_dir=tmp_path), tickets=tickets)
    with TestClient(app) as client:
        response = client.post(
            "/v1/tickets",
            json={
                "name": "Lê Văn An",
                "phone": "0901234567",
                "subject": "Hỏi",
                "description": "Cần hỗ trợ thủ tục.",
            },
        )
        assert response.status_code == 503 and response.headers["Retry-After"] == "5"
        assert "cơ sở dữ liệu" in response.json()["detail"]
        assert client.get("/readyz").json()["checks"]["database"].startswith("error")
