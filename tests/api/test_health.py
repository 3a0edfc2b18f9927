from fastapi.testclient import TestClient

from api import metrics
from api.app import create_app
from api.config import Settings


def test_healthz_and_metrics(tmp_path) -> None:
    app = create_app(Settings(data_dir=tmp_path))
    with TestClient(app) as client:
        assert client.get("/healthz").json() == {"status": "ok"}
        response = client.get("/metrics")
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/plain")


def test_metrics_count_requests_by_status_class(tmp_path) -> None:
    name = "trolyao_http_requests_total"
    ok_before = metrics.REGISTRY.value(name, method="GET", status="2xx")
    missing_before = metrics.REGISTRY.value(name, method="GET", status="4xx")
    app = create_app(Settings(data_dir=tmp_path))
    with TestClient(app) as client:
        client.get("/healthz")
        client.get("/khong-co-trang-nay")
        text = client.get("/metrics").text
    assert f'{name}{{method="GET",status="2xx"}} {ok_before + 1:g}' in text
    assert f'{name}{{method="GET",status="4xx"}} {missing_before + 1:g}' in text
