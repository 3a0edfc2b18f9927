from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from api.app import create_app
from api.config import Settings


def test_duties_route(shipped_records_dir: Path) -> None:
    app = create_app(Settings(data_dir=shipped_records_dir))
    with TestClient(app) as client:
        response = client.get("/v1/duties", params={"agency": "Sở TC"})
        assert response.status_code == 200
        data = response.json()
        assert data["agency"] == "Sở Tài chính"
        assert {"plan": "220/KH-UBND", "number": "32", "role": "lead"}.items() <= data["tasks"][2].items()
        assert any(r["deadline"] == "trước ngày 10 tháng 12" for r in data["reports"])

        missing = client.get("/v1/duties", params={"agency": "Bộ Quốc phòng"})
        assert missing.status_code == 404
        assert missing.json()["suggestions"] and missing.json()["tasks"] == []
        assert client.get("/v1/duties", params={"agency": "  "}).status_code == 422
        assert client.get("/v1/duties").status_code == 422
