"""Helpers for the ticket API tests: the real app on the parametrised ticket store, staff logins."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.app import create_app
from api.config import Settings
from tickets.service import TicketService

PASSWORD = "mat-khau-du-dai"
REQUEST = {
    "name": "Trần Thị Bích Ngọc",
    "company": "Công ty TNHH Cơ khí Hải Âu",
    "tax_code": "0201234567",
    "phone": "0912345678",
    "email": "ngoc.tran@haiau.example",
    "subject": "Chậm hoàn thuế GTGT",
    "description": "Hồ sơ hoàn thuế GTGT nộp từ tháng 1 đến nay chưa được giải quyết.",
}


@dataclass
class Api:
    app: FastAPI
    client: TestClient
    svc: TicketService

    def login(self, username: str, password: str = PASSWORD) -> dict[str, str]:
        response = self.client.post("/v1/auth/token", data={"username": username, "password": password})
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    def create(self, **overrides: Any) -> dict[str, Any]:
        response = self.client.post("/v1/tickets", json={**REQUEST, **overrides})
        assert response.status_code == 201, response.text
        body: dict[str, Any] = response.json()
        return body


@contextmanager
def running_api(svc: TicketService, data_dir: Path, **overrides: Any) -> Iterator[Api]:
    settings = Settings(data_dir=data_dir, secret_key="khoa-ky-token-kiem-thu-du-dai", **overrides)
    app = create_app(settings, tickets=svc)
    with TestClient(app) as client:
        yield Api(app, client, svc)
